#include "flow/flowdocument.h"
#include "flow/flowplayer.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

using Kind = FlowPlayer::Step::Kind;

namespace {
JsonValue seed()
{
    QFile f(qEnvironmentVariable("MCPAY_SOURCE_DIR") + u"/resources/flows/seed-payment.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return JsonValue::array();
    return FlowDocument::fromText(QString::fromUtf8(f.readAll())).root();
}

// Runs until the flow waits or ends; returns "S<i>" for shown, "-<i>" for skipped, "W" when waiting.
QString runUntilStop(FlowPlayer &player)
{
    QStringList events;
    while (true) {
        const FlowPlayer::Step step = player.next();
        if (step.kind == Kind::Finished)
            break;
        if (step.kind == Kind::Wait) {
            events << u"W"_s;
            break;
        }
        events << (step.kind == Kind::Show ? u"S%1"_s : u"-%1"_s).arg(step.index);
        if (step.kind == Kind::Skip && step.reason.isEmpty())
            return u"skip without reason"_s;
    }
    return events.join(u' ');
}
} // namespace

class tst_FlowPlayer : public QObject
{
    Q_OBJECT

private slots:
    void paths_data();
    void paths();
    void presetAnswers();
    void answerErrors();
};

void tst_FlowPlayer::paths_data()
{
    QTest::addColumn<int>("payButton");
    QTest::addColumn<int>("payment");
    QTest::addColumn<QString>("afterPayment");
    QTest::addColumn<QString>("stored");
    QTest::newRow("paid") << 0 << int(FlowPlayer::PaymentResult::Paid) << u"S3 -4 -5 S6"_s << u"paid"_s;
    QTest::newRow("failed") << 0 << int(FlowPlayer::PaymentResult::Failed) << u"-3 S4 -5 S6"_s << u"payment_failed"_s;
    QTest::newRow("cancelled") << 0 << int(FlowPlayer::PaymentResult::Cancelled) << u"-3 -4 -5 S6"_s
                               << u"payment_cancelled"_s;
    QTest::newRow("skip") << 1 << int(FlowPlayer::PaymentResult::Paid) << u"-3 -4 S5 S6"_s << u"skip"_s;
}

void tst_FlowPlayer::paths()
{
    QFETCH(int, payButton);
    QFETCH(int, payment);
    QFETCH(QString, afterPayment);
    QFETCH(QString, stored);

    FlowPlayer player(seed());
    player.start();
    QCOMPARE(runUntilStop(player), u"S0 S1 W"_s);
    QVERIFY(player.isWaiting());
    auto first = player.answer(1);
    QVERIFY(first.ok());
    QCOMPARE(*first, u"price"_s);
    QCOMPARE(runUntilStop(player), u"S2 W"_s);
    auto paid = player.answer(payButton, FlowPlayer::PaymentResult(payment));
    QVERIFY(paid.ok());
    QCOMPARE(*paid, stored);
    QCOMPARE(runUntilStop(player), afterPayment);
    QVERIFY(player.isFinished());
    QCOMPARE(player.answers().size(), 2);
    QCOMPARE(player.answers().at(0), qMakePair(u"interest"_s, u"price"_s));
    QCOMPARE(player.answerFor(u"paymentConfirm"_s), std::optional<QString>(stored));
}

void tst_FlowPlayer::presetAnswers()
{
    FlowPlayer player(seed());
    player.start(3, {{u"paymentConfirm"_s, u"payment_failed"_s}});
    QCOMPARE(runUntilStop(player), u"-3 S4 -5 S6"_s);
    const FlowPlayer::Step delayed = [&] {
        FlowPlayer p(seed());
        p.start(2);
        return p.next();
    }();
    QCOMPARE(delayed.kind, Kind::Show);
    QCOMPARE(delayed.delayMs, qint64(1000));
    QVERIFY(delayed.waits);
}

void tst_FlowPlayer::answerErrors()
{
    FlowPlayer player(seed());
    player.start();
    QVERIFY(!player.answer(0).ok()); // nothing waits yet
    QCOMPARE(runUntilStop(player), u"S0 S1 W"_s);
    QVERIFY(!player.answer(7).ok());
    QVERIFY(player.isWaiting());
}

QTEST_GUILESS_MAIN(tst_FlowPlayer)
#include "tst_flowplayer.moc"
