#include "listener/boundedhttpserver.h"
#include "listener/notifylistener.h"
#include "orders/orderrepository.h"
#include "orders/prepayjournal.h"
#include "sandbox/sandboxservice.h"
#include "sandbox/testpaymentrun.h"
#include "secrets/secretstore.h"

#include "../listener/httptestclient.h"
#include "testdatabases.h"

#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using SandboxNotify::Fault;
using Kind = TestPaymentStep::Kind;


// Test payments end to end over real sockets: a sandbox identity, the sandbox gateway, the
// embedded notify listener on the same database, and TestPaymentRun driving order → prepay
// → cashier → signed notification → listener → paid order. Then the same through the
// command line: `mcpay-admin serve` with the exported configuration and `sandbox pay`.
class TestTestPayment final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void paysInEveryScene_data();
    void paysInEveryScene();
    void unpaidOutcomes_data();
    void unpaidOutcomes();
    void faultsGiveTheirVerdicts_data();
    void faultsGiveTheirVerdicts();
    void specFaultAndTargetApplyToOneRunOnly_data();
    void specFaultAndTargetApplyToOneRunOnly();
    void retriesFollowTheCompressedSchedule_data();
    void retriesFollowTheCompressedSchedule();
    void refundBeforePaymentChangesNothing_data();
    void refundBeforePaymentChangesNothing();
    void notRunningSandboxFails();
    void newIdentityRestartsOnTheSamePort();
    void initializeAndLoadThroughTheKeychain();
    void commandLinePaysThroughServe_data();
    void commandLinePaysThroughServe();

private:
    struct Fixture
    {
        Database db;
        std::unique_ptr<NotifyListener> listener;
        QUrl url; // http://127.0.0.1:<port>
    };
    Fixture &fixture(const QString &backend);
    static void addScenes(const QList<SandboxScene> &scenes);
    // Starts the run, waits for the cashier, decides and waits for the end.
    void runToEnd(TestPaymentRun &run, CashierOutcome outcome);
    static QList<Kind> kinds(const TestPaymentRun &run);
    static QByteArray stepsText(const TestPaymentRun &run);
    std::optional<Order> order(const Database &db, const QString &sn);

    TestDatabases m_dbs;
    std::map<QString, std::unique_ptr<Fixture>> m_fixtures;
    SandboxIdentity m_identity;
    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxService> m_sandbox;
};

namespace {
QString sceneRoute(SandboxScene scene)
{
    switch (scene) {
    case SandboxScene::MiniProgram:
        return u"/api/pay/notifyMnp"_s;
    case SandboxScene::OfficialAccount:
    case SandboxScene::WeChatH5:
        return u"/api/pay/notifyOa"_s;
    default:
        return u"/api/pay/aliNotify"_s;
    }
}

const QList<Kind> paidTimeline{Kind::OrderCreated, Kind::Prepay, Kind::Cashier,
                               Kind::NotificationAttempt, Kind::Acknowledged, Kind::OrderPaid};
} // namespace

void TestTestPayment::initTestCase()
{
    qRegisterMetaType<NotifyRecord>();
    auto identity = SandboxIdentity::generate();
    QVERIFY2(identity.ok(), qPrintable(identity.errorMessage()));
    m_identity = *identity;
    m_sandbox = std::make_unique<SandboxService>(&m_network);
    QSignalSpy running(m_sandbox.get(), &SandboxService::runningChanged);
    m_sandbox->setIdentity(m_identity);
    QVERIFY(m_sandbox->hasIdentity());
    const Status started = m_sandbox->start();
    QVERIFY2(started.ok(), qPrintable(started.errorMessage()));
    QVERIFY(m_sandbox->isRunning());
    QCOMPARE(running.count(), 1);
    QVERIFY(m_sandbox->gateway()->port() != 0);
    QCOMPARE(m_sandbox->client()->options().weChatBaseUrl, m_sandbox->gateway()->weChatBaseUrl());
    QCOMPARE(m_sandbox->client()->options().alipayGateway, m_sandbox->gateway()->alipayGateway());
}

void TestTestPayment::cleanup()
{
    m_sandbox->setNextFault(Fault::None);
    m_sandbox->setNotifyTarget({});
    m_sandbox->delivery()->setCompression(1);
}

TestTestPayment::Fixture &TestTestPayment::fixture(const QString &backend)
{
    auto &slot = m_fixtures[backend];
    if (!slot) {
        slot = std::make_unique<Fixture>();
        slot->db = m_dbs.createMigrated(backend);
        slot->listener = std::make_unique<NotifyListener>(slot->db, m_identity.notifyConfig());
        const Status started = slot->listener->start(QHostAddress::LocalHost, 0);
        if (!started)
            qFatal("listener did not start: %s", qPrintable(started.errorMessage()));
        slot->url = QUrl(u"http://127.0.0.1:%1"_s.arg(slot->listener->serverPort()));
    }
    return *slot;
}

void TestTestPayment::addScenes(const QList<SandboxScene> &scenes)
{
    for (const QString &backend : {u"sqlite"_s, u"mariadb"_s})
        for (SandboxScene scene : scenes)
            QTest::addRow("%s: %s", qPrintable(backend), qPrintable(sandboxSceneKey(scene))) << backend << scene;
}

QList<Kind> TestTestPayment::kinds(const TestPaymentRun &run)
{
    QList<Kind> out;
    for (const TestPaymentStep &step : run.steps())
        if (step.kind != Kind::Info)
            out << step.kind;
    return out;
}

QByteArray TestTestPayment::stepsText(const TestPaymentRun &run)
{
    QString text;
    for (const TestPaymentStep &step : run.steps())
        text += u"\n  [%1] %2"_s.arg(int(step.kind)).arg(step.title);
    return text.toUtf8();
}

std::optional<Order> TestTestPayment::order(const Database &db, const QString &sn)
{
    auto found = OrderRepository(db).findBySn(sn);
    return found ? *found : std::nullopt;
}

void TestTestPayment::runToEnd(TestPaymentRun &run, CashierOutcome outcome)
{
    QSignalSpy cashier(&run, &TestPaymentRun::cashierReady);
    QSignalSpy finished(&run, &TestPaymentRun::finished);
    run.start();
    QTRY_VERIFY2_WITH_TIMEOUT(cashier.count() == 1 || run.isFinished(), stepsText(run).constData(), 20000);
    QVERIFY2(run.state() == TestPaymentRun::State::AtCashier, stepsText(run).constData());
    const auto trade = cashier.first().first().value<SandboxTrade>();
    QCOMPARE(trade.outTradeNo, run.orderSn());
    QCOMPARE(trade.state, SandboxTrade::State::NotPaid);
    QCOMPARE(run.cashierUrl(), m_sandbox->gateway()->cashierUrl(run.orderSn()));
    run.decide(outcome);
    QTRY_VERIFY2_WITH_TIMEOUT(run.isFinished(), stepsText(run).constData(), 30000);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<TestPaymentRun::State>(), run.state());
}

void TestTestPayment::paysInEveryScene_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<SandboxScene>("scene");
    addScenes({SandboxScene::MiniProgram, SandboxScene::OfficialAccount, SandboxScene::WeChatH5,
               SandboxScene::AlipayWap, SandboxScene::AlipayPage});
}

void TestTestPayment::paysInEveryScene()
{
    QFETCH(QString, backend);
    QFETCH(SandboxScene, scene);
    MCPAY_REQUIRE_BACKEND(backend);
    Fixture &f = fixture(backend);
    m_sandbox->setNotifyTarget(f.url);
    QSignalSpy handled(f.listener.get(), &NotifyListener::notificationHandled);

    TestPaymentRun::Spec spec;
    spec.amount = Money::fromFen(40);
    spec.scene = scene;
    TestPaymentRun run(f.db, m_sandbox.get(), spec);
    connect(f.listener.get(), &NotifyListener::orderPaid, &run, &TestPaymentRun::refreshOrder);
    runToEnd(run, CashierOutcome::Pay);
    if (QTest::currentTestFailed())
        return;

    QVERIFY2(run.state() == TestPaymentRun::State::Paid, stepsText(run).constData());
    QCOMPARE(kinds(run), paidTimeline);
    QVERIFY(run.errorMessage().isEmpty());
    QCOMPARE(run.notifyUrl(), QUrl(f.url.toString() + sceneRoute(scene)));

    // The order is paid with the gateway's transaction id, by the channel of the scene.
    const auto trade = m_sandbox->ledger()->find(run.orderSn());
    QVERIFY(trade);
    QCOMPARE(trade->state, SandboxTrade::State::Paid);
    QVERIFY(!trade->transactionId.isEmpty());
    QCOMPARE(trade->notifyUrl, run.notifyUrl().toString());
    const auto paid = order(f.db, run.orderSn());
    QVERIFY(paid);
    QVERIFY(paid->isPaid());
    QCOMPARE(paid->transactionId, trade->transactionId);
    QCOMPARE(paid->payWay, sandboxSceneChannel(scene));
    QCOMPARE(paid->amount, Money::fromFen(40));
    QCOMPARE(run.orderId(), paid->id);

    // The prepay is on the order's record, for its timeline.
    const auto prepays = PrepayJournal(f.db).forOrder(run.orderSn());
    QVERIFY2(prepays.ok(), qPrintable(prepays.errorMessage()));
    QCOMPARE(prepays->size(), 1);
    QCOMPARE(prepays->first().payWay, sandboxSceneChannel(scene));
    QCOMPARE(prepays->first().amount, Money::fromFen(40));
    QCOMPARE(prepays->first().scene, sandboxSceneKey(scene));
    QCOMPARE(prepays->first().prepayId, trade->prepayId);

    // The listener applied it on the scene's route and journaled it.
    QTRY_VERIFY(!handled.isEmpty());
    const auto record = handled.last().first().value<NotifyRecord>();
    QCOMPARE(record.verdict, NotifyVerdict::Applied);
    QCOMPARE(record.route, sceneRoute(scene));
    QCOMPARE(record.orderSn, run.orderSn());
    QVERIFY(record.id > 0);
    QVERIFY(record.transitioned);

    // One delivery, acknowledged at once; the timeline shows it and no secret.
    const auto delivery = m_sandbox->delivery()->delivery(run.deliveryId());
    QVERIFY(delivery);
    QCOMPARE(delivery->state, Delivery::State::Acknowledged);
    QCOMPARE(delivery->attempts.size(), 1);
    const QString apiV3Key = QString::fromLatin1(m_identity.apiV3Key);
    for (const TestPaymentStep &step : run.steps()) {
        QVERIFY(step.atMs > 0);
        QVERIFY(!step.title.isEmpty());
        QVERIFY2(!step.detail.contains(apiV3Key), qPrintable(step.title));
        QVERIFY2(!step.detail.contains(u"PRIVATE KEY"_s), qPrintable(step.title));
    }
    const TestPaymentStep &prepay = run.steps().at(1);
    QCOMPARE(prepay.kind, Kind::Prepay);
    QVERIFY2(prepay.detail.contains(run.notifyUrl().toString()), qPrintable(prepay.detail));
    if (sandboxSceneChannel(scene) == PayWay::WeChat) {
        QVERIFY2(prepay.detail.contains(u"signature=(masked)"_s), qPrintable(prepay.detail));
        QVERIFY2(prepay.detail.contains(scene == SandboxScene::WeChatH5 ? u"h5_url"_s : u"prepay_id"_s),
                 qPrintable(prepay.detail));
    } else {
        QVERIFY2(prepay.detail.contains(u"HTTP 302"_s), qPrintable(prepay.detail));
    }
}

void TestTestPayment::unpaidOutcomes_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<SandboxScene>("scene");
    QTest::addColumn<CashierOutcome>("outcome");
    for (const QString &backend : {u"sqlite"_s, u"mariadb"_s}) {
        for (SandboxScene scene : {SandboxScene::MiniProgram, SandboxScene::AlipayWap}) {
            const QByteArray s = sandboxSceneKey(scene).toLatin1();
            QTest::addRow("%s: %s cancel", qPrintable(backend), s.constData()) << backend << scene << CashierOutcome::Cancel;
            QTest::addRow("%s: %s fail", qPrintable(backend), s.constData()) << backend << scene << CashierOutcome::Fail;
            QTest::addRow("%s: %s leave", qPrintable(backend), s.constData()) << backend << scene << CashierOutcome::LeaveUnpaid;
        }
    }
}

void TestTestPayment::unpaidOutcomes()
{
    QFETCH(QString, backend);
    QFETCH(SandboxScene, scene);
    QFETCH(CashierOutcome, outcome);
    MCPAY_REQUIRE_BACKEND(backend);
    Fixture &f = fixture(backend);
    m_sandbox->setNotifyTarget(f.url);
    QSignalSpy started(m_sandbox.get(), &SandboxService::deliveryStarted);

    TestPaymentRun::Spec spec;
    spec.amount = Money::fromFen(29);
    spec.scene = scene;
    TestPaymentRun run(f.db, m_sandbox.get(), spec);
    runToEnd(run, outcome);
    if (QTest::currentTestFailed())
        return;

    QVERIFY2(run.state() == TestPaymentRun::State::NotPaid, stepsText(run).constData());
    QCOMPARE(kinds(run), (QList<Kind>{Kind::OrderCreated, Kind::Prepay, Kind::Cashier}));
    QVERIFY(!run.steps().at(2).ok);
    QVERIFY(!run.errorMessage().isEmpty());
    QCOMPARE(run.deliveryId(), 0);
    QCOMPARE(started.count(), 0);
    const auto unpaid = order(f.db, run.orderSn());
    QVERIFY(unpaid);
    QVERIFY(!unpaid->isPaid());
    QVERIFY(unpaid->transactionId.isEmpty());
    QVERIFY(m_sandbox->ledger()->find(run.orderSn())->state != SandboxTrade::State::Paid);
}

void TestTestPayment::faultsGiveTheirVerdicts_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<SandboxScene>("scene");
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<int>("status");

    // What a careful receiver (our listener) answers to each fault.
    const auto weChatVerdict = [](Fault fault) -> std::pair<const char *, int> {
        switch (fault) {
        case Fault::None: return {"applied", 200};
        case Fault::SignProbe: return {"sign_probe", 401};
        case Fault::BadSignature: return {"bad_signature", 401};
        case Fault::StaleTimestamp: return {"stale_timestamp", 401};
        case Fault::FutureTimestamp: return {"stale_timestamp", 401};
        case Fault::UnknownSerial: return {"unknown_serial", 401};
        case Fault::TamperedAmount: return {"bad_signature", 401};
        case Fault::WrongAmount: return {"amount_mismatch", 409};
        case Fault::WrongAppid: return {"wrong_merchant", 403};
        case Fault::WrongMchid: return {"wrong_merchant", 403};
        case Fault::TruncatedBody: return {"bad_signature", 401};
        }
        return {"", 0};
    };
    // Alipay has no probe, no key serial and no timestamp window: those stay genuine.
    const auto alipayVerdict = [](Fault fault) -> std::pair<const char *, int> {
        switch (fault) {
        case Fault::None:
        case Fault::SignProbe:
        case Fault::UnknownSerial:
        case Fault::StaleTimestamp:
        case Fault::FutureTimestamp: return {"applied", 200};
        case Fault::BadSignature: return {"bad_signature", 401};
        case Fault::TamperedAmount: return {"bad_signature", 401};
        case Fault::WrongAmount: return {"amount_mismatch", 409};
        case Fault::WrongAppid: return {"wrong_merchant", 403};
        case Fault::WrongMchid: return {"wrong_merchant", 403};
        // Cut inside a percent-encoded character the form is not even UTF-8.
        case Fault::TruncatedBody: return {"bad_signature|malformed", 0};
        }
        return {"", 0};
    };
    const QMetaEnum faults = QMetaEnum::fromType<Fault>();
    for (const QString &backend : {u"sqlite"_s, u"mariadb"_s}) {
        for (SandboxScene scene : {SandboxScene::MiniProgram, SandboxScene::AlipayWap}) {
            for (int i = 0; i < faults.keyCount(); ++i) {
                const auto fault = Fault(faults.value(i));
                const auto [verdict, status] = scene == SandboxScene::AlipayWap ? alipayVerdict(fault) : weChatVerdict(fault);
                QTest::addRow("%s: %s %s", qPrintable(backend), qPrintable(sandboxSceneKey(scene)),
                              qPrintable(SandboxNotify::faultKey(fault)))
                    << backend << scene << fault << QString::fromLatin1(verdict) << status;
            }
        }
    }
}

void TestTestPayment::faultsGiveTheirVerdicts()
{
    QFETCH(QString, backend);
    QFETCH(SandboxScene, scene);
    QFETCH(Fault, fault);
    QFETCH(QString, verdict);
    QFETCH(int, status);
    MCPAY_REQUIRE_BACKEND(backend);
    Fixture &f = fixture(backend);
    m_sandbox->setNotifyTarget(f.url);
    m_sandbox->setNextFault(fault);
    QSignalSpy handled(f.listener.get(), &NotifyListener::notificationHandled);

    TestPaymentRun::Spec spec;
    spec.amount = Money::fromFen(40);
    spec.scene = scene;
    TestPaymentRun run(f.db, m_sandbox.get(), spec);
    connect(f.listener.get(), &NotifyListener::orderPaid, &run, &TestPaymentRun::refreshOrder);
    runToEnd(run, CashierOutcome::Pay);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_sandbox->nextFault(), Fault::None); // used by this payment

    // The listener's verdict, journaled.
    QTRY_VERIFY(!handled.isEmpty());
    const auto record = handled.last().first().value<NotifyRecord>();
    QVERIFY2(verdict.split(u'|').contains(notifyVerdictKey(record.verdict)),
             qPrintable(notifyVerdictKey(record.verdict) + u": "_s + record.error));
    if (status != 0)
        QCOMPARE(record.httpStatus, status);
    else
        QVERIFY(record.httpStatus >= 400 && record.httpStatus < 500);
    status = record.httpStatus;
    QVERIFY(record.id > 0);

    const auto delivery = m_sandbox->delivery()->delivery(run.deliveryId());
    QVERIFY(delivery);
    QVERIFY(!delivery->attempts.isEmpty()); // recorded before the run ended
    QCOMPARE(delivery->attempts.first().status, status);
    const bool applied = verdict == u"applied";
    const auto after = order(f.db, run.orderSn());
    QVERIFY(after);
    QCOMPARE(after->isPaid(), applied);
    QCOMPARE(!applied, TestPaymentRun::faultPreventsPayment(sandboxSceneChannel(scene), fault));
    if (applied) {
        QVERIFY2(run.state() == TestPaymentRun::State::Paid, stepsText(run).constData());
        QCOMPARE(kinds(run), paidTimeline);
        QCOMPARE(delivery->state, Delivery::State::Acknowledged);
    } else {
        // A forged notification is sent once; its refusal ends the run unpaid.
        QVERIFY2(run.state() == TestPaymentRun::State::NotPaid, stepsText(run).constData());
        QCOMPARE(kinds(run), (QList<Kind>{Kind::OrderCreated, Kind::Prepay, Kind::Cashier, Kind::NotificationAttempt}));
        QCOMPARE(delivery->state, Delivery::State::GaveUp);
        QCOMPARE(delivery->attempts.size(), 1);
        QVERIFY(!delivery->attempts.first().acknowledged);
        QVERIFY(after->transactionId.isEmpty());
    }
}

void TestTestPayment::specFaultAndTargetApplyToOneRunOnly_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

void TestTestPayment::specFaultAndTargetApplyToOneRunOnly()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Fixture &f = fixture(backend);
    // No service-wide target: the run's own target and fault are used, and only by it.
    QSignalSpy handled(f.listener.get(), &NotifyListener::notificationHandled);
    TestPaymentRun::Spec spec;
    spec.amount = Money::fromFen(41);
    spec.scene = SandboxScene::OfficialAccount;
    spec.target = f.url;
    spec.fault = Fault::WrongAmount;
    TestPaymentRun forged(f.db, m_sandbox.get(), spec);
    runToEnd(forged, CashierOutcome::Pay);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(forged.state(), TestPaymentRun::State::NotPaid);
    QTRY_VERIFY(!handled.isEmpty());
    QCOMPARE(handled.last().first().value<NotifyRecord>().verdict, NotifyVerdict::AmountMismatch);
    QVERIFY(!order(f.db, forged.orderSn())->isPaid());

    spec.fault = Fault::None;
    TestPaymentRun genuine(f.db, m_sandbox.get(), spec);
    connect(f.listener.get(), &NotifyListener::orderPaid, &genuine, &TestPaymentRun::refreshOrder);
    runToEnd(genuine, CashierOutcome::Pay);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(genuine.state() == TestPaymentRun::State::Paid, stepsText(genuine).constData());
    QVERIFY(order(f.db, genuine.orderSn())->isPaid());
}

void TestTestPayment::retriesFollowTheCompressedSchedule_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<SandboxScene>("scene");
    QTest::addColumn<int>("compression");
    for (const QString &backend : {u"sqlite"_s, u"mariadb"_s}) {
        // WeChat waits 15 s, 15 s: 50 ms each at 300. Alipay 4 min, 10 min: 80 / 200 ms at 3000.
        QTest::addRow("%s: wechat", qPrintable(backend)) << backend << SandboxScene::MiniProgram << 300;
        QTest::addRow("%s: alipay", qPrintable(backend)) << backend << SandboxScene::AlipayWap << 3000;
    }
}

void TestTestPayment::retriesFollowTheCompressedSchedule()
{
    QFETCH(QString, backend);
    QFETCH(SandboxScene, scene);
    QFETCH(int, compression);
    MCPAY_REQUIRE_BACKEND(backend);
    Fixture &f = fixture(backend);
    const PayWay channel = sandboxSceneChannel(scene);

    // A receiver that is down twice (HTTP 500), then passes the notification on to the
    // listener as it came.
    int calls = 0;
    const quint16 listenerPort = f.listener->serverPort();
    BoundedHttpServer flaky(NotifyLimits{}, [&](const HttpRequest &request) {
        ++calls;
        if (calls <= 2)
            return HttpReply{500, "text/plain", "busy", {}};
        HttpHeaderList headers;
        for (const auto &[name, value] : request.headers)
            if (name.compare("Content-Type", Qt::CaseInsensitive) == 0 || name.startsWith("Wechatpay-")
                || name.startsWith("wechatpay-"))
                headers.append({name, value});
        const TestHttpResponse answer = httpRoundTrip(listenerPort, buildHttpRequest(request.path, headers, request.body));
        return HttpReply{answer.status, channel == PayWay::Alipay ? "text/plain" : "application/json", answer.body, {}};
    });
    QVERIFY(flaky.listen(QHostAddress::LocalHost, 0));
    m_sandbox->setNotifyTarget(QUrl(u"http://127.0.0.1:%1"_s.arg(flaky.serverPort())));
    m_sandbox->delivery()->setCompression(compression);

    TestPaymentRun::Spec spec;
    spec.amount = Money::fromFen(40);
    spec.scene = scene;
    TestPaymentRun run(f.db, m_sandbox.get(), spec);
    connect(f.listener.get(), &NotifyListener::orderPaid, &run, &TestPaymentRun::refreshOrder);
    runToEnd(run, CashierOutcome::Pay);
    if (QTest::currentTestFailed())
        return;

    QVERIFY2(run.state() == TestPaymentRun::State::Paid, stepsText(run).constData());
    QCOMPARE(calls, 3);
    QCOMPARE(kinds(run), (QList<Kind>{Kind::OrderCreated, Kind::Prepay, Kind::Cashier, Kind::NotificationAttempt,
                                      Kind::NotificationAttempt, Kind::NotificationAttempt, Kind::Acknowledged,
                                      Kind::OrderPaid}));
    const auto delivery = m_sandbox->delivery()->delivery(run.deliveryId());
    QVERIFY(delivery);
    QCOMPARE(delivery->state, Delivery::State::Acknowledged);
    QCOMPARE(delivery->attempts.size(), 3);
    const QList<int> schedule = DeliveryEngine::retryScheduleSeconds(channel);
    for (int i = 0; i < 3; ++i) {
        const DeliveryAttempt &a = delivery->attempts.at(i);
        QCOMPARE(a.number, i + 1);
        QCOMPARE(a.status, i < 2 ? 500 : 200);
        QCOMPARE(a.acknowledged, i == 2);
        QCOMPARE(a.scheduleIndex, i - 1);
        if (i == 0)
            continue;
        const qint64 planned = qint64(schedule.at(i - 1)) * 1000 / compression;
        QCOMPARE(a.scheduledDelayMs, planned);
        // It waited its turn (a lower bound only: a busy machine may be later, never earlier).
        QVERIFY2(a.startedAtMs - delivery->attempts.at(i - 1).startedAtMs >= planned,
                 qPrintable(u"attempt %1 after %2 ms, planned %3 ms"_s.arg(i + 1)
                                .arg(a.startedAtMs - delivery->attempts.at(i - 1).startedAtMs)
                                .arg(planned)));
    }
    // Every attempt was signed afresh (WeChat) or carried the same notify_id (Alipay).
    if (channel == PayWay::WeChat)
        QVERIFY(httpHeaderValue(delivery->attempts.at(0).requestHeaders, "Wechatpay-Nonce")
                != httpHeaderValue(delivery->attempts.at(2).requestHeaders, "Wechatpay-Nonce"));
    const auto paid = order(f.db, run.orderSn());
    QVERIFY(paid && paid->isPaid());
}

void TestTestPayment::refundBeforePaymentChangesNothing_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

void TestTestPayment::refundBeforePaymentChangesNothing()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Fixture &f = fixture(backend);
    m_sandbox->setNotifyTarget(f.url);
    QSignalSpy handled(f.listener.get(), &NotifyListener::notificationHandled);

    TestPaymentRun::Spec spec;
    spec.amount = Money::fromFen(40);
    TestPaymentRun run(f.db, m_sandbox.get(), spec);
    connect(f.listener.get(), &NotifyListener::orderPaid, &run, &TestPaymentRun::refreshOrder);
    QSignalSpy cashier(&run, &TestPaymentRun::cashierReady);
    run.start();
    QTRY_VERIFY2_WITH_TIMEOUT(cashier.count() == 1 || run.isFinished(), stepsText(run).constData(), 20000);
    QCOMPARE(run.state(), TestPaymentRun::State::AtCashier);

    // Out of order: the refund of this order arrives while it is still at the cashier.
    SandboxNotify::RefundEvent refund;
    refund.outTradeNo = run.orderSn();
    refund.transactionId = u"4200000000"_s + run.orderSn().right(18);
    refund.outRefundNo = u"RF"_s + run.orderSn();
    refund.refundId = u"50300000002026"_s + run.orderSn().right(14);
    refund.refund = Money::fromFen(40);
    refund.total = Money::fromFen(40);
    refund.finishedAt = QDateTime::currentDateTimeUtc();
    const SandboxNotify::Notification early = m_sandbox->factory()->weChatRefund(refund);
    DeliveryEngine::Options once;
    once.retry = false;
    const qint64 id = m_sandbox->delivery()->deliver(early, DeliveryEngine::targetUrl(f.url, early.route), once);
    QTRY_VERIFY_WITH_TIMEOUT(!handled.isEmpty(), 20000);
    const auto record = handled.last().first().value<NotifyRecord>();
    QCOMPARE(record.verdict, NotifyVerdict::RefundRecorded); // verified, acknowledged, nothing to refund
    QCOMPARE(record.orderSn, run.orderSn());
    QVERIFY2(record.error.contains(refund.outRefundNo), qPrintable(record.error));
    QTRY_VERIFY(m_sandbox->delivery()->delivery(id)->state == Delivery::State::Acknowledged);
    QVERIFY(!order(f.db, run.orderSn())->isPaid());
    QCOMPARE(run.state(), TestPaymentRun::State::AtCashier);

    // The payment that follows is applied as usual.
    QSignalSpy finished(&run, &TestPaymentRun::finished);
    run.decide(CashierOutcome::Pay);
    QTRY_VERIFY2_WITH_TIMEOUT(run.isFinished(), stepsText(run).constData(), 30000);
    QVERIFY2(run.state() == TestPaymentRun::State::Paid, stepsText(run).constData());
    QVERIFY(order(f.db, run.orderSn())->isPaid());
}

void TestTestPayment::notRunningSandboxFails()
{
    QNetworkAccessManager network;
    SandboxService idle(&network);
    const Database db = m_dbs.createMigrated(u"sqlite"_s);
    TestPaymentRun::Spec spec;
    spec.amount = Money::fromFen(40);
    {
        TestPaymentRun run(db, &idle, spec);
        QSignalSpy finished(&run, &TestPaymentRun::finished);
        run.start();
        QCOMPARE(run.state(), TestPaymentRun::State::Failed);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(kinds(run), QList<Kind>{Kind::Failed});
        QVERIFY(run.errorMessage().contains(u"identity"_s));
    }
    QVERIFY(!idle.start().ok());
    idle.setIdentity(m_identity);
    {
        TestPaymentRun run(db, &idle, spec);
        run.start();
        QCOMPARE(run.state(), TestPaymentRun::State::Failed);
        QVERIFY(run.errorMessage().contains(u"not running"_s));
        QVERIFY(OrderRepository(db).findById(1)->has_value() == false); // no order was created
    }
}

void TestTestPayment::newIdentityRestartsOnTheSamePort()
{
    QNetworkAccessManager network;
    SandboxService sandbox(&network);
    sandbox.setIdentity(m_identity);
    QVERIFY(sandbox.start().ok());
    const quint16 port = sandbox.gateway()->port();
    sandbox.delivery()->setCompression(120);

    auto other = SandboxIdentity::generate();
    QVERIFY(other.ok());
    QSignalSpy changed(&sandbox, &SandboxService::identityChanged);
    QSignalSpy running(&sandbox, &SandboxService::runningChanged);
    sandbox.setIdentity(*other);
    QCOMPARE(changed.count(), 1);
    QVERIFY(sandbox.isRunning());
    QCOMPARE(sandbox.gateway()->port(), port);
    QCOMPARE(sandbox.gateway()->identity().mchid, other->mchid);
    QCOMPARE(sandbox.delivery()->compression(), 120);
    QCOMPARE(running.count(), 2); // stopped, started again
    QCOMPARE(sandbox.client()->options().weChatBaseUrl, sandbox.gateway()->weChatBaseUrl());

    // The merchant client signs and verifies with the new keys: a prepay goes through.
    const Database db = m_dbs.createMigrated(u"sqlite"_s);
    TestPaymentRun::Spec spec;
    spec.amount = Money::fromFen(40);
    TestPaymentRun run(db, &sandbox, spec);
    QSignalSpy cashier(&run, &TestPaymentRun::cashierReady);
    run.start();
    QTRY_VERIFY2_WITH_TIMEOUT(cashier.count() == 1 || run.isFinished(), stepsText(run).constData(), 20000);
    QCOMPARE(run.state(), TestPaymentRun::State::AtCashier);
    QCOMPARE(cashier.first().first().value<SandboxTrade>().mchid, other->mchid);

    // Stopping the sandbox closes the cashier: the run ends with that reason.
    QSignalSpy finished(&run, &TestPaymentRun::finished);
    sandbox.stop();
    QVERIFY(!sandbox.isRunning());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(run.state(), TestPaymentRun::State::Failed);
    QVERIFY2(run.errorMessage().contains(u"stopped"_s), qPrintable(run.errorMessage()));
    run.decide(CashierOutcome::Pay); // too late: ignored
    QCOMPARE(finished.count(), 1);
}

void TestTestPayment::initializeAndLoadThroughTheKeychain()
{
    SecretStore store(u"mcpay-admin-test-sandboxservice"_s);
    QNetworkAccessManager network;
    SandboxService first(&network);
    QSignalSpy changed(&first, &SandboxService::identityChanged);
    const auto created = first.initialize(store);
    if (!created) {
        if (!qEnvironmentVariableIsSet("CI"))
            QSKIP(qPrintable(u"No Secret Service here: "_s + created.errorMessage()));
        QFAIL(qPrintable(created.errorMessage()));
    }
    QVERIFY(first.hasIdentity());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(first.identity().toJson(), created->toJson());

    SandboxService second(&network);
    const Status loaded = second.load(store);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    QCOMPARE(second.identity().toJson(), created->toJson());
    QVERIFY(second.start().ok());

    QVERIFY(store.removeNow(SandboxIdentity::secretKey()).ok());
    SandboxService third(&network);
    const Status none = third.load(store);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, u"not-found"_s);
    QVERIFY(!third.hasIdentity());
}

void TestTestPayment::commandLinePaysThroughServe_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("paid");
    QTest::addColumn<QString>("served");
    for (const QString &backend : {u"sqlite"_s, u"mariadb"_s}) {
        QTest::addRow("%s: pay mnp", qPrintable(backend)) << backend << QStringList{} << true << u"200 applied"_s;
        QTest::addRow("%s: pay alipay-wap", qPrintable(backend))
            << backend << QStringList{u"--scene"_s, u"alipay-wap"_s} << true << u"200 applied"_s;
        QTest::addRow("%s: bad signature", qPrintable(backend))
            << backend << QStringList{u"--fault"_s, u"bad-signature"_s} << false << u"401 bad_signature"_s;
        QTest::addRow("%s: cancel", qPrintable(backend))
            << backend << QStringList{u"--outcome"_s, u"cancel"_s} << false << QString();
    }
}

void TestTestPayment::commandLinePaysThroughServe()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, arguments);
    QFETCH(bool, paid);
    QFETCH(QString, served);
    MCPAY_REQUIRE_BACKEND(backend);
    QVERIFY(QFileInfo(QStringLiteral(MCPAY_ADMIN_BINARY)).isExecutable());
    const Database db = m_dbs.createMigrated(backend);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto written = m_identity.exportTo(dir.path());
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QVERIFY(written->contains(u"mcpay-serve.json"_s));
    QVERIFY(written->contains(u"sandbox-identity.json"_s));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MCPAY_DB_PASSWORD"_s, TestDatabases::mysqlPasswordFromEnvironment());

    QProcess serve;
    serve.setProcessEnvironment(env);
    serve.start(QStringLiteral(MCPAY_ADMIN_BINARY),
                {u"serve"_s, u"--lang"_s, u"en"_s, u"--db"_s, db.url().toString(), u"--listen"_s, u"127.0.0.1:0"_s,
                 u"--config"_s, dir.filePath(u"mcpay-serve.json"_s)});
    QVERIFY(serve.waitForStarted(10000));
    QByteArray serveOut;
    static const QRegularExpression listening(u"listening on [^ ]+:(\\d+)"_s);
    quint16 port = 0;
    while (port == 0 && serve.state() == QProcess::Running && serve.waitForReadyRead(20000)) {
        serveOut += serve.readAllStandardOutput();
        const auto m = listening.match(QString::fromUtf8(serveOut));
        if (m.hasMatch())
            port = quint16(m.captured(1).toUInt());
    }
    QVERIFY2(port != 0, QByteArray(serveOut + serve.readAllStandardError()).constData());
    const auto stopServe = qScopeGuard([&serve] {
        ::kill(pid_t(serve.processId()), SIGTERM);
        if (!serve.waitForFinished(20000))
            serve.kill();
    });

    QProcess pay;
    pay.setProcessEnvironment(env);
    pay.start(QStringLiteral(MCPAY_ADMIN_BINARY),
              QStringList{u"sandbox"_s, u"pay"_s, u"--lang"_s, u"en"_s, u"--db"_s, db.url().toString(), u"--amount"_s,
                          u"0.40"_s, u"--identity"_s, dir.filePath(u"sandbox-identity.json"_s), u"--notify-url"_s,
                          u"http://127.0.0.1:%1"_s.arg(port)}
                  + arguments);
    QVERIFY(pay.waitForFinished(60000));
    const QString out = QString::fromUtf8(pay.readAllStandardOutput());
    const QString err = QString::fromUtf8(pay.readAllStandardError());
    QVERIFY2(pay.exitStatus() == QProcess::NormalExit && pay.exitCode() == 0, qPrintable(out + err));

    // One line per step, and the order ended as expected in the database.
    const auto sn = QRegularExpression(u"MC\\d{18}"_s).match(out);
    QVERIFY2(sn.hasMatch(), qPrintable(out));
    QVERIFY2(out.contains(u"order-created"_s) && out.contains(u"prepay"_s) && out.contains(u"cashier"_s), qPrintable(out));
    QCOMPARE(out.contains(u"order-paid"_s), paid);
    const auto after = order(db, sn.captured());
    QVERIFY(after);
    QCOMPARE(after->isPaid(), paid);
    QCOMPARE(after->amount, Money::fromFen(40));
    QVERIFY(!out.contains(QString::fromLatin1(m_identity.apiV3Key)));
    if (!served.isEmpty()) {
        QTRY_VERIFY_WITH_TIMEOUT((serveOut += serve.readAllStandardOutput()).contains(served.toUtf8()), 20000);
        if (paid) // a forged notification is refused before its order is read
            QVERIFY2(serveOut.contains(QByteArray("order=" + sn.captured().toLatin1())), serveOut.constData());
    }
}

QTEST_GUILESS_MAIN(TestTestPayment)
#include "tst_testpayment.moc"
