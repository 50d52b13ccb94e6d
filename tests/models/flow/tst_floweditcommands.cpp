#include "flow/floweditcommands.h"
#include "flow/flowmessage.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
const QString seedText = uR"([
    {
        "type": "service",
        "content": "hello",
        "delay": 1000,
        "x-unknown": {"kept": [1, 2]}
    },
    {
        "type": "service",
        "content": "pay?",
        "waitForResponse": true,
        "responseKey": "paymentConfirm",
        "buttons": [
            {
                "text": "Pay",
                "value": "pay",
                "type": "payment",
                "amount": 0.4
            }
        ]
    }
]
)"_s;

using Factory = std::function<std::unique_ptr<FlowEditCommand>()>;
} // namespace

Q_DECLARE_METATYPE(Factory)

class tst_FlowEditCommands : public QObject
{
    Q_OBJECT

private slots:
    void undoRedo_data();
    void undoRedo();
    void mergeTyping();
    void textEditKeepsInvalidText();
    void treeEditAfterInvalidTextUndoesToIt();
    void composite();
};

void tst_FlowEditCommands::undoRedo_data()
{
    QTest::addColumn<Factory>("factory");
    QTest::addColumn<QString>("path");          // a value to check after redo
    QTest::addColumn<QString>("expectedAfter"); // its text after redo ("<absent>" when removed)
    QTest::addColumn<qsizetype>("focus");

    QTest::newRow("set content") << Factory([] {
        return std::make_unique<SetValueCommand>(JsonPath{0, u"content"_s}, JsonValue::string(u"hi"_s));
    }) << u"0/content"_s << u"hi"_s << qsizetype(0);
    QTest::newRow("add condition (new member)") << Factory([] {
        JsonValue c = JsonValue::object();
        c.set(u"key"_s, JsonValue::string(u"paymentConfirm"_s));
        return std::make_unique<SetValueCommand>(JsonPath{0, u"condition"_s}, c);
    }) << u"0/condition/key"_s << u"paymentConfirm"_s << qsizetype(0);
    QTest::newRow("remove field") << Factory([] {
        return std::make_unique<SetValueCommand>(JsonPath{0, u"delay"_s}, std::nullopt);
    }) << u"0/delay"_s << u"<absent>"_s << qsizetype(0);
    QTest::newRow("set amount") << Factory([] {
        return std::make_unique<SetValueCommand>(JsonPath{1, u"buttons"_s, 0, u"amount"_s},
                                                 JsonValue::number(u"0.29"_s));
    }) << u"1/buttons/0/amount"_s << u"0.29"_s << qsizetype(1);
    QTest::newRow("replace message") << Factory([] {
        return std::make_unique<SetValueCommand>(JsonPath{0}, FlowTemplates::plainMessage());
    }) << u"0/x-unknown"_s << u"<absent>"_s << qsizetype(0);
    QTest::newRow("insert message") << Factory([] {
        return std::make_unique<InsertItemCommand>(JsonPath(), 1, FlowTemplates::paidBranch());
    }) << u"1/condition/value"_s << u"paid"_s << qsizetype(1);
    QTest::newRow("insert button") << Factory([] {
        JsonValue b = JsonValue::object();
        b.set(u"text"_s, JsonValue::string(u"Later"_s));
        b.set(u"value"_s, JsonValue::string(u"skip"_s));
        return std::make_unique<InsertItemCommand>(JsonPath{1, u"buttons"_s}, 1, b);
    }) << u"1/buttons/1/value"_s << u"skip"_s << qsizetype(1);
    QTest::newRow("delete message") << Factory([] {
        return std::make_unique<RemoveItemCommand>(JsonPath(), 0);
    }) << u"0/content"_s << u"pay?"_s << qsizetype(0);
    QTest::newRow("delete button") << Factory([] {
        return std::make_unique<RemoveItemCommand>(JsonPath{1, u"buttons"_s}, 0);
    }) << u"1/buttons/0"_s << u"<absent>"_s << qsizetype(1);
    QTest::newRow("move message down") << Factory([] {
        return std::make_unique<MoveItemCommand>(JsonPath(), 0, 1);
    }) << u"1/content"_s << u"hello"_s << qsizetype(1);
    QTest::newRow("edit text") << Factory([] {
        return std::make_unique<SetTextCommand>(u"[{\"content\": \"raw\"}]"_s);
    }) << u"0/content"_s << u"raw"_s << qsizetype(-1);
}

static QString valueAt(const FlowDocument &doc, const QString &slashPath)
{
    JsonPath path;
    for (const QString &part : slashPath.split(u'/')) {
        bool isIndex = false;
        const int i = part.toInt(&isIndex);
        path = isIndex ? path / qsizetype(i) : path / part;
    }
    const JsonValue *v = path.resolve(doc.root());
    if (!v)
        return u"<absent>"_s;
    return v->isObject() || v->isArray() ? u"<container>"_s : v->text();
}

void tst_FlowEditCommands::undoRedo()
{
    QFETCH(Factory, factory);
    QFETCH(QString, path);
    QFETCH(QString, expectedAfter);
    QFETCH(qsizetype, focus);

    FlowDocument doc = FlowDocument::fromText(seedText);
    QVERIFY(!doc.hasSyntaxError());
    const QString before = doc.text();
    const JsonValue rootBefore = doc.root();

    auto command = factory();
    QVERIFY(!command->text().isEmpty());
    QCOMPARE(command->focusMessage(), focus);
    command->redo(doc);
    QCOMPARE(valueAt(doc, path), expectedAfter);
    QVERIFY(doc.text() != before);
    const QString after = doc.text();
    // The text always matches the tree.
    auto reparsed = JsonParser::parse(after);
    QVERIFY(std::holds_alternative<JsonValue>(reparsed));
    QVERIFY(std::get<JsonValue>(reparsed) == doc.root());

    command->undo(doc);
    QCOMPARE(doc.text(), before); // byte for byte, unknown fields and layout included
    QVERIFY(doc.root() == rootBefore);

    command->redo(doc);
    QCOMPARE(doc.text(), after);
    command->undo(doc);
    QCOMPARE(doc.text(), before);

    // The same from canonical text, where undo writes the text again instead of keeping it.
    FlowDocument canonical = FlowDocument::fromText(JsonWriter::write(rootBefore));
    QVERIFY(canonical.isTextCanonical());
    QVERIFY(!doc.isTextCanonical());
    const QString canonicalBefore = canonical.text();
    auto again = factory();
    again->redo(canonical);
    QCOMPARE(valueAt(canonical, path), expectedAfter);
    again->undo(canonical);
    QCOMPARE(canonical.text(), canonicalBefore);
    QVERIFY(canonical.root() == rootBefore);
}

void tst_FlowEditCommands::mergeTyping()
{
    FlowDocument doc = FlowDocument::fromText(seedText);
    const QString before = doc.text();
    auto first = std::make_unique<SetValueCommand>(JsonPath{0, u"content"_s}, JsonValue::string(u"h"_s));
    first->setMergeable(true);
    first->redo(doc);
    SetValueCommand second(JsonPath{0, u"content"_s}, JsonValue::string(u"hi"_s));
    second.setMergeable(true);
    second.redo(doc);
    QVERIFY(first->mergeWith(second));
    SetValueCommand other(JsonPath{0, u"type"_s}, JsonValue::string(u"x"_s));
    other.setMergeable(true);
    QVERIFY(!first->mergeWith(other));
    QCOMPARE(valueAt(doc, u"0/content"_s), u"hi"_s);
    first->undo(doc);
    QCOMPARE(doc.text(), before);
    first->redo(doc);
    QCOMPARE(valueAt(doc, u"0/content"_s), u"hi"_s);
}

void tst_FlowEditCommands::textEditKeepsInvalidText()
{
    FlowDocument doc = FlowDocument::fromText(seedText);
    const JsonValue good = doc.root();
    const QString broken = u"[{\"content\": \"half"_s;
    SetTextCommand edit(broken);
    edit.redo(doc);
    QVERIFY(doc.hasSyntaxError());
    QCOMPARE(doc.text(), broken);
    QVERIFY(doc.root() == good); // the last good tree stays for the form
    edit.undo(doc);
    QVERIFY(!doc.hasSyntaxError());
    QCOMPARE(doc.text(), seedText);
}

void tst_FlowEditCommands::treeEditAfterInvalidTextUndoesToIt()
{
    FlowDocument doc = FlowDocument::fromText(u"[1, 2"_s);
    QVERIFY(doc.hasSyntaxError());
    InsertItemCommand insert(JsonPath(), 0, FlowTemplates::plainMessage());
    insert.redo(doc);
    QVERIFY(!doc.hasSyntaxError());
    QCOMPARE(doc.messageCount(), 1);
    insert.undo(doc);
    QVERIFY(doc.hasSyntaxError());
    QCOMPARE(doc.text(), u"[1, 2"_s);
}

void tst_FlowEditCommands::composite()
{
    FlowDocument doc = FlowDocument::fromText(seedText);
    const QString before = doc.text();
    CompositeCommand c(u"Insert payment branches"_s);
    c.add(std::make_unique<InsertItemCommand>(JsonPath(), 2, FlowTemplates::paidBranch()));
    c.add(std::make_unique<InsertItemCommand>(JsonPath(), 3, FlowTemplates::skipBranch()));
    c.redo(doc);
    QCOMPARE(doc.messageCount(), 4);
    QCOMPARE(c.focusMessage(), 3);
    QCOMPARE(valueAt(doc, u"3/condition/value"_s), u"skip"_s);
    c.undo(doc);
    QCOMPARE(doc.text(), before);
}

QTEST_GUILESS_MAIN(tst_FlowEditCommands)
#include "tst_floweditcommands.moc"
