#pragma once

#include "flow/flowdiagnostic.h"
#include "flow/flowdocument.h"
#include "flow/floweditcommands.h"
#include "flow/flowvalidator.h"

#include <QList>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>

#include <memory>

// The flow being edited in the editor page: the document, its undo stack, where it came
// from, and its problems. Every change goes through apply() (a FlowEditCommand wrapped in a
// QUndoCommand), so undo covers every edit. Validation runs on a worker thread over a copy
// of the tree, debounced, so typing in a 10,000-message flow stays fluid; stale results are
// dropped.
class FlowDocumentController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowDocumentController)

public:
    explicit FlowDocumentController(QObject *parent = nullptr);
    ~FlowDocumentController() override;

    const FlowDocument &document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undo; }

    // Applies a command through the undo stack.
    void apply(std::unique_ptr<FlowEditCommand> command);

    // Starts over with a text (new, opened file, pulled from the database): clears the undo
    // history and marks the document clean.
    void reset(const QString &text, const QString &filePath = {});
    const QString &filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    bool isModified() const { return !m_undo->isClean(); }
    void markSaved() { m_undo->setClean(); }

    // Validation.
    void setValidationOptions(const FlowValidator::Options &options);
    const FlowValidator::Options &validationOptions() const { return m_options; }
    const QList<FlowDiagnostic> &diagnostics() const { return m_diagnostics; }
    bool diagnosticsCurrent() const { return m_validatedRevision == m_document.revision(); }
    // Validates now on the calling thread (before publishing) and stores the result.
    const QList<FlowDiagnostic> &validateNow();
    void setValidationDelay(int ms) { m_debounce.setInterval(ms); }

    // Internal: used by the undo command wrapper.
    void runRedo(FlowEditCommand &command);
    void runUndo(FlowEditCommand &command);

Q_SIGNALS:
    // The document changed (text and tree). focusMessage is the message an edit touched, or -1.
    void documentChanged(qsizetype focusMessage);
    // A new document was loaded (views reset their selection).
    void documentReset();
    void diagnosticsChanged();
    void filePathChanged();
    void modifiedChanged(bool modified);

private:
    void scheduleValidation();
    void startValidation();

    FlowDocument m_document;
    QUndoStack *m_undo;
    QString m_filePath;
    FlowValidator::Options m_options;
    QList<FlowDiagnostic> m_diagnostics;
    quint64 m_validatedRevision = 0;
    quint64 m_requestedRevision = 0;
    bool m_running = false;
    QTimer m_debounce;
    QThreadPool m_pool;
};

// Lets Undo / Redo key presses in a text field reach the editor's undo stack instead of the
// field's own undo, so every edit, typed or not, is undone in one order.
class FlowUndoKeysFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowUndoKeysFilter)

public:
    explicit FlowUndoKeysFilter(QObject *parent = nullptr) : QObject(parent) {}
    // Installs the filter on every text field inside a widget (line edits of spin and combo
    // boxes included).
    void installOn(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
