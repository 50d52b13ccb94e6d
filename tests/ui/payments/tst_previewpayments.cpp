// The payment-aware flow preview: a payment button of the seed's flow pays through the
// sandbox — a real order, the cashier, a signed notification delivered over a socket to the
// embedded listener — and the chat goes on only when the run has an outcome: "paid" once
// the listener has applied the notification, or the failure branch.
#include "flow/flowdocument.h"
#include "flow/flowpreviewdialog.h"
#include "payments/cashierdialog.h"
#include "payments/consolepreviewpayments.h"
#include "payments/notificationlogpage.h"
#include "payments/testpaymentpage.h"

#include "core/appcontext.h"
#include "orders/orderrepository.h"
#include "sandbox/sandboxservice.h"
#include "testdatabases.h"

#include <QFile>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int NetworkTimeoutMs = 30'000;

JsonValue seedFlow()
{
    QFile f(qEnvironmentVariable("MCPAY_SOURCE_DIR") + u"/resources/flows/seed-payment.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("seed flow missing");
    return FlowDocument::fromText(QString::fromUtf8(f.readAll())).root();
}
} // namespace

class TestPreviewPayments final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void paymentButtonPaysInTheSandbox_data();
    void paymentButtonPaysInTheSandbox();

private:
    QTemporaryDir m_dir;
    TestDatabases m_dbs;
    std::optional<SandboxIdentity> m_identity;
};

void TestPreviewPayments::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto identity = SandboxIdentity::generate();
    QVERIFY2(identity.ok(), qPrintable(identity.errorMessage()));
    m_identity = *identity;
}

void TestPreviewPayments::paymentButtonPaysInTheSandbox_data()
{
    QTest::addColumn<CashierOutcome>("outcome");
    QTest::addColumn<QString>("answer");     // paymentConfirm afterwards; empty: still waiting
    QTest::addColumn<QString>("nextBubble"); // what the bot says next
    QTest::addColumn<bool>("paid");
    QTest::newRow("pay") << CashierOutcome::Pay << u"paid"_s << u"bot: ✓ 支付成功！感谢您的信任，我们将为您提供优质服务。"_s << true;
    QTest::newRow("fail") << CashierOutcome::Fail << u"payment_failed"_s << u"bot: 支付未完成，您可以稍后在本页面重新支付。"_s
                          << false;
    QTest::newRow("cancel") << CashierOutcome::Cancel << u"payment_cancelled"_s << u"bot: 顾问稍后会联系您，请保持电话畅通。"_s
                            << false;
    QTest::newRow("leave") << CashierOutcome::LeaveUnpaid << QString() << QString() << false;
}

void TestPreviewPayments::paymentButtonPaysInTheSandbox()
{
    QFETCH(CashierOutcome, outcome);
    QFETCH(QString, answer);
    QFETCH(QString, nextBubble);
    QFETCH(bool, paid);

    const QString name = QString::fromLatin1(QTest::currentDataTag());
    AppContext context(m_dir.filePath(name + u".ini"_s), u"mcpay-admin-test-preview-"_s + name);
    const Database db = m_dbs.createMigrated(u"sqlite"_s);
    QVERIFY(context.openDatabase(db.url().toString(), {}, 0).ok());
    context.sandbox()->setIdentity(*m_identity);
    NotificationLogPage listener(&context);
    listener.findChild<QSpinBox *>(u"listenerPort"_s)->setValue(0);
    TestPaymentPage console(&context, &listener);
    ConsolePreviewPayments payments(&console);

    FlowPreviewDialog dialog(seedFlow());
    dialog.setPayments(&payments);
    dialog.setSpeed(FlowPreviewDialog::Speed::Instant);
    dialog.setShowSkipped(false);
    dialog.restart(2);
    QVERIFY(dialog.player().isWaiting());

    // The payment button offers the sandbox first, then the simulated outcomes.
    QPushButton *pay = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text() == u"立即支付 ¥0.40"_s)
            pay = b;
    QVERIFY(pay && pay->menu());
    QCOMPARE(pay->menu()->actions().size(), 5); // sandbox, separator, paid / cancelled / failed

    // While the cashier is open, the chat still waits and nothing is answered.
    bool waitingAtCashier = false;
    connect(&console, &TestPaymentPage::cashierOpened, this, [&](CashierDialog *cashier) {
        waitingAtCashier = dialog.player().isWaiting() && !dialog.player().answerFor(u"paymentConfirm"_s)
                           && dialog.isPaying() && cashier->trade().amount == Money::fromFen(40);
        cashier->decide(outcome);
    });
    // When the preview hears the outcome, the order is already as the listener left it.
    std::optional<bool> paidWhenResumed;
    connect(&dialog, &FlowPreviewDialog::paymentFinished, this, [&] {
        const TestPaymentRun *run = console.shownRun();
        auto order = OrderRepository(db).findBySn(run ? run->orderSn() : QString());
        paidWhenResumed = order.ok() && order->has_value() && (*order)->isPaid();
    });
    pay->menu()->actions().first()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(paidWhenResumed.has_value(), NetworkTimeoutMs);
    QVERIFY(waitingAtCashier);
    QCOMPARE(*paidWhenResumed, paid);
    QVERIFY(!dialog.isPaying());
    QCOMPARE(console.runCount(), 1); // the run is in the console's history

    if (answer.isEmpty()) {
        QVERIFY(dialog.player().isWaiting()); // left unpaid: the chat keeps waiting
        QVERIFY(!dialog.player().answerFor(u"paymentConfirm"_s));
        QVERIFY(pay->isEnabled());
        return;
    }
    QCOMPARE(dialog.player().answerFor(u"paymentConfirm"_s).value_or(QString()), answer);
    QVERIFY2(dialog.transcript().contains(nextBubble), qPrintable(dialog.transcript().join(u'\n')));
    if (paid) {
        // The chat says the payment was applied by the listener, not simulated.
        QVERIFY2(dialog.transcript().filter(u"the listener applied the signed notification"_s).size() == 1, qPrintable(dialog.transcript().join(u'\n')));
    }
}

QTEST_MAIN(TestPreviewPayments)
#include "tst_previewpayments.moc"
