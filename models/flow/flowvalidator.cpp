#include "flowvalidator.h"

#include "flow/flowmessage.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

using Severity = FlowDiagnostic::Severity;

bool isBlank(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

int editDistance(QStringView a, QStringView b)
{
    // Field names and answer keys are short; longer words are never "near" anything.
    constexpr qsizetype MaxLength = 40;
    if (std::abs(a.size() - b.size()) > 2 || a.size() > MaxLength || b.size() > MaxLength)
        return 99;
    auto fold = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u < 0x80 ? u : c.toCaseFolded().unicode();
    };
    std::array<int, MaxLength + 1> prev{}, cur{};
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        const char16_t ca = fold(a[i - 1]);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int subst = prev[size_t(j - 1)] + (ca == fold(b[j - 1]) ? 0 : 1);
            cur[size_t(j)] = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, subst});
        }
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

QString nearest(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = 3;
    for (const QString &c : candidates) {
        if (c == word)
            continue;
        const int d = editDistance(word, c);
        if (d < bestDistance || (d == bestDistance && best.isEmpty() && d <= 2)) {
            if (d <= 2) {
                best = c;
                bestDistance = d;
            }
        }
    }
    return best;
}

const QStringList &messageFields()
{
    static const QStringList f = {u"type"_s, u"content"_s, u"delay"_s, u"waitForResponse"_s,
                                  u"responseKey"_s, u"buttons"_s, u"condition"_s};
    return f;
}

const QStringList &buttonFields()
{
    static const QStringList f = {u"text"_s, u"value"_s, u"type"_s, u"amount"_s};
    return f;
}

const QStringList &conditionFields()
{
    static const QStringList f = {u"key"_s, u"value"_s};
    return f;
}

// What is known about one answer key at a point of the flow, over every path reaching it.
struct KeyState
{
    QSet<QString> values;   // values it can hold
    bool maybeUnset = true; // whether some path reaches here without it set
};

struct Setter
{
    qsizetype index;
    QString conditionKey;
    QString conditionValue;
};

class Run
{
public:
    Run(const FlowValidator::Options &options, QList<FlowDiagnostic> &out) : m_options(options), m_out(out) {}

    void flow(const JsonValue &root)
    {
        if (!root.isArray()) {
            add(Severity::Error, u"flow-not-array"_s, JsonPath(), root,
                QCoreApplication::translate("FlowValidator", "A flow must be a JSON array of messages ([ … ]), but this is a %1.").arg(root.typeName()));
            return;
        }
        for (qsizetype i = 0; i < root.size(); ++i)
            message(root.at(i), JsonPath() / i, i);
    }

private:
    void add(Severity severity, const QString &code, const JsonPath &path, const JsonValue &at,
             const QString &message)
    {
        addAt(severity, code, path, at.position(), message);
    }

    void addAt(Severity severity, const QString &code, const JsonPath &path, JsonPosition pos,
               const QString &message)
    {
        FlowDiagnostic d;
        d.severity = severity;
        d.code = code;
        d.path = path.toString();
        d.line = pos.line;
        d.column = pos.column;
        d.offset = pos.offset;
        d.messageIndex = path.messageIndex();
        d.message = message;
        m_out.append(std::move(d));
    }

    // Reports a member of the wrong JSON type; returns the member when it has the right one.
    const JsonValue *typed(const JsonValue &object, QStringView key, JsonValue::Type type, const JsonPath &path)
    {
        const JsonValue *v = object.find(key);
        if (!v || v->type() == type)
            return v;
        add(Severity::Error, u"field-type"_s, path / key.toString(), *v,
            QCoreApplication::translate("FlowValidator", "\"%1\" must be a %2, not a %3.").arg(key.toString(), JsonValue::typeName(type), v->typeName()));
        return nullptr;
    }

    void objectChecks(const JsonValue &object, const JsonPath &path, const QStringList &known)
    {
        const auto &members = object.members();
        for (size_t i = 0; i < members.size(); ++i) {
            const JsonMember &m = members[i];
            // Objects of a flow have a handful of members: a quadratic look is cheaper than a set.
            for (size_t j = 0; j < i; ++j) {
                if (members[j].key == m.key) {
                    addAt(Severity::Warning, u"duplicate-key"_s, path / m.key, m.keyPosition,
                          QCoreApplication::translate("FlowValidator", "\"%1\" appears twice in this object; only the last one counts.").arg(m.key));
                    break;
                }
            }
            if (!known.contains(m.key)) {
                const QString guess = nearest(m.key, known);
                if (!guess.isEmpty() && !object.contains(guess)) {
                    addAt(Severity::Info, u"unknown-field"_s, path / m.key, m.keyPosition,
                          QCoreApplication::translate("FlowValidator", "\"%1\" is not a field of the flow format and is kept as it is; did you mean "
                             "\"%2\"?")
                              .arg(m.key, guess));
                }
            }
        }
    }

    void message(const JsonValue &msg, const JsonPath &path, qsizetype index)
    {
        if (!msg.isObject()) {
            add(Severity::Error, u"message-not-object"_s, path, msg,
                QCoreApplication::translate("FlowValidator", "Message %1 must be a JSON object ({ … }), not a %2.").arg(index).arg(msg.typeName()));
            return;
        }
        objectChecks(msg, path, messageFields());

        typed(msg, FlowFields::Type, JsonValue::Type::String, path);
        const JsonValue *content = typed(msg, FlowFields::Content, JsonValue::Type::String, path);
        const JsonValue *delay = typed(msg, FlowFields::Delay, JsonValue::Type::Number, path);
        const JsonValue *wait = typed(msg, FlowFields::WaitForResponse, JsonValue::Type::Bool, path);
        const JsonValue *responseKey = typed(msg, FlowFields::ResponseKey, JsonValue::Type::String, path);
        const JsonValue *buttons = typed(msg, FlowFields::Buttons, JsonValue::Type::Array, path);
        const JsonValue *condition = typed(msg, FlowFields::Condition, JsonValue::Type::Object, path);
        const bool waits = wait && wait->toBool();
        const QString key = responseKey ? responseKey->text() : QString();

        if (!msg.contains(FlowFields::Content) || (content && isBlank(content->text()))) {
            add(Severity::Warning, u"content-empty"_s, path / u"content"_s, content ? *content : msg,
                QCoreApplication::translate("FlowValidator", "The message has no content; the customer would see an empty bubble."));
        }

        if (delay) {
            const QString &t = delay->text();
            const std::optional<qint64> whole = delay->toInteger();
            const double ms = whole ? double(*whole) : t.toDouble();
            if (t.startsWith(u'-') && ms != 0.0) {
                add(Severity::Error, u"delay-negative"_s, path / u"delay"_s, *delay,
                    QCoreApplication::translate("FlowValidator", "The delay %1 is negative; use 0 or more milliseconds.").arg(t));
            } else if (ms > double(m_options.maxDelayMs)) {
                add(Severity::Warning, u"delay-too-long"_s, path / u"delay"_s, *delay,
                    QCoreApplication::translate("FlowValidator", "The delay %1 ms is longer than %2 s; the delay is in milliseconds, and customers rarely "
                       "wait that long.")
                        .arg(t)
                        .arg(m_options.maxDelayMs / 1000));
            }
        }

        // Buttons.
        bool hasPayment = false;
        QStringList produced;
        QVarLengthArray<std::pair<QStringView, qsizetype>, 8> buttonValues;
        qsizetype buttonCount = 0;
        if (buttons) {
            buttonCount = buttons->size();
            for (qsizetype b = 0; b < buttons->size(); ++b) {
                const JsonValue &button = buttons->at(b);
                const JsonPath bpath = path / u"buttons"_s / b;
                if (!button.isObject()) {
                    add(Severity::Error, u"field-type"_s, bpath, button,
                        QCoreApplication::translate("FlowValidator", "A button must be an object with text and value, not a %1.").arg(button.typeName()));
                    continue;
                }
                objectChecks(button, bpath, buttonFields());
                const JsonValue *text = typed(button, FlowFields::Text, JsonValue::Type::String, bpath);
                const JsonValue *value = typed(button, FlowFields::Value, JsonValue::Type::String, bpath);
                const JsonValue *btype = typed(button, FlowFields::Type, JsonValue::Type::String, bpath);
                const bool payment = btype && btype->text() == FlowFields::PaymentButtonType;
                if (!button.contains(FlowFields::Text) || (text && isBlank(text->text()))) {
                    add(Severity::Error, u"button-text-empty"_s, bpath / u"text"_s, text ? *text : button,
                        QCoreApplication::translate("FlowValidator", "The button has no text; the customer would see an empty button."));
                }
                if (value) {
                    const auto it = std::find_if(buttonValues.cbegin(), buttonValues.cend(),
                                                 [&](const auto &seen) { return seen.first == value->text(); });
                    if (it != buttonValues.cend()) {
                        add(Severity::Error, u"button-value-duplicate"_s, bpath / u"value"_s, *value,
                            QCoreApplication::translate("FlowValidator", "Button %1 has the same value \"%2\" as button %3; later messages could not tell "
                               "them apart.")
                                .arg(b)
                                .arg(value->text())
                                .arg(it->second));
                    } else {
                        buttonValues.append({QStringView(value->text()), b});
                    }
                }
                if (payment) {
                    hasPayment = true;
                    paymentAmount(button, bpath);
                    for (const QString &o : FlowPaymentOutcome::all()) {
                        if (!produced.contains(o))
                            produced << o;
                    }
                } else if (value && !produced.contains(value->text())) {
                    produced << value->text();
                }
            }
        }

        if (hasPayment) {
            if (!waits) {
                add(Severity::Error, u"payment-needs-wait"_s, path, wait ? *wait : msg,
                    QCoreApplication::translate("FlowValidator", "A message with a payment button must have \"waitForResponse\": true, or the flow moves on "
                       "before the customer pays."));
            }
            if (key.isEmpty()) {
                add(Severity::Error, u"payment-needs-response-key"_s, path, responseKey ? *responseKey : msg,
                    QCoreApplication::translate("FlowValidator", "A message with a payment button needs a \"responseKey\" to store the payment result "
                       "(\"paid\", \"payment_failed\" or \"payment_cancelled\") under."));
            }
        }
        if (waits && buttonCount == 0) {
            add(Severity::Warning, u"wait-without-answer"_s, path / u"waitForResponse"_s, *wait,
                QCoreApplication::translate("FlowValidator", "The message waits for a response but has no buttons to answer with; the conversation "
                   "would stop here."));
        }
        if (!waits && (!key.isEmpty() || (buttonCount > 0 && !hasPayment))) {
            const JsonValue &at = responseKey ? *responseKey : (buttons ? *buttons : msg);
            add(Severity::Warning, u"response-key-without-wait"_s, path, at,
                QCoreApplication::translate("FlowValidator", "The message has a responseKey or buttons but does not wait for a response "
                   "(\"waitForResponse\": true), so no answer is stored."));
        }

        const bool setsAnswer = waits && !key.isEmpty() && buttonCount > 0;

        // Duplicate response keys on paths that can meet.
        QString condKey, condValue;
        bool conditionOk = false;
        if (condition) {
            const JsonPath cpath = path / u"condition"_s;
            objectChecks(*condition, cpath, conditionFields());
            const JsonValue *ck = typed(*condition, FlowFields::Key, JsonValue::Type::String, cpath);
            const JsonValue *cv = typed(*condition, FlowFields::Value, JsonValue::Type::String, cpath);
            if (!condition->contains(FlowFields::Key) || !condition->contains(FlowFields::Value)
                || (ck && ck->text().isEmpty())) {
                add(Severity::Error, u"condition-incomplete"_s, cpath, *condition,
                    QCoreApplication::translate("FlowValidator", "A condition needs both a \"key\" and a \"value\"."));
            } else if (ck && cv) {
                condKey = ck->text();
                condValue = cv->text();
                conditionOk = true;
            }
        }

        if (!key.isEmpty()) {
            auto &setters = m_setters[key];
            for (const Setter &s : std::as_const(setters)) {
                const bool exclusive = conditionOk && !s.conditionKey.isEmpty() && s.conditionKey == condKey
                                       && s.conditionValue != condValue;
                if (!exclusive) {
                    add(Severity::Warning, u"response-key-duplicate"_s, path / u"responseKey"_s, *responseKey,
                        QCoreApplication::translate("FlowValidator", "Message %1 already stores its answer under \"%2\"; this answer replaces it.")
                            .arg(s.index)
                            .arg(key));
                    break;
                }
            }
            setters.append(Setter{index, conditionOk ? condKey : QString(), conditionOk ? condValue : QString()});
        }

        // Data flow: can the message be shown, can it be skipped?
        bool canShow = true;
        bool canSkip = false;
        if (condition && !conditionOk) {
            canSkip = true; // a broken condition: reported above; assume either
        } else if (conditionOk) {
            const JsonPath cpath = path / u"condition"_s;
            const JsonValue &cvNode = *condition->find(FlowFields::Value);
            if (!m_everProduced.contains(condKey)) {
                const QString guess = nearest(condKey, m_keysInOrder);
                const QString text = guess.isEmpty()
                    ? QCoreApplication::translate("FlowValidator", "No earlier message stores an answer under \"%1\", so this message is never shown.")
                          .arg(condKey)
                    : QCoreApplication::translate("FlowValidator", "No earlier message stores an answer under \"%1\", so this message is never shown; did "
                         "you mean \"%2\"?")
                          .arg(condKey, guess);
                add(Severity::Error, u"condition-key-unknown"_s, cpath / u"key"_s, *condition->find(FlowFields::Key),
                    text);
                canShow = false;
                canSkip = true;
            } else if (!m_everProduced.value(condKey).contains(condValue)) {
                QStringList values = m_everProduced.value(condKey).values();
                values.sort();
                add(Severity::Warning, u"condition-value-unreachable"_s, cpath / u"value"_s, cvNode,
                    QCoreApplication::translate("FlowValidator", "No earlier message can store \"%1\" under \"%2\" (possible answers: %3), so this message is "
                       "never shown.")
                        .arg(condValue, condKey, values.join(u", "_s)));
                canShow = false;
                canSkip = true;
            } else {
                const KeyState state = m_state.value(condKey);
                canShow = state.values.contains(condValue);
                canSkip = state.maybeUnset || state.values.size() > (canShow ? 1 : 0);
                if (!canShow) {
                    add(Severity::Warning, u"message-unreachable"_s, path, msg,
                        QCoreApplication::translate("FlowValidator", "This message is never shown: whenever the conversation gets here, \"%1\" cannot be \"%2\" "
                           "(the messages that store it are skipped or replace it first).")
                            .arg(condKey, condValue));
                }
            }
        }

        if (setsAnswer) {
            if (!m_everProduced.contains(key))
                m_keysInOrder << key;
            QSet<QString> &ever = m_everProduced[key];
            for (const QString &p : std::as_const(produced))
                ever.insert(p);
            if (canShow) {
                KeyState &state = m_state[key];
                QSet<QString> newValues(produced.cbegin(), produced.cend());
                const bool unsetAfter = produced.isEmpty();
                if (canSkip) {
                    QSet<QString> kept = state.values;
                    if (conditionOk && condKey == key)
                        kept.remove(condValue); // when shown, the old value was condValue: replaced
                    state.values = kept.unite(newValues);
                    state.maybeUnset = state.maybeUnset || unsetAfter;
                } else {
                    state.values = newValues;
                    state.maybeUnset = unsetAfter;
                }
            }
        }
    }

    void paymentAmount(const JsonValue &button, const JsonPath &bpath)
    {
        const JsonPath apath = bpath / u"amount"_s;
        const JsonValue *amount = button.find(FlowFields::Amount);
        if (!amount) {
            add(Severity::Error, u"payment-amount-missing"_s, apath, button,
                QCoreApplication::translate("FlowValidator", "The payment button has no \"amount\"; add the amount in yuan, such as 0.40."));
            return;
        }
        if (amount->isString()) {
            add(Severity::Error, u"payment-amount-string"_s, apath, *amount,
                QCoreApplication::translate("FlowValidator", "The amount is the text \"%1\"; write it as a number without quotes, such as 0.40.")
                    .arg(amount->text()));
            return;
        }
        if (!amount->isNumber()) {
            add(Severity::Error, u"payment-amount-not-number"_s, apath, *amount,
                QCoreApplication::translate("FlowValidator", "The amount must be a number of yuan such as 0.40, not a %1.").arg(amount->typeName()));
            return;
        }
        const QString &t = amount->text();
        if (t.startsWith(u'-')) {
            add(Severity::Error, u"payment-amount-not-positive"_s, apath, *amount,
                QCoreApplication::translate("FlowValidator", "The amount %1 is not above zero; a payment needs at least 0.01 yuan.").arg(t));
            return;
        }
        const Result<Money> money = Money::parse(t);
        if (!money) {
            const QString &code = money.error().code;
            if (code == u"money-too-many-decimals") {
                add(Severity::Error, u"payment-amount-precision"_s, apath, *amount,
                    QCoreApplication::translate("FlowValidator", "The amount %1 has more than two decimals; fen (0.01) is the smallest unit.").arg(t));
            } else if (code == u"money-too-large") {
                add(Severity::Error, u"payment-amount-too-large"_s, apath, *amount,
                    QCoreApplication::translate("FlowValidator", "The amount %1 is above the maximum of %2 yuan.").arg(t, m_options.maxAmount.toString()));
            } else {
                add(Severity::Error, u"payment-amount-invalid"_s, apath, *amount,
                    QCoreApplication::translate("FlowValidator", "The amount %1 cannot be used: %2").arg(t, money.errorMessage()));
            }
            return;
        }
        if (money->isZero()) {
            add(Severity::Error, u"payment-amount-not-positive"_s, apath, *amount,
                QCoreApplication::translate("FlowValidator", "The amount %1 is not above zero; a payment needs at least 0.01 yuan.").arg(t));
        } else if (*money > m_options.maxAmount) {
            add(Severity::Error, u"payment-amount-too-large"_s, apath, *amount,
                QCoreApplication::translate("FlowValidator", "The amount %1 is above the maximum of %2 yuan.").arg(t, m_options.maxAmount.toString()));
        }
    }

    const FlowValidator::Options &m_options;
    QList<FlowDiagnostic> &m_out;
    QHash<QString, KeyState> m_state;
    QHash<QString, QSet<QString>> m_everProduced;
    QStringList m_keysInOrder;
    QHash<QString, QList<Setter>> m_setters;
};
} // namespace

QList<FlowDiagnostic> FlowValidator::validate(const FlowDocument &document) const
{
    if (const auto &error = document.syntaxError()) {
        FlowDiagnostic d;
        d.severity = Severity::Error;
        d.code = u"json-syntax"_s;
        d.line = error->position.line;
        d.column = error->position.column;
        d.offset = error->position.offset;
        d.message = error->message;
        return {d};
    }
    return validate(document.root());
}

QList<FlowDiagnostic> FlowValidator::validate(const JsonValue &root) const
{
    QList<FlowDiagnostic> out;
    Run(m_options, out).flow(root);
    return out;
}

QStringList FlowValidator::codes()
{
    return {u"json-syntax"_s,
            u"flow-not-array"_s,
            u"message-not-object"_s,
            u"field-type"_s,
            u"duplicate-key"_s,
            u"unknown-field"_s,
            u"payment-amount-missing"_s,
            u"payment-amount-string"_s,
            u"payment-amount-not-number"_s,
            u"payment-amount-not-positive"_s,
            u"payment-amount-precision"_s,
            u"payment-amount-invalid"_s,
            u"payment-amount-too-large"_s,
            u"payment-needs-wait"_s,
            u"payment-needs-response-key"_s,
            u"condition-incomplete"_s,
            u"condition-key-unknown"_s,
            u"condition-value-unreachable"_s,
            u"message-unreachable"_s,
            u"response-key-duplicate"_s,
            u"button-value-duplicate"_s,
            u"content-empty"_s,
            u"button-text-empty"_s,
            u"delay-negative"_s,
            u"delay-too-long"_s,
            u"wait-without-answer"_s,
            u"response-key-without-wait"_s};
}

// ---------------------------------------------------------------------------------------------

QString FlowDiagnostic::severityName(Severity s)
{
    switch (s) {
    case Severity::Error: return u"error"_s;
    case Severity::Warning: return u"warning"_s;
    case Severity::Info: return u"info"_s;
    }
    return {};
}

QString FlowDiagnostic::severityDisplayName(Severity s)
{
    switch (s) {
    case Severity::Error: return QCoreApplication::translate("FlowDiagnostic", "Error");
    case Severity::Warning: return QCoreApplication::translate("FlowDiagnostic", "Warning");
    case Severity::Info: return QCoreApplication::translate("FlowDiagnostic", "Note");
    }
    return {};
}

QString FlowDiagnostic::toLine(const QString &file) const
{
    QString s;
    if (!file.isEmpty())
        s += file + u':';
    s += QString::number(std::max(line, 1)) + u':' + QString::number(std::max(column, 1)) + u": "_s;
    s += severityName(severity) + u": "_s + code + u": "_s + message;
    if (!path.isEmpty())
        s += u" ["_s + path + u']';
    return s;
}

FlowDiagnosticCounts FlowDiagnosticCounts::of(const QList<FlowDiagnostic> &diagnostics)
{
    FlowDiagnosticCounts c;
    for (const FlowDiagnostic &d : diagnostics) {
        switch (d.severity) {
        case FlowDiagnostic::Severity::Error: ++c.errors; break;
        case FlowDiagnostic::Severity::Warning: ++c.warnings; break;
        case FlowDiagnostic::Severity::Info: ++c.infos; break;
        }
    }
    return c;
}
