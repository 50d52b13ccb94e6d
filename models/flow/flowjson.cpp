#include "flowjson.h"

#include <QCoreApplication>

#include <limits>

namespace {

bool isIdentifier(QStringView key)
{
    if (key.isEmpty())
        return false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const char16_t c = key[i].unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u'$';
        const bool digit = c >= u'0' && c <= u'9';
        if (!(letter || (digit && i > 0)))
            return false;
    }
    return true;
}
} // namespace

// ---------------------------------------------------------------------------------------------
// JsonValue

JsonValue JsonValue::null()
{
    return JsonValue();
}

JsonValue JsonValue::boolean(bool b)
{
    JsonValue v;
    v.m_type = Type::Bool;
    v.m_bool = b;
    return v;
}

JsonValue JsonValue::number(QString numberText)
{
    JsonValue v;
    v.m_type = Type::Number;
    v.m_text = std::move(numberText);
    return v;
}

JsonValue JsonValue::number(qint64 n)
{
    return number(QString::number(n));
}

JsonValue JsonValue::string(QString text)
{
    JsonValue v;
    v.m_type = Type::String;
    v.m_text = std::move(text);
    return v;
}

JsonValue JsonValue::array()
{
    JsonValue v;
    v.m_type = Type::Array;
    return v;
}

JsonValue JsonValue::object()
{
    JsonValue v;
    v.m_type = Type::Object;
    return v;
}

QString JsonValue::typeName(Type type)
{
    switch (type) {
    case Type::Null: return QStringLiteral("null");
    case Type::Bool: return QStringLiteral("boolean");
    case Type::Number: return QStringLiteral("number");
    case Type::String: return QStringLiteral("string");
    case Type::Array: return QStringLiteral("array");
    case Type::Object: return QStringLiteral("object");
    }
    return {};
}

std::optional<qint64> JsonValue::toInteger() const
{
    if (m_type != Type::Number)
        return std::nullopt;
    bool ok = false;
    const qint64 n = m_text.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return n;
}

qsizetype JsonValue::size() const
{
    if (m_type == Type::Array)
        return qsizetype(m_items.size());
    if (m_type == Type::Object)
        return qsizetype(m_members.size());
    return 0;
}

void JsonValue::insert(qsizetype i, JsonValue v)
{
    m_items.insert(m_items.begin() + i, std::move(v));
}

JsonValue JsonValue::takeAt(qsizetype i)
{
    JsonValue v = std::move(m_items[size_t(i)]);
    m_items.erase(m_items.begin() + i);
    return v;
}

qsizetype JsonValue::indexOf(QStringView key) const
{
    for (qsizetype i = qsizetype(m_members.size()) - 1; i >= 0; --i) {
        if (m_members[size_t(i)].key == key)
            return i;
    }
    return -1;
}

const JsonValue *JsonValue::find(QStringView key) const
{
    const qsizetype i = indexOf(key);
    return i < 0 ? nullptr : &m_members[size_t(i)].value;
}

JsonValue *JsonValue::find(QStringView key)
{
    const qsizetype i = indexOf(key);
    return i < 0 ? nullptr : &m_members[size_t(i)].value;
}

const JsonMember *JsonValue::findMember(QStringView key) const
{
    const qsizetype i = indexOf(key);
    return i < 0 ? nullptr : &m_members[size_t(i)];
}

void JsonValue::set(const QString &key, JsonValue v)
{
    if (JsonValue *existing = find(key)) {
        *existing = std::move(v);
        return;
    }
    m_members.push_back(JsonMember{key, {}, {}, std::move(v)});
}

void JsonValue::remove(QStringView key)
{
    const qsizetype i = indexOf(key);
    if (i >= 0)
        m_members.erase(m_members.begin() + i);
}

bool JsonValue::operator==(const JsonValue &o) const
{
    if (m_type != o.m_type)
        return false;
    switch (m_type) {
    case Type::Null: return true;
    case Type::Bool: return m_bool == o.m_bool;
    case Type::Number:
    case Type::String: return m_text == o.m_text;
    case Type::Array: return m_items == o.m_items;
    case Type::Object: return m_members == o.m_members;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// JsonPath

JsonPath JsonPath::operator/(qsizetype index) const
{
    JsonPath p = *this;
    p.m_steps.append(Step(index));
    return p;
}

JsonPath JsonPath::operator/(const QString &key) const
{
    JsonPath p = *this;
    p.m_steps.append(Step(key));
    return p;
}

JsonPath JsonPath::parent() const
{
    JsonPath p = *this;
    if (!p.m_steps.isEmpty())
        p.m_steps.removeLast();
    return p;
}

qsizetype JsonPath::messageIndex() const
{
    if (m_steps.isEmpty() || !std::holds_alternative<qsizetype>(m_steps.first()))
        return -1;
    return std::get<qsizetype>(m_steps.first());
}

QString JsonPath::toString() const
{
    QString s;
    for (const Step &step : m_steps) {
        if (const auto *index = std::get_if<qsizetype>(&step)) {
            s += u'[' + QString::number(*index) + u']';
        } else {
            const QString &key = std::get<QString>(step);
            if (isIdentifier(key))
                s += (s.isEmpty() ? QString() : QStringLiteral(".")) + key;
            else
                s += u'[' + JsonWriter::quote(key) + u']';
        }
    }
    return s;
}

const JsonValue *JsonPath::resolve(const JsonValue &root) const
{
    const JsonValue *v = &root;
    for (const Step &step : m_steps) {
        if (const auto *index = std::get_if<qsizetype>(&step)) {
            if (!v->isArray() || *index < 0 || *index >= v->size())
                return nullptr;
            v = &v->at(*index);
        } else {
            if (!v->isObject())
                return nullptr;
            v = v->find(std::get<QString>(step));
            if (!v)
                return nullptr;
        }
    }
    return v;
}

JsonValue *JsonPath::resolve(JsonValue &root) const
{
    return const_cast<JsonValue *>(resolve(std::as_const(root)));
}

// ---------------------------------------------------------------------------------------------
// JsonFormat

JsonFormat JsonFormat::detect(QStringView text)
{
    JsonFormat f;
    f.byteOrderMark = text.startsWith(QChar(0xFEFF));
    if (f.byteOrderMark)
        text = text.mid(1);
    const qsizetype firstNewline = text.indexOf(u'\n');
    f.newline = (firstNewline > 0 && text[firstNewline - 1] == u'\r') ? QStringLiteral("\r\n") : QStringLiteral("\n");
    // Trailing white space decides the final newline; the rest is the layout.
    qsizetype end = text.size();
    while (end > 0 && (text[end - 1] == u'\n' || text[end - 1] == u'\r' || text[end - 1] == u' '
                       || text[end - 1] == u'\t'))
        --end;
    f.finalNewline = end < text.size() && text.mid(end).contains(u'\n');
    const QStringView body = text.left(end);
    const qsizetype nl = body.indexOf(u'\n');
    if (nl < 0) {
        // All on one line: compact, as PHP's json_encode and most databases hold it —
        // unless it is an empty or trivial flow, which keeps the default layout.
        f.indent.clear();
        if (body.trimmed() == u"[]")
            f.indent = QStringLiteral("    ");
        return f;
    }
    qsizetype i = nl + 1;
    QString indent;
    while (i < body.size() && (body[i] == u' ' || body[i] == u'\t'))
        indent += body[i++];
    if (!indent.isEmpty())
        f.indent = indent;
    return f;
}

// ---------------------------------------------------------------------------------------------
// JsonParser

class JsonParser::Impl
{
public:
    explicit Impl(QStringView text) : m_text(text) {}

    std::variant<JsonValue, JsonParseError> run()
    {
        if (m_text.startsWith(QChar(0xFEFF)))
            m_i = 1, m_lineStart = 1;
        skipWhitespace();
        if (atEnd())
            return failHere(QCoreApplication::translate("JsonParser", "The text is empty; a flow is a JSON array such as []."));
        JsonValue root;
        if (!parseValue(root, 0))
            return *m_error;
        skipWhitespace();
        if (!atEnd())
            return failHere(QCoreApplication::translate("JsonParser", "Unexpected text after the end of the JSON value."));
        return root;
    }

private:
    bool atEnd() const { return m_i >= m_text.size(); }
    char16_t peek() const { return m_text[m_i].unicode(); }

    JsonPosition here() const
    {
        return JsonPosition{m_line, int(m_i - m_lineStart + 1), m_i};
    }

    JsonParseError failHere(const QString &message)
    {
        m_error = JsonParseError{message, here()};
        return *m_error;
    }

    bool fail(const QString &message)
    {
        failHere(message);
        return false;
    }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const char16_t c = peek();
            if (c == u'\n') {
                ++m_i;
                ++m_line;
                m_lineStart = m_i;
            } else if (c == u' ' || c == u'\t' || c == u'\r') {
                ++m_i;
            } else {
                break;
            }
        }
    }

    QString describeHere() const
    {
        if (atEnd())
            return QCoreApplication::translate("JsonParser", "the end of the text");
        const QChar c = m_text[m_i];
        if (c.unicode() < 0x20)
            return QCoreApplication::translate("JsonParser", "a control character");
        return u'\'' + QString(c) + u'\'';
    }

    bool parseValue(JsonValue &out, int depth)
    {
        if (depth > JsonParser::MaxDepth)
            return fail(QCoreApplication::translate("JsonParser", "The JSON is nested too deeply."));
        if (atEnd())
            return fail(QCoreApplication::translate("JsonParser", "Expected a value but the text ends here."));
        out.m_pos = here();
        const char16_t c = peek();
        switch (c) {
        case u'{': return parseObject(out, depth);
        case u'[': return parseArray(out, depth);
        case u'"':
            out.m_type = JsonValue::Type::String;
            return parseString(out.m_text, &out.m_raw);
        case u't': return parseLiteral(out, u"true", JsonValue::Type::Bool, true);
        case u'f': return parseLiteral(out, u"false", JsonValue::Type::Bool, false);
        case u'n': return parseLiteral(out, u"null", JsonValue::Type::Null, false);
        default:
            if (c == u'-' || (c >= u'0' && c <= u'9'))
                return parseNumber(out);
            if (c == u'\'')
                return fail(QCoreApplication::translate("JsonParser", "Strings must use double quotes (\"), not single quotes."));
            return fail(QCoreApplication::translate("JsonParser", "Expected a value (object, array, string, number, true, false or null) but found %1.")
                            .arg(describeHere()));
        }
    }

    bool parseLiteral(JsonValue &out, QStringView word, JsonValue::Type type, bool b)
    {
        if (m_text.mid(m_i, word.size()) != word)
            return fail(QCoreApplication::translate("JsonParser", "Unknown word; expected true, false, null, a number or a quoted string."));
        m_i += word.size();
        out.m_type = type;
        out.m_bool = b;
        return true;
    }

    bool parseNumber(JsonValue &out)
    {
        const qsizetype start = m_i;
        auto digits = [this] {
            qsizetype n = 0;
            while (!atEnd() && peek() >= u'0' && peek() <= u'9')
                ++m_i, ++n;
            return n;
        };
        if (peek() == u'-')
            ++m_i;
        if (atEnd() || !(peek() >= u'0' && peek() <= u'9'))
            return fail(QCoreApplication::translate("JsonParser", "Expected a digit in the number."));
        if (peek() == u'0') {
            ++m_i;
            if (!atEnd() && peek() >= u'0' && peek() <= u'9')
                return fail(QCoreApplication::translate("JsonParser", "Numbers must not start with 0 (write 7, not 07)."));
        } else {
            digits();
        }
        if (!atEnd() && peek() == u'.') {
            ++m_i;
            if (digits() == 0)
                return fail(QCoreApplication::translate("JsonParser", "Expected a digit after the decimal point."));
        }
        if (!atEnd() && (peek() == u'e' || peek() == u'E')) {
            ++m_i;
            if (!atEnd() && (peek() == u'+' || peek() == u'-'))
                ++m_i;
            if (digits() == 0)
                return fail(QCoreApplication::translate("JsonParser", "Expected a digit in the exponent."));
        }
        out.m_type = JsonValue::Type::Number;
        out.m_text = m_text.mid(start, m_i - start).toString();
        return true;
    }

    static int hexValue(char16_t c)
    {
        if (c >= u'0' && c <= u'9')
            return c - u'0';
        if (c >= u'a' && c <= u'f')
            return c - u'a' + 10;
        if (c >= u'A' && c <= u'F')
            return c - u'A' + 10;
        return -1;
    }

    bool parseString(QString &decoded, QString *raw)
    {
        const qsizetype start = m_i;
        ++m_i; // opening quote
        decoded.clear();
        qsizetype chunkStart = m_i;
        while (true) {
            if (atEnd()) {
                m_i = start;
                return fail(QCoreApplication::translate("JsonParser", "This string has no closing double quote."));
            }
            const char16_t c = peek();
            if (c == u'"')
                break;
            if (c < 0x20)
                return fail(c == u'\n' ? QCoreApplication::translate("JsonParser", "Line break inside a string; write \\n instead.")
                                       : QCoreApplication::translate("JsonParser", "Control character inside a string; escape it."));
            if (c != u'\\') {
                ++m_i;
                continue;
            }
            decoded += m_text.mid(chunkStart, m_i - chunkStart);
            ++m_i;
            if (atEnd())
                continue; // reported as unterminated above
            const char16_t e = peek();
            ++m_i;
            switch (e) {
            case u'"': decoded += u'"'; break;
            case u'\\': decoded += u'\\'; break;
            case u'/': decoded += u'/'; break;
            case u'b': decoded += u'\b'; break;
            case u'f': decoded += u'\f'; break;
            case u'n': decoded += u'\n'; break;
            case u'r': decoded += u'\r'; break;
            case u't': decoded += u'\t'; break;
            case u'u': {
                int code = 0;
                for (int k = 0; k < 4; ++k) {
                    const int h = atEnd() ? -1 : hexValue(peek());
                    if (h < 0)
                        return fail(QCoreApplication::translate("JsonParser", "Expected four hexadecimal digits after \\u."));
                    code = code * 16 + h;
                    ++m_i;
                }
                decoded += QChar(char16_t(code));
                break;
            }
            default:
                m_i -= 2; // point at the backslash
                return fail(QCoreApplication::translate("JsonParser", "Unknown escape sequence in a string."));
            }
            chunkStart = m_i;
        }
        decoded += m_text.mid(chunkStart, m_i - chunkStart);
        ++m_i; // closing quote
        if (raw)
            *raw = m_text.mid(start, m_i - start).toString();
        return true;
    }

    bool parseArray(JsonValue &out, int depth)
    {
        out.m_type = JsonValue::Type::Array;
        ++m_i;
        skipWhitespace();
        if (!atEnd() && peek() == u']') {
            ++m_i;
            return true;
        }
        while (true) {
            skipWhitespace();
            if (!atEnd() && peek() == u']')
                return fail(QCoreApplication::translate("JsonParser", "Trailing comma before ']'; remove the comma."));
            JsonValue item;
            if (!parseValue(item, depth + 1))
                return false;
            out.m_items.push_back(std::move(item));
            skipWhitespace();
            if (atEnd())
                return fail(QCoreApplication::translate("JsonParser", "The array is not closed; expected ',' or ']'."));
            if (peek() == u',') {
                ++m_i;
                continue;
            }
            if (peek() == u']') {
                ++m_i;
                return true;
            }
            return fail(QCoreApplication::translate("JsonParser", "Expected ',' or ']' after an array item but found %1.").arg(describeHere()));
        }
    }

    bool parseObject(JsonValue &out, int depth)
    {
        out.m_type = JsonValue::Type::Object;
        ++m_i;
        skipWhitespace();
        if (!atEnd() && peek() == u'}') {
            ++m_i;
            return true;
        }
        while (true) {
            skipWhitespace();
            if (atEnd())
                return fail(QCoreApplication::translate("JsonParser", "The object is not closed; expected a key or '}'."));
            if (peek() == u'}')
                return fail(QCoreApplication::translate("JsonParser", "Trailing comma before '}'; remove the comma."));
            if (peek() != u'"')
                return fail(QCoreApplication::translate("JsonParser", "Expected a key in double quotes but found %1.").arg(describeHere()));
            JsonMember member;
            member.keyPosition = here();
            if (!parseString(member.key, &member.rawKey))
                return false;
            skipWhitespace();
            if (atEnd() || peek() != u':')
                return fail(QCoreApplication::translate("JsonParser", "Expected ':' after the key \"%1\".").arg(member.key));
            ++m_i;
            skipWhitespace();
            if (!parseValue(member.value, depth + 1))
                return false;
            out.m_members.push_back(std::move(member));
            skipWhitespace();
            if (atEnd())
                return fail(QCoreApplication::translate("JsonParser", "The object is not closed; expected ',' or '}'."));
            if (peek() == u',') {
                ++m_i;
                continue;
            }
            if (peek() == u'}') {
                ++m_i;
                return true;
            }
            return fail(QCoreApplication::translate("JsonParser", "Expected ',' or '}' after a member but found %1.").arg(describeHere()));
        }
    }

    QStringView m_text;
    qsizetype m_i = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
    std::optional<JsonParseError> m_error;
};

std::variant<JsonValue, JsonParseError> JsonParser::parse(QStringView text)
{
    return Impl(text).run();
}

// ---------------------------------------------------------------------------------------------
// JsonWriter

namespace {
template <bool Locate>
class WriterImpl
{
public:
    explicit WriterImpl(const JsonFormat &f) : m_format(f), m_compact(f.indent.isEmpty()) {}

    QString finish(JsonValue &v)
    {
        if (m_format.byteOrderMark)
            m_out += QChar(0xFEFF), m_lineStart = 1;
        write(v, 0);
        if (m_format.finalNewline)
            m_out += m_format.newline;
        return std::move(m_out);
    }

private:
    JsonPosition here() const
    {
        return JsonPosition{m_line, int(m_out.size() - m_lineStart + 1), m_out.size()};
    }

    void newline(int depth)
    {
        m_out += m_format.newline;
        ++m_line;
        m_lineStart = m_out.size();
        for (int i = 0; i < depth; ++i)
            m_out += m_format.indent;
    }

    void write(JsonValue &v, int depth)
    {
        if constexpr (Locate)
            v.setPosition(here());
        switch (v.type()) {
        case JsonValue::Type::Null: m_out += u"null"; break;
        case JsonValue::Type::Bool: m_out += v.toBool() ? u"true" : u"false"; break;
        case JsonValue::Type::Number: m_out += v.text(); break;
        case JsonValue::Type::String:
            if (v.rawString().isEmpty())
                m_out += JsonWriter::quote(v.text());
            else
                m_out += v.rawString();
            break;
        case JsonValue::Type::Array: {
            m_out += u'[';
            if (v.size() == 0) {
                m_out += u']';
                break;
            }
            for (qsizetype i = 0; i < v.size(); ++i) {
                if (i > 0)
                    m_out += u',';
                if (!m_compact)
                    newline(depth + 1);
                write(v.at(i), depth + 1);
            }
            if (!m_compact)
                newline(depth);
            m_out += u']';
            break;
        }
        case JsonValue::Type::Object: {
            m_out += u'{';
            auto &members = v.members();
            if (members.empty()) {
                m_out += u'}';
                break;
            }
            bool first = true;
            for (JsonMember &m : members) {
                if (!first)
                    m_out += u',';
                first = false;
                if (!m_compact)
                    newline(depth + 1);
                if constexpr (Locate)
                    m.keyPosition = here();
                m_out += m.rawKey.isEmpty() ? JsonWriter::quote(m.key) : m.rawKey;
                m_out += m_compact ? QStringView(u":") : QStringView(u": ");
                write(m.value, depth + 1);
            }
            if (!m_compact)
                newline(depth);
            m_out += u'}';
            break;
        }
        }
    }

    const JsonFormat &m_format;
    const bool m_compact;
    QString m_out;
    int m_line = 1;
    qsizetype m_lineStart = 0;
};
} // namespace

QString JsonWriter::write(const JsonValue &value, const JsonFormat &format)
{
    // The writer only touches positions when locating; the const_cast is never written through.
    return WriterImpl<false>(format).finish(const_cast<JsonValue &>(value));
}

QString JsonWriter::writeAndLocate(JsonValue &value, const JsonFormat &format)
{
    return WriterImpl<true>(format).finish(value);
}

QString JsonWriter::quote(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        switch (c) {
        case u'"': out += u"\\\""; break;
        case u'\\': out += u"\\\\"; break;
        case u'\b': out += u"\\b"; break;
        case u'\f': out += u"\\f"; break;
        case u'\n': out += u"\\n"; break;
        case u'\r': out += u"\\r"; break;
        case u'\t': out += u"\\t"; break;
        default:
            if (c < 0x20)
                out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
            else
                out += ch;
        }
    }
    out += u'"';
    return out;
}
