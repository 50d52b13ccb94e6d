#include "payments/cashierdialog.h"
#include "payments/notificationlogpage.h"
#include "payments/sandboxactions.h"
#include "payments/testpaymentpage.h"
#include "payments/testpaymentstepmodel.h"

#include "core/appcontext.h"
#include "flow/flowdocument.h"
#include "orders/orderrepository.h"
#include "sandbox/deliveryengine.h"
#include "sandbox/sandboxservice.h"
#include "testdatabases.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTimer>
#include <QMessageBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
constexpr int NetworkTimeoutMs = 30'000;

SandboxTrade sampleTrade(SandboxScene scene)
{
    SandboxTrade trade;
    trade.outTradeNo = u"MC202612042301150004"_s;
    trade.scene = scene;
    trade.appid = scene == SandboxScene::AlipayWap ? u"2021000000000001"_s : u"wx0123456789abcdef"_s;
    trade.mchid = scene == SandboxScene::AlipayWap ? QString() : u"1900000109"_s;
    trade.amount = Money::fromFen(40);
    trade.description = u"营销聊天诚意金"_s;
    return trade;
}

// The kinds of the main steps, in the order they appear in the timeline.
QList<TestPaymentStep::Kind> mainKinds(const TestPaymentStepModel &model)
{
    QList<TestPaymentStep::Kind> kinds;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto kind = TestPaymentStep::Kind(model.index(row, 0).data(TestPaymentStepModel::KindRole).toInt());
        if (kind != TestPaymentStep::Kind::Info && (kinds.isEmpty() || kinds.constLast() != kind))
            kinds.append(kind);
    }
    return kinds;
}
QString describe(const QList<TestPaymentStep::Kind> &kinds)
{
    QStringList names;
    for (TestPaymentStep::Kind kind : kinds)
        names << TestPaymentStepModel::kindDisplayName(kind);
    return names.join(u" → "_s);
}
} // namespace

class TestSandboxUi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stepModelPassesModelTester();
    void cashierShowsTheTrade_data();
    void cashierShowsTheTrade();
    void cashierAnswers_data();
    void cashierAnswers();
    void masksAndShortensSignatures();
    void paymentToEmbeddedListener_data();
    void paymentToEmbeddedListener();
    void refusedNotification_data();
    void refusedNotification();
    void invalidAmountRunsNothing();
    void flowPaymentButtonsFillTheAmount();
    void sandboxActionsExportAndMarker();
    void sessionIdentityWithoutKeychain();

private:
    // A context on a fresh SQLite database with the generated sandbox identity, the
    // notification page (its listener on a free port) and the console, shown.
    struct Fixture
    {
        Fixture(TestSandboxUi *test, const QString &name);
        AppContext context;
        Database db;
        bool opened;
        std::unique_ptr<NotificationLogPage> listener;
        std::unique_ptr<TestPaymentPage> console;
        NotificationLogPage &listenerPage;
        TestPaymentPage &page;
    };

    QTemporaryDir m_dir;
    TestDatabases m_dbs;
    std::optional<SandboxIdentity> m_identity;
};

TestSandboxUi::Fixture::Fixture(TestSandboxUi *test, const QString &name)
    : context(test->m_dir.filePath(name + u".ini"_s), u"mcpay-admin-test-"_s + name),
      db(test->m_dbs.createMigrated(u"sqlite"_s)),
      opened(context.openDatabase(db.url().toString(), {}, 0).ok()),
      listener(std::make_unique<NotificationLogPage>(&context)),
      console(std::make_unique<TestPaymentPage>(&context, listener.get())),
      listenerPage(*listener), page(*console)
{
    context.sandbox()->setIdentity(*test->m_identity);
    // A free port, not the default 8787 another program may hold.
    listenerPage.findChild<QSpinBox *>(u"listenerPort"_s)->setValue(0);
    page.show();
}

void TestSandboxUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto identity = SandboxIdentity::generate();
    QVERIFY2(identity.ok(), qPrintable(identity.errorMessage()));
    m_identity = *identity;
}

void TestSandboxUi::stepModelPassesModelTester()
{
    TestPaymentStepModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TestPaymentStep created{TestPaymentStep::Kind::OrderCreated, 1769760000000, u"Order MC1 created"_s, u"detail"_s, true};
    TestPaymentStep failed{TestPaymentStep::Kind::Failed, 1769760001234, u"Refused"_s, {}, false};
    model.append(created);
    model.append(failed);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(TestPaymentStepModel::ColumnCount));
    QCOMPARE(model.index(1, TestPaymentStepModel::Time).data().toString(), u"+1.234 s"_s);
    QCOMPARE(model.index(1, TestPaymentStepModel::Step).data().toString(), u"Refused"_s);
    QCOMPARE(model.index(0, 0).data(TestPaymentStepModel::DetailRole).toString(), u"detail"_s);
    QVERIFY(!model.index(1, 0).data(TestPaymentStepModel::OkRole).toBool());
    model.setSteps({created});
    QCOMPARE(model.rowCount(), 1);
    model.setSteps({});
    QCOMPARE(model.rowCount(), 0);
}

void TestSandboxUi::cashierShowsTheTrade_data()
{
    QTest::addColumn<SandboxScene>("scene");
    QTest::addColumn<QString>("merchant");
    QTest::newRow("wechat-mini-program") << SandboxScene::MiniProgram << u"1900000109"_s;
    QTest::newRow("alipay-wap") << SandboxScene::AlipayWap << u"2021000000000001"_s;
}

void TestSandboxUi::cashierShowsTheTrade()
{
    QFETCH(SandboxScene, scene);
    QFETCH(QString, merchant);
    const SandboxTrade trade = sampleTrade(scene);
    CashierDialog dialog(trade);
    QCOMPARE(dialog.findChild<QLabel *>(u"amount"_s)->text(), u"¥0.40"_s);
    QCOMPARE(dialog.findChild<QLabel *>(u"orderSn"_s)->text(), trade.outTradeNo);
    QCOMPARE(dialog.findChild<QLabel *>(u"merchant"_s)->text(), merchant);
    QVERIFY(dialog.findChild<QLabel *>(u"channel"_s)->text().contains(sandboxSceneDisplayName(scene)));
    QVERIFY(dialog.findChild<QPushButton *>(u"pay"_s)->isDefault());
    // Nothing is decided before the payer acts.
    QCOMPARE(dialog.outcome(), CashierOutcome::Cancel);
}

void TestSandboxUi::cashierAnswers_data()
{
    QTest::addColumn<QString>("button"); // empty: a key
    QTest::addColumn<int>("key");
    QTest::addColumn<CashierOutcome>("outcome");
    QTest::addColumn<int>("result");
    QTest::newRow("enter-pays") << QString() << int(Qt::Key_Return) << CashierOutcome::Pay << int(QDialog::Accepted);
    QTest::newRow("esc-cancels") << QString() << int(Qt::Key_Escape) << CashierOutcome::Cancel << int(QDialog::Rejected);
    QTest::newRow("pay") << u"pay"_s << 0 << CashierOutcome::Pay << int(QDialog::Accepted);
    QTest::newRow("cancel") << u"cancel"_s << 0 << CashierOutcome::Cancel << int(QDialog::Rejected);
    QTest::newRow("fail") << u"fail"_s << 0 << CashierOutcome::Fail << int(QDialog::Rejected);
    QTest::newRow("leave-unpaid") << u"leaveUnpaid"_s << 0 << CashierOutcome::LeaveUnpaid << int(QDialog::Rejected);
}

void TestSandboxUi::cashierAnswers()
{
    QFETCH(QString, button);
    QFETCH(int, key);
    QFETCH(CashierOutcome, outcome);
    QFETCH(int, result);
    CashierDialog dialog(sampleTrade(SandboxScene::MiniProgram));
    QSignalSpy decided(&dialog, &CashierDialog::decided);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (button.isEmpty())
        QTest::keyClick(&dialog, Qt::Key(key));
    else
        QTest::mouseClick(dialog.findChild<QPushButton *>(button), Qt::LeftButton);
    QCOMPARE(decided.size(), 1);
    QCOMPARE(decided.first().first().value<CashierOutcome>(), outcome);
    QCOMPARE(dialog.outcome(), outcome);
    QCOMPARE(dialog.result(), result);
    QVERIFY(!dialog.isVisible());
}

void TestSandboxUi::masksAndShortensSignatures()
{
    const QByteArray apiV3Key = "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb";
    const QString signature = QString(u'A').repeated(344);
    const QString text = u"Wechatpay-Signature: "_s + signature + u"\nAuthorization: WECHATPAY2-SHA256-RSA2048 mchid=\"1\",signature=\""_s
                         + signature + u"\"\nkey "_s + QString::fromLatin1(apiV3Key) + u"\nsign="_s + signature + u"&sign_type=RSA2"_s;
    const QString masked = TestPaymentPage::maskSecrets(text, apiV3Key);
    QVERIFY(!masked.contains(QString::fromLatin1(apiV3Key)));
    QVERIFY(!masked.contains(signature));
    QVERIFY(masked.contains(u"Wechatpay-Signature: AAAAAAAA…"_s));
    QVERIFY(masked.contains(u"signature=\"AAAAAAAA…\""_s));
    QVERIFY(masked.contains(u"sign=AAAAAAAA…&sign_type=RSA2"_s));
}

void TestSandboxUi::paymentToEmbeddedListener_data()
{
    QTest::addColumn<QString>("answer");   // the cashier button
    QTest::addColumn<bool>("paid");
    QTest::newRow("pay") << u"pay"_s << true;
    QTest::newRow("cancel") << u"cancel"_s << false;
}

void TestSandboxUi::paymentToEmbeddedListener()
{
    QFETCH(QString, answer);
    QFETCH(bool, paid);
    Fixture f(this, u"pay-"_s + answer);
    QVERIFY(f.opened);
    TestPaymentPage &page = f.page;

    auto *amount = page.findChild<QLineEdit *>(u"amount"_s);
    amount->clear();
    QTest::keyClicks(amount, u"0.40"_s);
    auto *scene = page.findChild<QComboBox *>(u"scene"_s);
    scene->setCurrentIndex(scene->findData(sandboxSceneKey(SandboxScene::MiniProgram)));
    auto *target = page.findChild<QComboBox *>(u"target"_s);
    target->setCurrentIndex(0); // the embedded listener

    QSignalSpy cashierOpened(&page, &TestPaymentPage::cashierOpened);
    QSignalSpy finished(&page, &TestPaymentPage::runFinished);
    QTest::mouseClick(page.findChild<QPushButton *>(u"run"_s), Qt::LeftButton);
    QCOMPARE(page.runCount(), 1);
    // The listener was started on demand, on the sandbox channels.
    QVERIFY(f.listenerPage.sandboxChannels());
    QVERIFY(!f.listenerPage.listenerBaseUrl().isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(cashierOpened.size(), 1, NetworkTimeoutMs);
    CashierDialog *cashier = page.cashierDialog();
    QVERIFY(cashier);
    QCOMPARE(QApplication::activeModalWidget(), cashier);
    TestPaymentRun *run = page.shownRun();
    QVERIFY(run);
    QVERIFY(!run->orderSn().isEmpty());
    QCOMPARE(cashier->findChild<QLabel *>(u"orderSn"_s)->text(), run->orderSn());
    QVERIFY(cashier->findChild<QLabel *>(u"amount"_s)->text().contains(u"0.40"_s));
    QCOMPARE(cashier->trade().amount, Money::fromFen(40));
    QTest::mouseClick(cashier->findChild<QPushButton *>(answer), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, NetworkTimeoutMs);
    const auto state = finished.first().at(1).value<TestPaymentRun::State>();
    QCOMPARE(state, paid ? TestPaymentRun::State::Paid : TestPaymentRun::State::NotPaid);

    // The timeline shows the run's steps in order.
    const TestPaymentStepModel &timeline = *page.timeline();
    QCOMPARE(timeline.rowCount(), int(run->steps().size()));
    using Kind = TestPaymentStep::Kind;
    const QList<Kind> kinds = mainKinds(timeline);
    const QList<Kind> expected = paid ? QList<Kind>{Kind::OrderCreated, Kind::Prepay, Kind::Cashier, Kind::NotificationAttempt,
                                                    Kind::Acknowledged, Kind::OrderPaid}
                                      : QList<Kind>{Kind::OrderCreated, Kind::Prepay, Kind::Cashier};
    QVERIFY2(kinds.mid(0, expected.size()) == expected, qPrintable(describe(kinds)));
    if (!paid) {
        QVERIFY(!kinds.contains(Kind::NotificationAttempt));
        QVERIFY(!kinds.contains(Kind::OrderPaid));
    }

    // The database agrees.
    const auto order = OrderRepository(f.db).findBySn(run->orderSn());
    QVERIFY(order.ok() && order->has_value());
    QCOMPARE((*order)->isPaid(), paid);
    QCOMPARE((*order)->amount, Money::fromFen(40));
    QVERIFY(!page.cashierDialog());

    if (!paid)
        return;
    QVERIFY2(page.statusText().contains(run->orderSn()) && page.statusText().contains(u"paid in"_s), qPrintable(page.statusText()));
    QCOMPARE((*order)->payWay, PayWay::WeChat);

    // Its delivery is listed, and a replay is acknowledged without paying twice.
    auto *deliveries = page.findChild<QTreeWidget *>(u"deliveries"_s);
    QTRY_COMPARE(deliveries->topLevelItemCount(), 1);
    DeliveryEngine *engine = f.context.sandbox()->delivery();
    const qint64 first = deliveries->topLevelItem(0)->data(0, Qt::UserRole).toLongLong();
    QCOMPARE(engine->delivery(first)->state, Delivery::State::Acknowledged);
    deliveries->setCurrentItem(deliveries->topLevelItem(0));
    QVERIFY(!page.findChild<QPlainTextEdit *>(u"stepDetail"_s)->toPlainText().isEmpty());
    QTest::mouseClick(page.findChild<QPushButton *>(u"replay"_s), Qt::LeftButton);
    QTRY_COMPARE(deliveries->topLevelItemCount(), 2);
    const qint64 replay = deliveries->topLevelItem(1)->data(0, Qt::UserRole).toLongLong();
    QCOMPARE(engine->delivery(replay)->replayOf, first);
    QTRY_COMPARE_WITH_TIMEOUT(engine->delivery(replay)->state, Delivery::State::Acknowledged, NetworkTimeoutMs);
    const auto again = OrderRepository(f.db).findBySn(run->orderSn());
    QCOMPARE((*again)->payTime, (*order)->payTime);
    QCOMPARE((*again)->transactionId, (*order)->transactionId);
}

void TestSandboxUi::refusedNotification_data()
{
    QTest::addColumn<bool>("retryFaulted");
    QTest::newRow("sent-once") << false;
    QTest::newRow("retried-by-hand") << true;
}

void TestSandboxUi::refusedNotification()
{
    QFETCH(bool, retryFaulted);
    Fixture f(this, u"refused"_s + QString::number(int(retryFaulted)));
    QVERIFY(f.opened);
    TestPaymentPage &page = f.page;
    auto *fault = page.findChild<QComboBox *>(u"fault"_s);
    fault->setCurrentIndex(fault->findData(SandboxNotify::faultKey(SandboxNotify::Fault::BadSignature)));
    QVERIFY(fault->currentIndex() > 0);
    auto *retry = page.findChild<QCheckBox *>(u"retryFaulted"_s);
    QVERIFY(retry->isEnabled());
    retry->setChecked(retryFaulted);
    auto *retries = page.findChild<QComboBox *>(u"retries"_s);
    retries->setCurrentIndex(retries->count() - 1); // by hand

    QSignalSpy cashierOpened(&page, &TestPaymentPage::cashierOpened);
    QSignalSpy finished(&page, &TestPaymentPage::runFinished);
    QVERIFY(page.run());
    QTRY_COMPARE_WITH_TIMEOUT(cashierOpened.size(), 1, NetworkTimeoutMs);
    QTest::keyClick(page.cashierDialog(), Qt::Key_Return);

    // The listener refuses the forged notification.
    auto *deliveries = page.findChild<QTreeWidget *>(u"deliveries"_s);
    QTRY_COMPARE_WITH_TIMEOUT(deliveries->topLevelItemCount(), 1, NetworkTimeoutMs);
    DeliveryEngine *engine = f.context.sandbox()->delivery();
    const qint64 id = deliveries->topLevelItem(0)->data(0, Qt::UserRole).toLongLong();
    const Delivery::State expected = retryFaulted ? Delivery::State::Waiting : Delivery::State::GaveUp;
    QTRY_COMPARE_WITH_TIMEOUT(engine->delivery(id)->state, expected, NetworkTimeoutMs);
    QCOMPARE(engine->delivery(id)->attempts.size(), 1);
    QVERIFY(!engine->delivery(id)->attempts.first().acknowledged);
    const QString sn = page.shownRun()->orderSn();
    QVERIFY(!(*OrderRepository(f.db).findBySn(sn))->isPaid());
    deliveries->setCurrentItem(deliveries->topLevelItem(0));
    auto *step = page.findChild<QPushButton *>(u"stepDelivery"_s);

    if (!retryFaulted) {
        // Sent once: the run ends unpaid and there is nothing to step.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, NetworkTimeoutMs);
        QCOMPARE(finished.first().at(1).value<TestPaymentRun::State>(), TestPaymentRun::State::NotPaid);
        QVERIFY(!step->isEnabled());
        return;
    }
    // The retry waits for the button.
    QVERIFY(step->isEnabled());
    QTest::mouseClick(step, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(engine->delivery(id)->attempts.size(), 2, NetworkTimeoutMs);
    QVERIFY(!engine->delivery(id)->attempts.at(1).acknowledged);
    QVERIFY(!(*OrderRepository(f.db).findBySn(sn))->isPaid());
    engine->cancel(id);
}

void TestSandboxUi::invalidAmountRunsNothing()
{
    Fixture f(this, u"invalid"_s);
    QVERIFY(f.opened);
    auto *amount = f.page.findChild<QLineEdit *>(u"amount"_s);
    amount->clear();
    QTest::keyClicks(amount, u"0.401"_s);
    QVERIFY(!f.page.findChild<QLabel *>(u"amountError"_s)->text().isEmpty());
    QVERIFY(!f.page.findChild<QPushButton *>(u"run"_s)->isEnabled());
    QVERIFY(!f.page.run());
    QCOMPARE(f.page.runCount(), 0);
    QVERIFY(f.listenerPage.listenerBaseUrl().isEmpty());
}

void TestSandboxUi::flowPaymentButtonsFillTheAmount()
{
    const FlowDocument flow = FlowDocument::fromText(QString::fromUtf8(R"([
        {"type": "service", "content": "你好"},
        {"type": "service", "content": "锁定名额需支付预约金", "waitForResponse": true, "responseKey": "deposit",
         "buttons": [{"text": "支付 ¥1.99", "value": "pay", "type": "payment", "amount": 1.99},
                     {"text": "先了解一下", "value": "later"}]},
        {"type": "service", "content": "诚意金", "waitForResponse": true, "responseKey": "paymentConfirm",
         "buttons": [{"text": "确认支付", "value": "pay", "type": "payment", "amount": 0.4}]}
    ])"));
    const QList<FlowPaymentButton> buttons = TestPaymentPage::paymentButtons(flow);
    QCOMPARE(buttons.size(), 2);
    QCOMPARE(buttons.at(0).message, 1);
    QCOMPARE(buttons.at(0).amountText, u"1.99"_s);
    QCOMPARE(buttons.at(1).message, 2);
    QCOMPARE(buttons.at(1).amountText, u"0.4"_s);
    QVERIFY(buttons.at(1).label.contains(u"确认支付"_s));

    Fixture f(this, u"flow"_s);
    f.page.setPaymentButtonProvider([&flow] { return TestPaymentPage::paymentButtons(flow); });
    auto *combo = f.page.findChild<QComboBox *>(u"flowButton"_s);
    QCOMPARE(combo->count(), 3); // the prompt and the two buttons
    QVERIFY(combo->isEnabled());
    auto *amount = f.page.findChild<QLineEdit *>(u"amount"_s);
    amount->setText(u"5"_s);
    QSignalSpy activated(combo, &QComboBox::activated);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down); // the 1.99 button
    QTest::keyClick(combo, Qt::Key_Down); // the 0.4 button
    QCOMPARE(activated.size(), 2);
    QCOMPARE(amount->text(), u"0.40"_s); // written as an exact amount

    f.page.setPaymentButtonProvider([] { return QList<FlowPaymentButton>(); });
    QCOMPARE(combo->count(), 1);
    QVERIFY(!combo->isEnabled());
}

void TestSandboxUi::sandboxActionsExportAndMarker()
{
    Fixture f(this, u"actions"_s);
    SandboxActions *actions = f.page.sandboxActions();
    QLabel *marker = actions->createStatusMarker(&f.page);
    QVERIFY(!f.listenerPage.sandboxChannels());
    QVERIFY(marker->isHidden());

    // Checking the action uses the sandbox channels, is remembered and shows the marker.
    actions->useSandboxChannelsAction()->setChecked(true);
    QVERIFY(f.listenerPage.sandboxChannels());
    QVERIFY(!marker->isHidden());
    QCOMPARE(f.context.settings().value(u"sandbox/active"_s).toBool(), true);
    // The listener starts on the sandbox channels and follows the switch back.
    const QUrl base = f.listenerPage.ensureSandboxListener(&f.page);
    QVERIFY(!base.isEmpty());
    actions->useSandboxChannelsAction()->setChecked(false);
    QVERIFY(!f.listenerPage.sandboxChannels());
    QVERIFY(marker->isHidden());
    QCOMPARE(f.context.settings().value(u"sandbox/active"_s).toBool(), false);
    f.listenerPage.stopListener();

    // Export into a given folder writes the identity's files.
    const QString dir = m_dir.filePath(u"export"_s);
    QSignalSpy status(actions, &SandboxActions::statusMessage);
    QVERIFY(actions->exportIdentity(dir));
    QCOMPARE(status.size(), 1);
    QVERIFY(QFile::exists(QDir(dir).filePath(u"README.md"_s)));
    QVERIFY(QFile::exists(QDir(dir).filePath(u"wechat/pub_key.pem"_s)));
}

void TestSandboxUi::sessionIdentityWithoutKeychain()
{
    // A context whose sandbox has no identity yet, as on a machine without a Secret Service.
    AppContext context(m_dir.filePath(u"session.ini"_s), u"mcpay-admin-test-session"_s);
    NotificationLogPage listener(&context);
    TestPaymentPage page(&context, &listener);
    SandboxActions *actions = page.sandboxActions();
    context.sandbox()->setIdentity({});
    QVERIFY(!context.sandbox()->hasIdentity());

    // The offer is answered with Yes once the question is up.
    QString question;
    QTimer::singleShot(0, this, [&question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        question = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    QSignalSpy created(actions, &SandboxActions::identityCreated);
    QVERIFY(actions->createSessionIdentity(u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s));
    QVERIFY(question.contains(u"Cannot autolaunch D-Bus"_s)); // the keychain's reason is shown
    QCOMPARE(created.size(), 1);
    QVERIFY(context.sandbox()->hasIdentity());
    // Nothing went to the keychain.
    QVERIFY(!SandboxIdentity::loadFrom(*context.secrets()).ok());
}

QTEST_MAIN(TestSandboxUi)
#include "tst_sandboxui.moc"
