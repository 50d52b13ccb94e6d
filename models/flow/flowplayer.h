#pragma once

#include "flow/flowjson.h"
#include "result.h"

#include <QList>
#include <QPair>
#include <QString>

// Plays a flow the way the H5 chat page does, without any widgets: messages in order, each
// after its delay; a message whose condition does not hold is skipped; a message that waits
// shows its buttons and the flow stops until one is pressed; pressing stores the answer under
// the message's responseKey (a button's value, or for a payment button "paid",
// "payment_failed" or "payment_cancelled"). The preview dialog drives it and adds timing.
class FlowPlayer
{
public:
    enum class PaymentResult { Paid, Failed, Cancelled };
    static QString paymentAnswer(PaymentResult result);

    struct Step
    {
        enum class Kind { Show, Skip, Wait, Finished };
        Kind kind = Kind::Finished;
        qsizetype index = -1;
        qint64 delayMs = 0;  // Show: how long the page types before the bubble appears
        bool waits = false;  // Show: the buttons must be answered before the flow goes on
        QString reason;      // Skip: why, translated
    };

    explicit FlowPlayer(JsonValue flow = JsonValue::array());

    // Starts over at a message with some answers already given (in the order given).
    void start(qsizetype fromIndex = 0, const QList<QPair<QString, QString>> &presetAnswers = {});

    // The next thing that happens. While waiting for an answer it returns Wait again.
    Step next();
    bool isWaiting() const { return m_waiting; }
    bool isFinished() const { return !m_waiting && m_position >= messageCount(); }
    qsizetype position() const { return m_position; }
    qsizetype messageCount() const { return m_flow.isArray() ? m_flow.size() : 0; }
    const JsonValue &flow() const { return m_flow; }

    // Presses a button of the waiting message; returns the answer stored (which may be
    // stored under no key when the message has no responseKey).
    Result<QString> answer(qsizetype buttonIndex, PaymentResult payment = PaymentResult::Paid);

    // The answers so far, in the order first given; a later answer to the same key replaces
    // the value in place.
    const QList<QPair<QString, QString>> &answers() const { return m_answers; }
    std::optional<QString> answerFor(const QString &key) const;

private:
    void store(const QString &key, const QString &value);

    JsonValue m_flow;
    qsizetype m_position = 0;
    bool m_waiting = false;
    QList<QPair<QString, QString>> m_answers;
};
