#include "flow/flowvalidator.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// A payment message in one line, with a placeholder for the amount.
QString pay(const QString &amount, const QString &extra = u",\"waitForResponse\":true,\"responseKey\":\"p\""_s)
{
    return u"{\"type\":\"service\",\"content\":\"pay\"%1,\"buttons\":[{\"text\":\"Pay\",\"value\":\"pay\","
           "\"type\":\"payment\"%2},{\"text\":\"No\",\"value\":\"skip\"}]}"_s
        .arg(extra, amount.isNull() ? QString() : u",\"amount\":"_s + amount);
}

QString msg(const QString &content, const QString &extra = {})
{
    return u"{\"type\":\"service\",\"content\":\"%1\"%2}"_s.arg(content, extra);
}

QString cond(const QString &key, const QString &value)
{
    return u",\"condition\":{\"key\":\"%1\",\"value\":\"%2\"}"_s.arg(key, value);
}

QString ask(const QString &key, const QStringList &values)
{
    QStringList buttons;
    for (const QString &v : values)
        buttons << u"{\"text\":\"%1\",\"value\":\"%1\"}"_s.arg(v);
    return u",\"waitForResponse\":true,\"responseKey\":\"%1\",\"buttons\":[%2]"_s.arg(key, buttons.join(u','));
}

QString flow(const QStringList &messages)
{
    return u'[' + messages.join(u",\n") + u']';
}

QStringList codesOf(const QList<FlowDiagnostic> &ds)
{
    QStringList codes;
    for (const FlowDiagnostic &d : ds)
        codes << d.code;
    return codes;
}
} // namespace

class tst_FlowValidator : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void everyCodeIsTested();
    void seedFlowIsClean();
    void positionsPointAtTheValue();
    void maxAmountIsConfigurable();
    void diagnosticLine();

private:
    QSet<QString> m_testedCodes;
};

void tst_FlowValidator::rules_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("bad");      // must produce the code
    QTest::addColumn<QString>("path");     // at this path
    QTest::addColumn<QString>("good");     // a near miss that must not
    QTest::addColumn<int>("severity");

    const int E = int(FlowDiagnostic::Severity::Error);
    const int W = int(FlowDiagnostic::Severity::Warning);
    const int I = int(FlowDiagnostic::Severity::Info);

    QTest::newRow("json-syntax") << u"json-syntax"_s << u"[{\"content\":\"x\",}]"_s << QString()
                                 << u"[{\"content\":\"x\"}]"_s << E;
    QTest::newRow("flow-not-array") << u"flow-not-array"_s << msg(u"x"_s) << QString() << flow({msg(u"x"_s)}) << E;
    QTest::newRow("message-not-object") << u"message-not-object"_s << u"[\"hello\"]"_s << u"[0]"_s
                                        << flow({msg(u"hello"_s)}) << E;
    QTest::newRow("field-type delay") << u"field-type"_s << flow({msg(u"x"_s, u",\"delay\":\"1000\""_s)})
                                      << u"[0].delay"_s << flow({msg(u"x"_s, u",\"delay\":1000"_s)}) << E;
    QTest::newRow("field-type wait") << u"field-type"_s << flow({msg(u"x"_s, u",\"waitForResponse\":\"true\""_s)})
                                     << u"[0].waitForResponse"_s << flow({msg(u"x"_s)}) << E;
    QTest::newRow("duplicate-key") << u"duplicate-key"_s << u"[{\"content\":\"a\",\"content\":\"b\"}]"_s
                                   << u"[0].content"_s << u"[{\"content\":\"b\"}]"_s << W;
    QTest::newRow("unknown-field") << u"unknown-field"_s << u"[{\"content\":\"a\",\"responsKey\":\"k\"}]"_s
                                   << u"[0].responsKey"_s << u"[{\"content\":\"a\",\"x-custom\":\"k\"}]"_s << I;

    QTest::newRow("payment-amount-missing") << u"payment-amount-missing"_s << flow({pay(QString())})
                                            << u"[0].buttons[0].amount"_s << flow({pay(u"0.4"_s)}) << E;
    QTest::newRow("payment-amount-string") << u"payment-amount-string"_s << flow({pay(u"\"0.40\""_s)})
                                           << u"[0].buttons[0].amount"_s << flow({pay(u"0.40"_s)}) << E;
    QTest::newRow("payment-amount-not-number") << u"payment-amount-not-number"_s << flow({pay(u"true"_s)})
                                               << u"[0].buttons[0].amount"_s << flow({pay(u"1"_s)}) << E;
    QTest::newRow("payment-amount-not-positive zero") << u"payment-amount-not-positive"_s << flow({pay(u"0"_s)})
                                                      << u"[0].buttons[0].amount"_s << flow({pay(u"0.01"_s)}) << E;
    QTest::newRow("payment-amount-not-positive negative") << u"payment-amount-not-positive"_s
                                                          << flow({pay(u"-0.4"_s)}) << u"[0].buttons[0].amount"_s
                                                          << flow({pay(u"0.4"_s)}) << E;
    QTest::newRow("payment-amount-precision") << u"payment-amount-precision"_s << flow({pay(u"0.299"_s)})
                                              << u"[0].buttons[0].amount"_s << flow({pay(u"0.29"_s)}) << E;
    QTest::newRow("payment-amount-invalid") << u"payment-amount-invalid"_s << flow({pay(u"4e-1"_s)})
                                            << u"[0].buttons[0].amount"_s << flow({pay(u"0.4"_s)}) << E;
    QTest::newRow("payment-amount-too-large") << u"payment-amount-too-large"_s << flow({pay(u"5000.01"_s)})
                                              << u"[0].buttons[0].amount"_s << flow({pay(u"5000.00"_s)}) << E;
    QTest::newRow("payment-needs-wait") << u"payment-needs-wait"_s
                                        << flow({pay(u"0.4"_s, u",\"responseKey\":\"p\""_s)}) << u"[0]"_s
                                        << flow({pay(u"0.4"_s)}) << E;
    QTest::newRow("payment-needs-response-key") << u"payment-needs-response-key"_s
                                                << flow({pay(u"0.4"_s, u",\"waitForResponse\":true"_s)}) << u"[0]"_s
                                                << flow({pay(u"0.4"_s)}) << E;

    QTest::newRow("condition-incomplete") << u"condition-incomplete"_s
                                          << flow({msg(u"a"_s, ask(u"k"_s, {u"x"_s})),
                                                   msg(u"b"_s, u",\"condition\":{\"key\":\"k\"}"_s)})
                                          << u"[1].condition"_s
                                          << flow({msg(u"a"_s, ask(u"k"_s, {u"x"_s})), msg(u"b"_s, cond(u"k"_s, u"x"_s))})
                                          << E;
    QTest::newRow("condition-key-unknown misspelt")
        << u"condition-key-unknown"_s << flow({pay(u"0.4"_s), msg(u"ok"_s, cond(u"P"_s, u"paid"_s))})
        << u"[1].condition.key"_s << flow({pay(u"0.4"_s), msg(u"ok"_s, cond(u"p"_s, u"paid"_s))}) << E;
    QTest::newRow("condition-key-unknown set later")
        << u"condition-key-unknown"_s << flow({msg(u"ok"_s, cond(u"k"_s, u"x"_s)), msg(u"a"_s, ask(u"k"_s, {u"x"_s}))})
        << u"[0].condition.key"_s << flow({msg(u"a"_s, ask(u"k"_s, {u"x"_s})), msg(u"ok"_s, cond(u"k"_s, u"x"_s))})
        << E;
    QTest::newRow("condition-value-unreachable")
        << u"condition-value-unreachable"_s << flow({pay(u"0.4"_s), msg(u"ok"_s, cond(u"p"_s, u"success"_s))})
        << u"[1].condition.value"_s << flow({pay(u"0.4"_s), msg(u"ok"_s, cond(u"p"_s, u"payment_cancelled"_s))})
        << W;
    // "a" is asked, then asked again unconditionally with other answers: "x" can no longer hold.
    QTest::newRow("message-unreachable overwritten")
        << u"message-unreachable"_s
        << flow({msg(u"q1"_s, ask(u"a"_s, {u"x"_s, u"y"_s})), msg(u"q2"_s, ask(u"a"_s, {u"z"_s})),
                 msg(u"never"_s, cond(u"a"_s, u"x"_s))})
        << u"[2]"_s
        << flow({msg(u"q1"_s, ask(u"a"_s, {u"x"_s, u"y"_s})), msg(u"q2"_s, ask(u"a"_s, {u"z"_s}) + cond(u"a"_s, u"y"_s)),
                 msg(u"sometimes"_s, cond(u"a"_s, u"x"_s))})
        << W;
    // The only message setting "b" needs a = y, which is impossible: so b = v never holds.
    QTest::newRow("message-unreachable chain")
        << u"message-unreachable"_s
        << flow({msg(u"q1"_s, ask(u"a"_s, {u"x"_s})), msg(u"q2"_s, ask(u"b"_s, {u"v"_s}) + cond(u"a"_s, u"x"_s)),
                 msg(u"q3"_s, ask(u"a"_s, {u"w"_s})), msg(u"never"_s, cond(u"a"_s, u"x"_s))})
        << u"[3]"_s
        << flow({msg(u"q1"_s, ask(u"a"_s, {u"x"_s})), msg(u"q2"_s, ask(u"b"_s, {u"v"_s}) + cond(u"a"_s, u"x"_s)),
                 msg(u"reached"_s, cond(u"b"_s, u"v"_s))})
        << W;
    QTest::newRow("response-key-duplicate")
        << u"response-key-duplicate"_s << flow({msg(u"q1"_s, ask(u"a"_s, {u"x"_s, u"y"_s})), msg(u"q2"_s, ask(u"a"_s, {u"z"_s}))})
        << u"[1].responseKey"_s
        << flow({msg(u"q1"_s, ask(u"a"_s, {u"x"_s, u"y"_s})), msg(u"q2"_s, ask(u"b"_s, {u"z"_s}) + cond(u"a"_s, u"x"_s)),
                 msg(u"q3"_s, ask(u"b"_s, {u"z"_s}) + cond(u"a"_s, u"y"_s))})
        << W;
    QTest::newRow("button-value-duplicate") << u"button-value-duplicate"_s
                                            << flow({msg(u"q"_s, ask(u"a"_s, {u"x"_s, u"x"_s}))})
                                            << u"[0].buttons[1].value"_s << flow({msg(u"q"_s, ask(u"a"_s, {u"x"_s, u"y"_s}))})
                                            << E;
    QTest::newRow("content-empty") << u"content-empty"_s << flow({msg(u" "_s)}) << u"[0].content"_s
                                   << flow({msg(u"hi"_s)}) << W;
    QTest::newRow("button-text-empty") << u"button-text-empty"_s
                                       << flow({msg(u"q"_s, u",\"waitForResponse\":true,\"responseKey\":\"a\",\"buttons\":"
                                                           "[{\"text\":\"\",\"value\":\"x\"}]"_s)})
                                       << u"[0].buttons[0].text"_s << flow({msg(u"q"_s, ask(u"a"_s, {u"x"_s}))}) << E;
    QTest::newRow("delay-negative") << u"delay-negative"_s << flow({msg(u"x"_s, u",\"delay\":-5"_s)}) << u"[0].delay"_s
                                    << flow({msg(u"x"_s, u",\"delay\":0"_s)}) << E;
    QTest::newRow("delay-too-long") << u"delay-too-long"_s << flow({msg(u"x"_s, u",\"delay\":60001"_s)})
                                    << u"[0].delay"_s << flow({msg(u"x"_s, u",\"delay\":60000"_s)}) << W;
    QTest::newRow("wait-without-answer") << u"wait-without-answer"_s
                                         << flow({msg(u"x"_s, u",\"waitForResponse\":true,\"responseKey\":\"k\""_s)})
                                         << u"[0].waitForResponse"_s << flow({msg(u"x"_s, ask(u"k"_s, {u"a"_s}))}) << W;
    QTest::newRow("response-key-without-wait") << u"response-key-without-wait"_s
                                               << flow({msg(u"x"_s, u",\"responseKey\":\"k\""_s)}) << u"[0]"_s
                                               << flow({msg(u"x"_s, ask(u"k"_s, {u"a"_s}))}) << W;
}

void tst_FlowValidator::rules()
{
    QFETCH(QString, code);
    QFETCH(QString, bad);
    QFETCH(QString, path);
    QFETCH(QString, good);
    QFETCH(int, severity);
    m_testedCodes.insert(code);

    const FlowValidator validator;
    const QList<FlowDiagnostic> found = validator.validate(FlowDocument::fromText(bad));
    const auto it = std::find_if(found.cbegin(), found.cend(), [&](const FlowDiagnostic &d) { return d.code == code; });
    QVERIFY2(it != found.cend(), qPrintable(codesOf(found).join(u", ")));
    QCOMPARE(it->path, path);
    QCOMPARE(int(it->severity), severity);
    QVERIFY(it->line >= 1);
    QVERIFY(it->column >= 1);
    QVERIFY(!it->message.isEmpty());

    const QList<FlowDiagnostic> clean = validator.validate(FlowDocument::fromText(good));
    QVERIFY2(!codesOf(clean).contains(code), qPrintable(codesOf(clean).join(u", ")));
}

void tst_FlowValidator::everyCodeIsTested()
{
    for (const QString &code : FlowValidator::codes())
        QVERIFY2(m_testedCodes.contains(code), qPrintable(code));
}

void tst_FlowValidator::seedFlowIsClean()
{
    for (const char *name : {"seed-payment.json", "demo-consultation.json"}) {
        QFile f(qEnvironmentVariable("MCPAY_SOURCE_DIR") + u"/resources/flows/"_s + QLatin1StringView(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto found = FlowValidator().validate(FlowDocument::fromText(QString::fromUtf8(f.readAll())));
        QVERIFY2(found.isEmpty(), qPrintable(found.isEmpty() ? QString() : found.first().toLine()));
    }
}

void tst_FlowValidator::positionsPointAtTheValue()
{
    const QString text = u"[\n    {\n        \"content\": \"pay\",\n        \"waitForResponse\": true,\n"
                         "        \"responseKey\": \"p\",\n        \"buttons\": [\n            {\n"
                         "                \"text\": \"Pay\",\n                \"type\": \"payment\",\n"
                         "                \"amount\": 0.299\n            }\n        ]\n    }\n]\n"_s;
    const auto found = FlowValidator().validate(FlowDocument::fromText(text));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().code, u"payment-amount-precision"_s);
    QCOMPARE(found.first().line, 10);
    QCOMPARE(found.first().column, 27);
    QCOMPARE(text.mid(found.first().offset, 5), u"0.299"_s);
    QCOMPARE(found.first().messageIndex, 0);
}

void tst_FlowValidator::maxAmountIsConfigurable()
{
    FlowValidator::Options options;
    options.maxAmount = Money::fromFen(100);
    const FlowValidator strict(options);
    QVERIFY(codesOf(strict.validate(FlowDocument::fromText(flow({pay(u"1.01"_s)})))).contains(u"payment-amount-too-large"_s));
    QVERIFY(strict.validate(FlowDocument::fromText(flow({pay(u"1.00"_s)}))).isEmpty());
}

void tst_FlowValidator::diagnosticLine()
{
    FlowDiagnostic d;
    d.severity = FlowDiagnostic::Severity::Warning;
    d.code = u"delay-too-long"_s;
    d.line = 3;
    d.column = 7;
    d.path = u"[0].delay"_s;
    d.message = u"Too long."_s;
    QCOMPARE(d.toLine(u"f.json"_s), u"f.json:3:7: warning: delay-too-long: Too long. [[0].delay]"_s);
}

QTEST_GUILESS_MAIN(tst_FlowValidator)
#include "tst_flowvalidator.moc"
