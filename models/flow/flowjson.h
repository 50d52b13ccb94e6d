#pragma once

#include <QList>
#include <QVarLengthArray>
#include <QString>
#include <QStringView>

#include <optional>
#include <variant>
#include <vector>

// A small JSON tree made for editing dialogue flows by hand and by form:
//  - object members keep their order (and duplicates, which the validator reports);
//  - numbers keep the text they were written with ("0.4" stays "0.4", never 0.40000001);
//  - strings keep their original spelling ("\u4e3a", "\/") until they are edited;
//  - every value and every member key remembers where it starts in the text (line, column,
//    character offset), so a diagnostic can point at line:column.
// QJsonDocument cannot be used for flows: it sorts keys and turns numbers into doubles.

// A place in the text. line and column are 1-based; column and offset count UTF-16 code
// units (the units of QString and of the editor's cursor).
struct JsonPosition
{
    int line = 0;
    int column = 0;
    qsizetype offset = -1;
    bool isValid() const { return line > 0; }
};

struct JsonMember;

class JsonValue
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    JsonValue() = default;
    static JsonValue null();
    static JsonValue boolean(bool b);
    // numberText must be a JSON number ("0.4", "-12", "1e3"); it is written back as is.
    static JsonValue number(QString numberText);
    static JsonValue number(qint64 n);
    static JsonValue string(QString text);
    static JsonValue array();
    static JsonValue object();

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }
    static QString typeName(Type type); // "string", "number", … (JSON's own words, not translated)
    QString typeName() const { return typeName(m_type); }

    bool toBool() const { return m_bool; }
    // The decoded string, or for numbers the written number text.
    const QString &text() const { return m_text; }
    // An integer number; nullopt for fractions, exponents, overflow or non-numbers.
    std::optional<qint64> toInteger() const;

    // The literal as read from the text, quotes and escapes included (strings only; empty
    // once the value was made or edited in code).
    const QString &rawString() const { return m_raw; }

    // Arrays.
    qsizetype size() const;
    const JsonValue &at(qsizetype i) const { return m_items[size_t(i)]; }
    JsonValue &at(qsizetype i) { return m_items[size_t(i)]; }
    void append(JsonValue v);
    void insert(qsizetype i, JsonValue v);
    JsonValue takeAt(qsizetype i);
    const std::vector<JsonValue> &items() const { return m_items; }

    // Objects. Lookups find the last member of that name (as JavaScript's JSON.parse keeps).
    const std::vector<JsonMember> &members() const { return m_members; }
    std::vector<JsonMember> &members() { return m_members; }
    qsizetype indexOf(QStringView key) const;
    bool contains(QStringView key) const { return indexOf(key) >= 0; }
    const JsonValue *find(QStringView key) const;
    JsonValue *find(QStringView key);
    const JsonMember *findMember(QStringView key) const;
    // Replaces the value of an existing member (keeping its place) or appends a new one.
    void set(const QString &key, JsonValue v);
    void remove(QStringView key);

    JsonPosition position() const { return m_pos; }
    void setPosition(JsonPosition p) { m_pos = p; }

    // Structural equality: same types, same number text, same decoded strings, same member
    // order. Positions and string spellings are ignored.
    bool operator==(const JsonValue &other) const;

private:
    friend class JsonParser;
    Type m_type = Type::Null;
    bool m_bool = false;
    QString m_text;
    QString m_raw;
    std::vector<JsonValue> m_items;
    std::vector<JsonMember> m_members;
    JsonPosition m_pos;
};

struct JsonMember
{
    QString key;
    QString rawKey;          // the key literal as read, quotes included; empty when made in code
    JsonPosition keyPosition;
    JsonValue value;
    bool operator==(const JsonMember &o) const { return key == o.key && value == o.value; }
};

// Defined here, where JsonMember is complete (std::vector of an incomplete type may be
// declared but not copied or moved).
inline void JsonValue::append(JsonValue v)
{
    m_items.push_back(std::move(v));
}

// A way into a flow tree: [3].buttons[0].amount is {3, "buttons", 0, "amount"}.
class JsonPath
{
public:
    using Step = std::variant<qsizetype, QString>;

    JsonPath() = default;
    JsonPath(std::initializer_list<Step> steps) : m_steps(steps) {}

    JsonPath operator/(qsizetype index) const;
    JsonPath operator/(const QString &key) const;
    JsonPath parent() const;
    bool isEmpty() const { return m_steps.isEmpty(); }
    qsizetype length() const { return m_steps.size(); }
    const Step &step(qsizetype i) const { return m_steps.at(i); }
    const Step &last() const { return m_steps.last(); }
    // The message a path is in (its first index), or -1.
    qsizetype messageIndex() const;

    // "[3].buttons[0].amount"; keys that are not identifiers are quoted: ["a b"].
    QString toString() const;
    bool operator==(const JsonPath &o) const { return m_steps == o.m_steps; }

    const JsonValue *resolve(const JsonValue &root) const;
    JsonValue *resolve(JsonValue &root) const;

private:
    // Paths are short ([3].buttons[0].amount has four steps): kept inline, no allocation.
    QVarLengthArray<Step, 6> m_steps;
};

struct JsonParseError
{
    QString message; // translated
    JsonPosition position;
};

// How a flow file is laid out; read from the text so that saving keeps the author's choice.
struct JsonFormat
{
    QString indent = QStringLiteral("    "); // one level; empty = compact, all on one line
    QString newline = QStringLiteral("\n");
    bool finalNewline = true;
    bool byteOrderMark = false;

    static JsonFormat detect(QStringView text);
    bool operator==(const JsonFormat &) const = default;
};

class JsonParser
{
public:
    static constexpr int MaxDepth = 256;
    // Strict JSON (RFC 8259): no comments, no trailing commas. A leading byte-order mark is
    // skipped.
    static std::variant<JsonValue, JsonParseError> parse(QStringView text);

private:
    class Impl;
};

class JsonWriter
{
public:
    // The canonical form of a value for a layout: members one per line with `"key": value`
    // (or `"key":value` when compact), empty containers as [] and {}, numbers and unedited
    // strings exactly as written, edited strings with only the escapes JSON requires.
    static QString write(const JsonValue &value, const JsonFormat &format = {});
    // The same, and records in the tree where each value and key now starts.
    static QString writeAndLocate(JsonValue &value, const JsonFormat &format = {});
    // A string literal with the escapes JSON requires (non-ASCII stays as it is).
    static QString quote(QStringView text);
};
