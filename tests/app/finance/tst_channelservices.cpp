// ChannelServices: the refund coordinator and the channel reconciler the finance pages use,
// built from the sandbox's merchant client, working against the sandbox gateway over real
// sockets; and nothing built when no channel is configured.
#include "core/appcontext.h"
#include "db/databaseurl.h"
#include "finance/channelservices.h"
#include "orders/orderrepository.h"
#include "sandbox/sandboxservice.h"
#include "secrets/secretstore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestChannelServices final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nothingConfiguredBuildsNothing();
    void sandboxRefundAndReconciliation();

private:
    // An order paid the way the listener pays it: the sandbox trade paid at the cashier,
    // the order marked paid with the gateway's transaction id.
    Order payInSandbox(AppContext &context, SandboxService &sandbox, const QString &amount, bool markHere);

    QTemporaryDir m_dir;
    SandboxIdentity m_identity;
};

void TestChannelServices::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto identity = SandboxIdentity::generate();
    QVERIFY2(identity.ok(), qPrintable(identity.errorMessage()));
    m_identity = *identity;
}

void TestChannelServices::nothingConfiguredBuildsNothing()
{
    // A keychain service of its own: empty (or absent without a Secret Service).
    AppContext context(m_dir.filePath(u"empty.ini"_s), u"mcpay-admin-test-channelservices-empty"_s);
    QVERIFY(context.openDatabase(DatabaseUrl::sqlite(m_dir.filePath(u"empty.db"_s)).toString(), {}, 0).ok());
    ChannelServices services(&context);
    QSignalSpy changed(&services, &ChannelServices::changed);
    services.reload();
    QTRY_COMPARE(changed.size(), 1);
    QVERIFY(!services.refundCoordinator());
    QVERIFY(!services.reconciler());
    QVERIFY(!services.usesSandbox());
    QVERIFY(!services.description().isEmpty()); // says why

    // The sandbox selected without an identity: still nothing, and it says so.
    QNetworkAccessManager network;
    SandboxService sandbox(&network);
    services.setSandbox(&sandbox, true);
    services.reload();
    QTRY_COMPARE(changed.size(), 2);
    QVERIFY(!services.refundCoordinator());
    QVERIFY(services.description().contains(u"sandbox"_s, Qt::CaseInsensitive));

    // With an identity, the sandbox gateway is started for the services.
    sandbox.setIdentity(m_identity);
    QVERIFY(!sandbox.isRunning());
    services.reload();
    QTRY_COMPARE(changed.size(), 3);
    QVERIFY(sandbox.isRunning());
    QVERIFY(services.refundCoordinator());
    QVERIFY(services.usesSandbox());
}

Order TestChannelServices::payInSandbox(AppContext &context, SandboxService &sandbox, const QString &amount,
                                        bool markHere)
{
    OrderRepository orders(context.database());
    auto created = orders.create(*Money::parse(amount), 7, u"营销聊天诚意金"_s);
    if (!created)
        qFatal("create: %s", qPrintable(created.errorMessage()));
    SandboxLedger::PrepayRequest prepay;
    prepay.scene = SandboxScene::MiniProgram;
    prepay.outTradeNo = created->orderSn;
    prepay.appid = m_identity.miniProgramAppid;
    prepay.mchid = m_identity.mchid;
    prepay.amount = created->orderAmount;
    prepay.description = u"营销聊天诚意金"_s;
    prepay.attach = u"marketing_chat"_s;
    prepay.notifyUrl = u"http://127.0.0.1:9/api/pay/notifyMnp"_s;
    prepay.payerOpenid = u"oSandboxPayer"_s;
    if (auto trade = sandbox.ledger()->prepay(prepay); !trade)
        qFatal("prepay: %s", qPrintable(trade.errorMessage()));
    auto paid = sandbox.gateway()->decide(created->orderSn, CashierOutcome::Pay);
    if (!paid)
        qFatal("pay: %s", qPrintable(paid.errorMessage()));
    if (markHere) {
        auto marked = orders.markPaid(created->orderId, {paid->transactionId, PayWay::WeChat, 0});
        if (!marked || !marked->transitioned)
            qFatal("mark paid failed");
        return marked->order;
    }
    return *orders.findById(created->orderId).value();
}

void TestChannelServices::sandboxRefundAndReconciliation()
{
    AppContext context(m_dir.filePath(u"sandbox.ini"_s), u"mcpay-admin-test-channelservices-sandbox"_s);
    QVERIFY(context.openDatabase(DatabaseUrl::sqlite(m_dir.filePath(u"sandbox.db"_s)).toString(), {}, 0).ok());
    QNetworkAccessManager network;
    SandboxService sandbox(&network);
    sandbox.setIdentity(m_identity);
    QVERIFY(sandbox.start().ok());
    sandbox.delivery()->setManualStepping(true); // payment notifications go nowhere here

    ChannelServices services(&context);
    services.setSandbox(&sandbox, true);
    QSignalSpy changed(&services, &ChannelServices::changed);
    services.reload();
    QTRY_COMPARE(changed.size(), 1);
    QVERIFY(services.usesSandbox());
    QVERIFY(services.refundCoordinator());
    QVERIFY(services.reconciler());

    // A partial refund goes to the sandbox gateway, signed by the sandbox merchant, and the
    // gateway's signed answer completes it.
    const Order paid = payInSandbox(context, sandbox, u"0.40"_s, true);
    RefundRequest request;
    request.orderSn = paid.orderSn;
    request.amount = *Money::parse(u"0.15"_s);
    request.reason = RefundReason::RequestedByCustomer;
    request.actor = AuditActor::person(Profile::Finance);
    std::optional<Result<Refund>> answer;
    services.refundCoordinator()->refund(request, [&answer](Result<Refund> r) { answer = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
    QVERIFY2(answer->ok(), qPrintable(answer->errorMessage()));
    QCOMPARE((*answer)->status, RefundStatus::Success);
    const auto trade = sandbox.ledger()->find(paid.orderSn);
    QVERIFY(trade.has_value());
    QCOMPARE(trade->refundedFen(), 15);

    // Reconciliation asks the sandbox: the order paid there but not here is found, and
    // nothing else is reported.
    const Order missed = payInSandbox(context, sandbox, u"0.29"_s, false);
    std::optional<Result<ChannelReconciliation>> report;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    services.reconciler()->run(now - 3600, now + 3600,
                               [&report](Result<ChannelReconciliation> r) { report = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 30000);
    QVERIFY2(report->ok(), qPrintable(report->errorMessage()));
    QVERIFY2((*report)->errors.isEmpty(), qPrintable((*report)->errors.join(u'\n')));
    QCOMPARE((*report)->differences.size(), 1);
    QCOMPARE((*report)->differences.first().kind, ReconciliationDifference::Kind::PaidAtChannelUnpaidHere);
    QCOMPARE((*report)->differences.first().orderSn, missed.orderSn);
    QCOMPARE((*report)->differences.first().channelAmount, *Money::parse(u"0.29"_s));
}

QTEST_MAIN(TestChannelServices)
#include "tst_channelservices.moc"
