#pragma once

#include "flow/flowdiagnostic.h"
#include "flow/flowdocument.h"
#include "orders/money.h"

#include <QList>

// Finds every problem of a flow that can be found without running it: syntax, field types,
// payment buttons, the data flow between answers and conditions, messages that can never be
// shown, and the small slips (duplicates, empty texts, odd delays). Each rule has a stable
// code; docs/flow-format.md lists them all.
//
// Runs in linear time in the size of the flow (a 10,000-message flow takes milliseconds), is
// reentrant and touches no global state, so it can run on a worker thread over a copy.
class FlowValidator
{
public:
    struct Options
    {
        Money maxAmount = Money::fromFen(500'000); // ¥5,000.00
        qint64 maxDelayMs = 60'000;
    };

    FlowValidator() = default;
    explicit FlowValidator(Options options) : m_options(options) {}

    QList<FlowDiagnostic> validate(const FlowDocument &document) const;
    // Validates a tree (positions are taken from it).
    QList<FlowDiagnostic> validate(const JsonValue &root) const;

    // Every code the validator can emit, in documentation order.
    static QStringList codes();

private:
    Options m_options;
};
