#include "flow/flowdocument.h"
#include "flow/flowjson.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString sourceFile(const QString &relative)
{
    return qEnvironmentVariable("MCPAY_SOURCE_DIR") + u'/' + relative;
}

QString readUtf8(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// A random flow with fields the format does not know, nested at every level.
JsonValue generatedFlow(quint32 seed, int messages)
{
    QRandomGenerator rng(seed);
    auto word = [&rng] {
        static const QStringList words = {u"hello"_s, u"支付"_s, u"a \"quoted\" word"_s, u"tab\there"_s,
                                          u"line\nbreak"_s, u"back\\slash"_s, u"emoji 😀"_s, u""_s};
        return words.at(rng.bounded(int(words.size())));
    };
    auto number = [&rng] {
        static const QStringList numbers = {u"0"_s, u"0.4"_s, u"0.40"_s, u"-1"_s, u"1e3"_s, u"2.5E-3"_s,
                                            u"199.00"_s, u"12345678901234567890"_s};
        return numbers.at(rng.bounded(int(numbers.size())));
    };
    JsonValue flow = JsonValue::array();
    for (int i = 0; i < messages; ++i) {
        JsonValue m = JsonValue::object();
        m.set(u"type"_s, JsonValue::string(rng.bounded(4) == 0 ? u"user"_s : u"service"_s));
        m.set(u"content"_s, JsonValue::string(word()));
        m.set(u"x-note-%1"_s.arg(i), JsonValue::string(word()));
        m.set(u"delay"_s, JsonValue::number(number()));
        if (rng.bounded(2)) {
            JsonValue buttons = JsonValue::array();
            for (int b = 0; b < 3; ++b) {
                JsonValue button = JsonValue::object();
                button.set(u"text"_s, JsonValue::string(word()));
                button.set(u"value"_s, JsonValue::string(u"v%1"_s.arg(b)));
                button.set(u"amount"_s, JsonValue::number(number()));
                JsonValue extra = JsonValue::object();
                extra.set(u"nested"_s, JsonValue::array());
                extra.set(u"flag"_s, JsonValue::boolean(rng.bounded(2)));
                extra.set(u"nothing"_s, JsonValue::null());
                extra.set(u"empty"_s, JsonValue::object());
                button.set(u"meta"_s, extra);
                buttons.append(button);
            }
            m.set(u"buttons"_s, buttons);
        }
        flow.append(m);
    }
    return flow;
}
} // namespace

class tst_FlowJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void generatedRoundTrip_data();
    void generatedRoundTrip();
    void preservesNumberTextAndKeyOrder();
    void positions();
    void parseErrors_data();
    void parseErrors();
    void depthLimit();
    void paths_data();
    void paths();
    void formatDetection_data();
    void formatDetection();
};

void tst_FlowJson::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("seed file") << readUtf8(sourceFile(u"resources/flows/seed-payment.json"_s));
    QTest::newRow("demo file") << readUtf8(sourceFile(u"resources/flows/demo-consultation.json"_s));
    QTest::newRow("empty") << u"[]\n"_s;
    QTest::newRow("compact, php style")
        << uR"([{"type":"service","content":"\u4e3a\u4e86\u786e\u8ba4","delay":1000,"url":"http:\/\/x"}])"_s;
    QTest::newRow("two spaces") << u"[\n  {\n    \"a\": 0.4,\n    \"b\": []\n  }\n]\n"_s;
    QTest::newRow("tabs, crlf") << u"[\r\n\t{\r\n\t\t\"a\": 1e3,\r\n\t\t\"b\": {}\r\n\t}\r\n]\r\n"_s;
    QTest::newRow("no final newline") << u"[\n    {\n        \"a\": -0.0\n    }\n]"_s;
    QTest::newRow("byte order mark") << u"\uFEFF[\n    \"x\"\n]\n"_s;
    QTest::newRow("unknown fields nested")
        << u"[\n    {\n        \"z\": {\n            \"y\": [\n                1,\n                true,\n"
           "                null,\n                \"s\"\n            ]\n        },\n        \"a\": false\n    }\n]\n"_s;
    QTest::newRow("duplicate keys") << u"[\n    {\n        \"a\": 1,\n        \"a\": 2\n    }\n]\n"_s;
}

void tst_FlowJson::roundTrip()
{
    QFETCH(QString, text);
    QVERIFY(!text.isEmpty());
    auto parsed = JsonParser::parse(text);
    if (auto *error = std::get_if<JsonParseError>(&parsed))
        QFAIL(qPrintable(error->message));
    const JsonFormat format = JsonFormat::detect(text);
    QCOMPARE(JsonWriter::write(std::get<JsonValue>(parsed), format), text);

    // An edit through the tree writes the same bytes back when nothing really changed.
    FlowDocument doc = FlowDocument::fromText(text);
    QVERIFY(!doc.hasSyntaxError());
    doc.treeChanged();
    QCOMPARE(doc.text(), text);
}

void tst_FlowJson::generatedRoundTrip_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<QString>("indent");
    for (quint32 seed : {1u, 2u, 3u, 42u}) {
        QTest::addRow("seed %u, 4 spaces", seed) << seed << u"    "_s;
        QTest::addRow("seed %u, compact", seed) << seed << QString();
    }
}

void tst_FlowJson::generatedRoundTrip()
{
    QFETCH(quint32, seed);
    QFETCH(QString, indent);
    JsonFormat format;
    format.indent = indent;
    format.finalNewline = !indent.isEmpty();
    const JsonValue flow = generatedFlow(seed, 40);
    const QString canonical = JsonWriter::write(flow, format);
    auto parsed = JsonParser::parse(canonical);
    QVERIFY(std::holds_alternative<JsonValue>(parsed));
    QVERIFY(std::get<JsonValue>(parsed) == flow);
    QCOMPARE(JsonFormat::detect(canonical), format);
    QCOMPARE(JsonWriter::write(std::get<JsonValue>(parsed), JsonFormat::detect(canonical)), canonical);
}

void tst_FlowJson::preservesNumberTextAndKeyOrder()
{
    FlowDocument doc = FlowDocument::fromText(
        u"[{\"zeta\":1,\"amount\":0.4,\"alpha\":\"\\u00e9\",\"big\":12345678901234567890.10}]"_s);
    QVERIFY(!doc.hasSyntaxError());
    const JsonValue &m = doc.root().at(0);
    QCOMPARE(m.find(u"amount")->text(), u"0.4"_s);
    QCOMPARE(m.find(u"alpha")->text(), u"é"_s);
    QCOMPARE(m.find(u"big")->text(), u"12345678901234567890.10"_s);
    QCOMPARE(m.members().front().key, u"zeta"_s);

    doc.mutableRoot().at(0).set(u"new"_s, JsonValue::string(u"é"_s));
    doc.treeChanged();
    QCOMPARE(doc.text(),
             uR"([{"zeta":1,"amount":0.4,"alpha":"\u00e9","big":12345678901234567890.10,"new":"é"}])"_s);
}

void tst_FlowJson::positions()
{
    const QString text = u"[\n    {\n        \"content\": \"你好\",\n        \"amount\": 0.4\n    }\n]\n"_s;
    auto parsed = JsonParser::parse(text);
    QVERIFY(std::holds_alternative<JsonValue>(parsed));
    const JsonValue &root = std::get<JsonValue>(parsed);
    QCOMPARE(root.position().line, 1);
    QCOMPARE(root.position().column, 1);
    const JsonValue &m = root.at(0);
    QCOMPARE(m.position().line, 2);
    QCOMPARE(m.position().column, 5);
    const JsonMember *amount = m.findMember(u"amount");
    QCOMPARE(amount->keyPosition.line, 4);
    QCOMPARE(amount->keyPosition.column, 9);
    QCOMPARE(amount->value.position().line, 4);
    QCOMPARE(amount->value.position().column, 19);
    QCOMPARE(text.mid(amount->value.position().offset, 3), u"0.4"_s);

    // The writer records positions of the text it writes.
    JsonValue copy = root;
    const QString written = JsonWriter::writeAndLocate(copy);
    QCOMPARE(written, text);
    QCOMPARE(copy.at(0).find(u"amount")->position().column, 19);
}

void tst_FlowJson::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("empty") << u""_s << 1 << 1;
    QTest::newRow("trailing comma") << u"[\n  1,\n]"_s << 3 << 1;
    QTest::newRow("missing comma") << u"[\n  {\"a\": 1\n   \"b\": 2}\n]"_s << 3 << 4;
    QTest::newRow("single quotes") << u"['a']"_s << 1 << 2;
    QTest::newRow("unterminated string") << u"[\n  \"abc\n]"_s << 2 << 7;
    QTest::newRow("bad escape") << u"[\"a\\x\"]"_s << 1 << 4;
    QTest::newRow("leading zero") << u"[01]"_s << 1 << 3;
    QTest::newRow("bad word") << u"[tru]"_s << 1 << 2;
    QTest::newRow("text after") << u"[] x"_s << 1 << 4;
    QTest::newRow("missing colon") << u"{\"a\" 1}"_s << 1 << 6;
    QTest::newRow("comment") << u"[\n// no\n]"_s << 2 << 1;
    QTest::newRow("unclosed") << u"[{\"a\":1}"_s << 1 << 9;
    QTest::newRow("fraction without digits") << u"[1.]"_s << 1 << 4;
}

void tst_FlowJson::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    auto parsed = JsonParser::parse(text);
    QVERIFY(std::holds_alternative<JsonParseError>(parsed));
    const JsonParseError &e = std::get<JsonParseError>(parsed);
    QVERIFY(!e.message.isEmpty());
    QCOMPARE(e.position.line, line);
    QCOMPARE(e.position.column, column);

    // The document keeps the text that does not parse.
    FlowDocument doc = FlowDocument::fromText(text);
    QVERIFY(doc.hasSyntaxError());
    QCOMPARE(doc.text(), text);
}

void tst_FlowJson::depthLimit()
{
    const int deep = JsonParser::MaxDepth + 10;
    const QString text = QString(deep, u'[') + QString(deep, u']');
    QVERIFY(std::holds_alternative<JsonParseError>(JsonParser::parse(text)));
    const QString ok = QString(50, u'[') + QString(50, u']');
    QVERIFY(std::holds_alternative<JsonValue>(JsonParser::parse(ok)));
}

void tst_FlowJson::paths_data()
{
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("resolved");
    QTest::newRow("amount") << u"[3].buttons[0].amount"_s << u"0.4"_s;
    QTest::newRow("odd key") << u"[3][\"a b\"]"_s << u"x"_s;
}

void tst_FlowJson::paths()
{
    QFETCH(QString, expected);
    QFETCH(QString, resolved);
    FlowDocument doc = FlowDocument::fromText(
        u"[{},{},{},{\"buttons\":[{\"amount\":0.4}],\"a b\":\"x\"}]"_s);
    const JsonPath path = expected.contains(u"buttons") ? JsonPath{3, u"buttons"_s, 0, u"amount"_s}
                                                        : JsonPath{3, u"a b"_s};
    QCOMPARE(path.toString(), expected);
    QCOMPARE(path.messageIndex(), 3);
    const JsonValue *v = path.resolve(doc.root());
    QVERIFY(v);
    QCOMPARE(v->text(), resolved);
    QVERIFY(!(JsonPath{9}).resolve(doc.root()));
}

void tst_FlowJson::formatDetection_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("indent");
    QTest::addColumn<QString>("newline");
    QTest::addColumn<bool>("finalNewline");
    QTest::newRow("canonical") << u"[\n    1\n]\n"_s << u"    "_s << u"\n"_s << true;
    QTest::newRow("compact") << u"[1,2]"_s << QString() << u"\n"_s << false;
    QTest::newRow("tabs crlf") << u"[\r\n\t1\r\n]\r\n"_s << u"\t"_s << u"\r\n"_s << true;
}

void tst_FlowJson::formatDetection()
{
    QFETCH(QString, text);
    QFETCH(QString, indent);
    QFETCH(QString, newline);
    QFETCH(bool, finalNewline);
    const JsonFormat f = JsonFormat::detect(text);
    QCOMPARE(f.indent, indent);
    QCOMPARE(f.newline, newline);
    QCOMPARE(f.finalNewline, finalNewline);
}

QTEST_GUILESS_MAIN(tst_FlowJson)
#include "tst_flowjson.moc"
