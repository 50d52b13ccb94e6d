#include "flowplayer.h"

#include "flow/flowmessage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString FlowPlayer::paymentAnswer(PaymentResult result)
{
    switch (result) {
    case PaymentResult::Paid: return FlowPaymentOutcome::Paid.toString();
    case PaymentResult::Failed: return FlowPaymentOutcome::Failed.toString();
    case PaymentResult::Cancelled: return FlowPaymentOutcome::Cancelled.toString();
    }
    return {};
}

FlowPlayer::FlowPlayer(JsonValue flow) : m_flow(std::move(flow)) {}

void FlowPlayer::start(qsizetype fromIndex, const QList<QPair<QString, QString>> &presetAnswers)
{
    m_position = std::clamp<qsizetype>(fromIndex, 0, messageCount());
    m_waiting = false;
    m_answers.clear();
    for (const auto &[key, value] : presetAnswers)
        store(key, value);
}

FlowPlayer::Step FlowPlayer::next()
{
    Step step;
    if (m_waiting) {
        step.kind = Step::Kind::Wait;
        step.index = m_position;
        return step;
    }
    if (m_position >= messageCount())
        return step; // Finished
    step.index = m_position;
    const FlowMessageView message(&m_flow.at(m_position));
    if (!message.isObject()) {
        step.kind = Step::Kind::Skip;
        step.reason = QCoreApplication::translate("FlowPlayer", "Not a message object.");
        ++m_position;
        return step;
    }
    if (message.hasCondition()) {
        const QString key = message.conditionKey();
        const QString wanted = message.conditionValue();
        const std::optional<QString> actual = answerFor(key);
        if (!actual || *actual != wanted) {
            step.kind = Step::Kind::Skip;
            step.reason = actual ? QCoreApplication::translate("FlowPlayer", "Shown only when \"%1\" is \"%2\"; it is \"%3\".").arg(key, wanted, *actual)
                                 : QCoreApplication::translate("FlowPlayer", "Shown only when \"%1\" is \"%2\"; there is no answer for \"%1\".")
                                       .arg(key, wanted);
            ++m_position;
            return step;
        }
    }
    step.kind = Step::Kind::Show;
    step.delayMs = std::max<qint64>(0, message.delayMs());
    step.waits = message.waitsForResponse() && message.buttonCount() > 0;
    if (step.waits)
        m_waiting = true;
    else
        ++m_position;
    return step;
}

Result<QString> FlowPlayer::answer(qsizetype buttonIndex, PaymentResult payment)
{
    if (!m_waiting)
        return Error(QCoreApplication::translate("FlowPlayer", "No message is waiting for an answer."), u"not-waiting"_s);
    const FlowMessageView message(&m_flow.at(m_position));
    if (buttonIndex < 0 || buttonIndex >= message.buttonCount())
        return Error(QCoreApplication::translate("FlowPlayer", "The message has no button %1.").arg(buttonIndex), u"no-such-button"_s);
    const FlowButtonView button = message.button(buttonIndex);
    const QString value = button.isPayment() ? paymentAnswer(payment) : button.value();
    if (!message.responseKey().isEmpty())
        store(message.responseKey(), value);
    m_waiting = false;
    ++m_position;
    return value;
}

std::optional<QString> FlowPlayer::answerFor(const QString &key) const
{
    for (const auto &[k, v] : m_answers) {
        if (k == key)
            return v;
    }
    return std::nullopt;
}

void FlowPlayer::store(const QString &key, const QString &value)
{
    for (auto &entry : m_answers) {
        if (entry.first == key) {
            entry.second = value;
            return;
        }
    }
    m_answers.append({key, value});
}
