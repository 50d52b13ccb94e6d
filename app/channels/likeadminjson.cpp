#include "likeadminjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace LikeadminJson {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(QByteArrayView s, qsizetype i)
{
    while (i < s.size() && isSpace(s[i]))
        ++i;
    return i;
}

// End (exclusive) of the string literal starting at s[i] == '"', or -1.
qsizetype stringEnd(QByteArrayView s, qsizetype i)
{
    for (++i; i < s.size(); ++i) {
        if (s[i] == '\\')
            ++i;
        else if (s[i] == '"')
            return i + 1;
    }
    return -1;
}

// End (exclusive) of the value starting at s[i], or -1.
qsizetype valueEnd(QByteArrayView s, qsizetype i)
{
    if (i >= s.size())
        return -1;
    const char c = s[i];
    if (c == '"')
        return stringEnd(s, i);
    if (c == '{' || c == '[') {
        int depth = 0;
        while (i < s.size()) {
            const char d = s[i];
            if (d == '"') {
                i = stringEnd(s, i);
                if (i < 0)
                    return -1;
                continue;
            }
            if (d == '{' || d == '[') {
                ++depth;
            } else if (d == '}' || d == ']') {
                if (--depth == 0)
                    return i + 1;
            }
            ++i;
        }
        return -1;
    }
    qsizetype j = i;
    while (j < s.size() && s[j] != ',' && s[j] != '}' && s[j] != ']' && !isSpace(s[j]))
        ++j;
    return j > i ? j : -1;
}

} // namespace

std::optional<QByteArray> rawMember(QByteArrayView json, QByteArrayView name)
{
    if (!QJsonDocument::fromJson(json.toByteArray()).isObject())
        return std::nullopt;
    std::optional<QByteArray> found;
    qsizetype i = skipSpace(json, 0);
    if (i >= json.size() || json[i] != '{')
        return std::nullopt;
    ++i;
    while (true) {
        i = skipSpace(json, i);
        if (i >= json.size() || json[i] != '"')
            break;
        const qsizetype keyEnd = stringEnd(json, i);
        if (keyEnd < 0)
            return std::nullopt;
        const QByteArrayView key = json.sliced(i + 1, keyEnd - i - 2);
        i = skipSpace(json, keyEnd);
        if (i >= json.size() || json[i] != ':')
            return std::nullopt;
        i = skipSpace(json, i + 1);
        const qsizetype end = valueEnd(json, i);
        if (end < 0)
            return std::nullopt;
        if (key == name) {
            if (found) // a repeated member is ambiguous: refused
                return std::nullopt;
            found = json.sliced(i, end - i).toByteArray();
        }
        i = skipSpace(json, end);
        if (i < json.size() && json[i] == ',')
            ++i;
        else
            break;
    }
    return found;
}

Result<Money> parseAmount(QByteArrayView rawValue)
{
    if (rawValue.startsWith('"')) {
        const QJsonArray wrapped = QJsonDocument::fromJson("[" + rawValue.toByteArray() + "]").array();
        if (wrapped.size() != 1 || !wrapped.at(0).isString())
            return Error(QCoreApplication::translate("LikeadminJson", "The amount is not valid JSON text."), u"AMOUNT"_s);
        return Money::parse(wrapped.at(0).toString());
    }
    if (rawValue.isEmpty() || rawValue == "null" || rawValue == "true" || rawValue == "false" || rawValue.startsWith('{')
        || rawValue.startsWith('['))
        return Error(QCoreApplication::translate("LikeadminJson", "The amount must be a number such as 0.40."), u"AMOUNT"_s);
    return Money::parse(QString::fromLatin1(rawValue));
}

QByteArray amountNumber(Money amount)
{
    QByteArray text = amount.toString().toLatin1();
    if (text.contains('.')) {
        while (text.endsWith('0'))
            text.chop(1);
        if (text.endsWith('.'))
            text.chop(1);
    }
    return text;
}

QByteArray quoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray envelope(int code, int show, const QString &msg, const QByteArray &rawData)
{
    return "{\"code\":" + QByteArray::number(code) + ",\"show\":" + QByteArray::number(show) + ",\"msg\":" + quoted(msg)
        + ",\"data\":" + (rawData.isEmpty() ? QByteArrayLiteral("[]") : rawData) + '}';
}

} // namespace LikeadminJson
