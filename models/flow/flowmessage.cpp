#include "flowmessage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QString stringOf(const JsonValue *object, QStringView key)
{
    if (!object || !object->isObject())
        return {};
    const JsonValue *v = object->find(key);
    return v && v->isString() ? v->text() : QString();
}
} // namespace

std::optional<QString> FlowButtonView::amountText() const
{
    if (!isObject())
        return std::nullopt;
    const JsonValue *a = m_v->find(FlowFields::Amount);
    if (!a || !a->isNumber())
        return std::nullopt;
    return a->text();
}

QStringList FlowButtonView::producedAnswers() const
{
    if (isPayment())
        return FlowPaymentOutcome::all();
    if (!isObject())
        return {};
    const JsonValue *v = m_v->find(FlowFields::Value);
    if (!v || !v->isString())
        return {};
    return {v->text()};
}

QString FlowButtonView::stringField(QStringView key) const
{
    return stringOf(m_v, key);
}

QString FlowMessageView::stringField(QStringView key) const
{
    return stringOf(m_v, key);
}

qint64 FlowMessageView::delayMs() const
{
    if (!isObject())
        return 0;
    const JsonValue *d = m_v->find(FlowFields::Delay);
    if (!d)
        return 0;
    if (auto n = d->toInteger())
        return *n;
    // A fractional delay (1000.5) still delays; round down to whole milliseconds.
    if (d->isNumber()) {
        bool ok = false;
        const double x = d->text().toDouble(&ok);
        if (ok && x > 0 && x < 1e12)
            return qint64(x);
    }
    return 0;
}

bool FlowMessageView::waitsForResponse() const
{
    if (!isObject())
        return false;
    const JsonValue *w = m_v->find(FlowFields::WaitForResponse);
    return w && w->isBool() && w->toBool();
}

qsizetype FlowMessageView::buttonCount() const
{
    if (!isObject())
        return 0;
    const JsonValue *b = m_v->find(FlowFields::Buttons);
    return b && b->isArray() ? b->size() : 0;
}

FlowButtonView FlowMessageView::button(qsizetype i) const
{
    return FlowButtonView(&m_v->find(FlowFields::Buttons)->at(i));
}

bool FlowMessageView::hasPaymentButton() const
{
    for (qsizetype i = 0; i < buttonCount(); ++i) {
        if (button(i).isPayment())
            return true;
    }
    return false;
}

bool FlowMessageView::hasCondition() const
{
    if (!isObject())
        return false;
    const JsonValue *c = m_v->find(FlowFields::Condition);
    return c && c->isObject();
}

QString FlowMessageView::conditionKey() const
{
    return hasCondition() ? stringOf(m_v->find(FlowFields::Condition), FlowFields::Key) : QString();
}

QString FlowMessageView::conditionValue() const
{
    return hasCondition() ? stringOf(m_v->find(FlowFields::Condition), FlowFields::Value) : QString();
}

bool FlowMessageView::setsAnswer() const
{
    return waitsForResponse() && !responseKey().isEmpty() && buttonCount() > 0;
}

QStringList FlowMessageView::producedAnswers() const
{
    QStringList answers;
    if (!setsAnswer())
        return answers;
    for (qsizetype i = 0; i < buttonCount(); ++i) {
        for (const QString &a : button(i).producedAnswers()) {
            if (!answers.contains(a))
                answers << a;
        }
    }
    return answers;
}

QString FlowMessageView::summary(int maxLength) const
{
    if (!isObject())
        return m_v ? u'(' + m_v->typeName() + u')' : QString();
    QString text = content().simplified();
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + u'…';
    if (text.isEmpty())
        text = QCoreApplication::translate("FlowMessageView", "(no content)");
    for (qsizetype i = 0; i < buttonCount(); ++i) {
        if (auto amount = button(i).amountText(); amount && button(i).isPayment())
            text += QStringLiteral(" (¥%1)").arg(*amount);
    }
    return text;
}

namespace FlowTemplates {
JsonValue paymentMessage()
{
    JsonValue m = JsonValue::object();
    m.set(u"type"_s, JsonValue::string(u"service"_s));
    m.set(u"content"_s, JsonValue::string(QCoreApplication::translate("FlowTemplates", "To confirm your interest, please pay a deposit of ¥0.40 "
                                             "(deducted from later fees).")));
    m.set(u"delay"_s, JsonValue::number(1000));
    m.set(u"waitForResponse"_s, JsonValue::boolean(true));
    m.set(u"responseKey"_s, JsonValue::string(u"paymentConfirm"_s));
    JsonValue buttons = JsonValue::array();
    JsonValue pay = JsonValue::object();
    pay.set(u"text"_s, JsonValue::string(QCoreApplication::translate("FlowTemplates", "Pay now ¥0.40")));
    pay.set(u"value"_s, JsonValue::string(u"pay"_s));
    pay.set(u"type"_s, JsonValue::string(u"payment"_s));
    pay.set(u"amount"_s, JsonValue::number(u"0.4"_s));
    buttons.append(pay);
    JsonValue skip = JsonValue::object();
    skip.set(u"text"_s, JsonValue::string(QCoreApplication::translate("FlowTemplates", "Not now")));
    skip.set(u"value"_s, JsonValue::string(u"skip"_s));
    skip.set(u"type"_s, JsonValue::string(u"warning"_s));
    buttons.append(skip);
    m.set(u"buttons"_s, buttons);
    return m;
}

static JsonValue branch(const QString &content, const QString &key, const QString &value)
{
    JsonValue m = JsonValue::object();
    m.set(u"type"_s, JsonValue::string(u"service"_s));
    m.set(u"content"_s, JsonValue::string(content));
    m.set(u"delay"_s, JsonValue::number(800));
    JsonValue c = JsonValue::object();
    c.set(u"key"_s, JsonValue::string(key));
    c.set(u"value"_s, JsonValue::string(value));
    m.set(u"condition"_s, c);
    return m;
}

JsonValue paidBranch(const QString &key)
{
    return branch(QCoreApplication::translate("FlowTemplates", "✓ Payment received. Thank you for your trust; we will take good care of you."), key,
                  u"paid"_s);
}

JsonValue skipBranch(const QString &key)
{
    return branch(QCoreApplication::translate("FlowTemplates", "No problem. You can pay the deposit any time later."), key, u"skip"_s);
}

JsonValue plainMessage()
{
    JsonValue m = JsonValue::object();
    m.set(u"type"_s, JsonValue::string(u"service"_s));
    m.set(u"content"_s, JsonValue::string(QCoreApplication::translate("FlowTemplates", "New message")));
    m.set(u"delay"_s, JsonValue::number(1000));
    return m;
}
} // namespace FlowTemplates
