#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// One problem found in a flow.
struct FlowDiagnostic
{
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    QString code;     // stable, documented in docs/flow-format.md: "payment-amount-invalid"
    QString path;     // "[3].buttons[0].amount"; empty for the whole document
    int line = 0;     // 1-based; 0 when unknown
    int column = 0;   // 1-based, UTF-16 units
    qsizetype offset = -1; // character offset into the text, for editors
    qsizetype messageIndex = -1;
    QString message;  // translated

    static QString severityName(Severity s); // "error", "warning", "info" (not translated)
    static QString severityDisplayName(Severity s); // translated
    bool isError() const { return severity == Severity::Error; }
    // "file:12:5: error: payment-amount-invalid: …" (file omitted when empty)
    QString toLine(const QString &file = {}) const;
    bool operator==(const FlowDiagnostic &) const = default;
};

struct FlowDiagnosticCounts
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    static FlowDiagnosticCounts of(const QList<FlowDiagnostic> &diagnostics);
};

Q_DECLARE_METATYPE(FlowDiagnostic)
