#pragma once

#include "flow/flowjson.h"

#include <QString>
#include <QStringList>

#include <optional>

// The vocabulary of the flow format (docs/flow-format.md) and read-only views of one message
// and one button inside a JsonValue tree. Views never copy and never fail: a field that is
// missing or of the wrong type reads as absent (the validator reports it).
namespace FlowFields {
inline constexpr QStringView Type = u"type";
inline constexpr QStringView Content = u"content";
inline constexpr QStringView Delay = u"delay";
inline constexpr QStringView WaitForResponse = u"waitForResponse";
inline constexpr QStringView ResponseKey = u"responseKey";
inline constexpr QStringView Buttons = u"buttons";
inline constexpr QStringView Condition = u"condition";
inline constexpr QStringView Text = u"text";
inline constexpr QStringView Value = u"value";
inline constexpr QStringView Amount = u"amount";
inline constexpr QStringView Key = u"key";

inline constexpr QStringView ServiceType = u"service";
inline constexpr QStringView PaymentButtonType = u"payment";
} // namespace FlowFields

// What a payment button stores under the message's responseKey.
namespace FlowPaymentOutcome {
inline constexpr QStringView Paid = u"paid";
inline constexpr QStringView Failed = u"payment_failed";
inline constexpr QStringView Cancelled = u"payment_cancelled";
inline QStringList all()
{
    return {Paid.toString(), Failed.toString(), Cancelled.toString()};
}
} // namespace FlowPaymentOutcome

class FlowButtonView
{
public:
    explicit FlowButtonView(const JsonValue *button) : m_v(button) {}
    bool isObject() const { return m_v && m_v->isObject(); }
    QString text() const { return stringField(FlowFields::Text); }
    QString value() const { return stringField(FlowFields::Value); }
    QString type() const { return stringField(FlowFields::Type); }
    bool isPayment() const { return type() == FlowFields::PaymentButtonType; }
    // The amount exactly as written ("0.4"), when it is a JSON number.
    std::optional<QString> amountText() const;
    // The answers pressing this button can store: its value, or for a payment button the
    // three payment outcomes.
    QStringList producedAnswers() const;

private:
    QString stringField(QStringView key) const;
    const JsonValue *m_v;
};

class FlowMessageView
{
public:
    explicit FlowMessageView(const JsonValue *message) : m_v(message) {}
    bool isObject() const { return m_v && m_v->isObject(); }
    const JsonValue *json() const { return m_v; }

    QString type() const { return stringField(FlowFields::Type); }
    QString content() const { return stringField(FlowFields::Content); }
    // The delay in milliseconds (0 when missing or not a whole number).
    qint64 delayMs() const;
    bool waitsForResponse() const;
    QString responseKey() const { return stringField(FlowFields::ResponseKey); }

    qsizetype buttonCount() const;
    FlowButtonView button(qsizetype i) const;
    bool hasPaymentButton() const;

    bool hasCondition() const;
    QString conditionKey() const;
    QString conditionValue() const;

    // Whether answering this message stores something: it waits, has a responseKey and
    // buttons to press.
    bool setsAnswer() const;
    // Every answer this message can store under its responseKey.
    QStringList producedAnswers() const;

    // One line for lists: "[3] 为了确认您的诚意… (¥0.40)".
    QString summary(int maxLength = 60) const;

private:
    QString stringField(QStringView key) const;
    const JsonValue *m_v;
};

// Ready-made messages for the editor's "insert template" actions; texts are translated.
namespace FlowTemplates {
// The seed's payment message: wait, responseKey "paymentConfirm", a payment button of 0.4
// and a skip button.
JsonValue paymentMessage();
// Shown only after the payment succeeded (condition key = "paid").
JsonValue paidBranch(const QString &key = QStringLiteral("paymentConfirm"));
// Shown only when the customer chose not to pay (condition key = "skip").
JsonValue skipBranch(const QString &key = QStringLiteral("paymentConfirm"));
// A plain bot message.
JsonValue plainMessage();
} // namespace FlowTemplates
