#include "flow/flowdocument.h"
#include "flow/flowpreviewdialog.h"

#include <QFile>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
JsonValue seed()
{
    QFile f(qEnvironmentVariable("MCPAY_SOURCE_DIR") + u"/resources/flows/seed-payment.json"_s);
    f.open(QIODevice::ReadOnly);
    return FlowDocument::fromText(QString::fromUtf8(f.readAll())).root();
}

QStringList bots(const QStringList &transcript)
{
    QStringList result;
    for (const QString &line : transcript) {
        if (!line.startsWith(u"note: "_s))
            result << line;
    }
    return result;
}
} // namespace

class tst_FlowPreview : public QObject
{
    Q_OBJECT

private slots:
    void playsThePaidPath();
    void failedPaymentThroughTheMenu();
    void startsFromAMessageWithPresetAnswers();
    void typingDelayIsScaled();
};

void tst_FlowPreview::playsThePaidPath()
{
    FlowPreviewDialog dialog(seed());
    dialog.setSpeed(FlowPreviewDialog::Speed::Instant);
    dialog.restart(0);
    QCOMPARE(bots(dialog.transcript()),
             (QStringList{u"bot: 您好！欢迎咨询，我是您的专属顾问。"_s, u"bot: 请问您想了解哪方面的服务？"_s}));
    QVERIFY(dialog.player().isWaiting());
    const auto buttons = dialog.findChildren<QPushButton *>();
    QPushButton *price = nullptr;
    for (QPushButton *b : buttons) {
        if (b->text() == u"价格咨询"_s)
            price = b;
    }
    QVERIFY(price);
    QTest::mouseClick(price, Qt::LeftButton);
    QVERIFY(dialog.transcript().contains(u"me: 价格咨询"_s));
    QVERIFY(dialog.choose(0, FlowPlayer::PaymentResult::Paid));
    QVERIFY(dialog.transcript().contains(u"bot: ✓ 支付成功！感谢您的信任，我们将为您提供优质服务。"_s));
    QVERIFY(!dialog.transcript().contains(u"bot: 支付未完成，您可以稍后在本页面重新支付。"_s));
    QCOMPARE(dialog.transcript().last(), u"note: End of the conversation."_s);
    // The skipped messages are listed as notes, with the reason.
    QVERIFY(dialog.transcript().filter(u"Skipped message 4"_s).size() == 1);
    QTableWidget *answers = dialog.answersTable();
    QCOMPARE(answers->rowCount(), 2);
    QCOMPARE(answers->item(1, 0)->text(), u"paymentConfirm"_s);
    QCOMPARE(answers->item(1, 1)->text(), u"paid"_s);

    // For people to look at (scripts/screenshot.sh sets the folder).
    if (const QString dir = qEnvironmentVariable("MCPAY_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(dir + u"/flow-preview.png"_s));
    }
}

void tst_FlowPreview::failedPaymentThroughTheMenu()
{
    FlowPreviewDialog dialog(seed());
    dialog.setSpeed(FlowPreviewDialog::Speed::Instant);
    dialog.setShowSkipped(false);
    dialog.restart(2);
    QPushButton *pay = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text() == u"立即支付 ¥0.40"_s)
            pay = b;
    }
    QVERIFY(pay);
    QVERIFY(pay->menu());
    QCOMPARE(pay->menu()->actions().size(), 3);
    pay->menu()->actions().at(2)->trigger(); // payment fails
    QVERIFY(dialog.transcript().contains(u"me: 立即支付 ¥0.40 → payment_failed"_s));
    QVERIFY(dialog.transcript().contains(u"bot: 支付未完成，您可以稍后在本页面重新支付。"_s));
    QVERIFY(dialog.transcript().filter(u"Skipped"_s).isEmpty());
}

void tst_FlowPreview::startsFromAMessageWithPresetAnswers()
{
    FlowPreviewDialog dialog(seed());
    dialog.setSpeed(FlowPreviewDialog::Speed::Instant);
    dialog.restart(3, {{u"paymentConfirm"_s, u"skip"_s}});
    QCOMPARE(bots(dialog.transcript()), (QStringList{u"bot: 没关系，您可以先了解我们的服务，随时可以再支付诚意金。"_s,
                                                     u"bot: 顾问稍后会联系您，请保持电话畅通。"_s}));
    QCOMPARE(dialog.answersTable()->rowCount(), 1);
}

void tst_FlowPreview::typingDelayIsScaled()
{
    FlowPreviewDialog dialog(seed());
    dialog.setSpeed(FlowPreviewDialog::Speed::Fast);
    QSignalSpy spy(&dialog, &FlowPreviewDialog::transcriptChanged);
    dialog.restart(0);
    QVERIFY(bots(dialog.transcript()).isEmpty()); // the first bubble waits for its delay
    QTRY_COMPARE(bots(dialog.transcript()).size(), 2);
    QVERIFY(dialog.player().isWaiting());
}

QTEST_MAIN(tst_FlowPreview)
#include "tst_flowpreview.moc"
