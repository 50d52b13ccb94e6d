#include "finance/auditlog.h"
#include "finance/refundcoordinator.h"
#include "finance/refundservice.h"
#include "orders/orderrepository.h"
#include "testdatabases.h"

#include <QHash>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {
// The channel as the tests need it: refunds each out_refund_no once, however often asked,
// and can lose its answer (a timeout after the refund happened).
class FakeChannel final : public RefundGateway
{
public:
    QHash<QString, qint64> refunded; // out_refund_no -> fen actually given back
    int calls = 0;
    bool loseAnswer = false;
    RefundStatus answer = RefundStatus::Success;
    QString refuseCode;

    qint64 totalRefunded() const
    {
        qint64 sum = 0;
        for (qint64 fen : refunded)
            sum += fen;
        return sum;
    }

    void requestRefund(const RefundGatewayRequest &request, QObject *context, Callback done) override
    {
        ++calls;
        Result<RefundGatewayReply> reply = Error(u"no answer within 10 s"_s, u"TIMEOUT"_s);
        if (!refuseCode.isEmpty()) {
            reply = RefundGatewayReply{RefundStatus::Failed, {}, u"refused"_s, refuseCode};
        } else {
            if (request.refund > request.total)
                qFatal("the channel was asked for more than the order");
            refunded.insert(request.outRefundNo, refunded.value(request.outRefundNo, request.refund.fen()));
            if (!loseAnswer)
                reply = RefundGatewayReply{answer, u"50300"_s + request.outRefundNo, {}, {}};
        }
        QMetaObject::invokeMethod(context, [done, reply] { done(reply); }, Qt::QueuedConnection);
    }
    void queryRefund(PayWay, const QString &, const QString &outRefundNo, QObject *context, Callback done) override
    {
        Result<RefundGatewayReply> reply = refunded.contains(outRefundNo)
            ? Result<RefundGatewayReply>(RefundGatewayReply{RefundStatus::Success, u"50300"_s + outRefundNo, {}, {}})
            : Result<RefundGatewayReply>(Error(u"not found"_s, u"RESOURCE_NOT_EXISTS"_s));
        QMetaObject::invokeMethod(context, [done, reply] { done(reply); }, Qt::QueuedConnection);
    }
};

const AuditActor finance{u"alice"_s, u"finance"_s};
} // namespace

class TestRefundService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoPartialRefundsReachFull_data() { backends(); }
    void twoPartialRefundsReachFull();
    void overRefundRejected_data() { backends(); }
    void overRefundRejected();
    void retryWithSameNumberRefundsOnce_data() { backends(); }
    void retryWithSameNumberRefundsOnce();
    void refusedRefundReleasesAmount_data() { backends(); }
    void refusedRefundReleasesAmount();
    void finalStatusStays_data() { backends(); }
    void finalStatusStays();
    void invalidRequests_data() { backends(); }
    void invalidRequests();
    void racingRefundsNeverExceedTheOrder_data() { backends(); }
    void racingRefundsNeverExceedTheOrder();
    void statusMachine();

private:
    static void backends()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    QString paidOrder(const Database &db, qint64 fen, PayWay way = PayWay::WeChat);
    Result<Refund> run(RefundCoordinator &c, const RefundRequest &request);
    static RefundRequest request(const QString &sn, qint64 fen, const QString &outRefundNo = {})
    {
        RefundRequest r;
        r.orderSn = sn;
        r.amount = Money::fromFen(fen);
        r.reason = RefundReason::RequestedByCustomer;
        r.note = u"客户申请"_s;
        r.outRefundNo = outRefundNo;
        r.actor = finance;
        return r;
    }
    TestDatabases m_dbs;
};

QString TestRefundService::paidOrder(const Database &db, qint64 fen, PayWay way)
{
    OrderRepository repo(db);
    auto created = repo.create(Money::fromFen(fen), 10001);
    if (!created)
        qFatal("create: %s", qPrintable(created.errorMessage()));
    auto paid = repo.markPaid(created->orderId, MarkPaidRequest{u"4200000001"_s, way, 1769747696});
    if (!paid || !paid->transitioned)
        qFatal("markPaid failed");
    return created->orderSn;
}

Result<Refund> TestRefundService::run(RefundCoordinator &c, const RefundRequest &request)
{
    std::optional<Result<Refund>> result;
    c.refund(request, [&result](Result<Refund> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return Error(u"no callback"_s);
    return *result;
}

void TestRefundService::twoPartialRefundsReachFull()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Database db = m_dbs.createMigrated(backend);
    const QString sn = paidOrder(db, 100);
    FakeChannel channel;
    RefundCoordinator c(db, &channel);
    QSignalSpy changed(&c, &RefundCoordinator::refundChanged);

    auto first = run(c, request(sn, 30));
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    QCOMPARE(first->status, RefundStatus::Success);
    QCOMPARE(first->outRefundNo, sn + u"R01"_s);
    QCOMPARE(first->channelRefundId, u"50300"_s + sn + u"R01"_s);
    QVERIFY(first->finishedAtMs.has_value());
    auto s = c.service().summary(sn);
    QVERIFY(s.ok());
    QCOMPARE(s->state, OrderRefundState::Partial);
    QCOMPARE(s->refunded.fen(), 30);
    QCOMPARE(s->refundable.fen(), 70);

    auto second = run(c, request(sn, 70));
    QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
    QCOMPARE(second->outRefundNo, sn + u"R02"_s);
    s = c.service().summary(sn);
    QCOMPARE(s->state, OrderRefundState::Full);
    QCOMPARE(s->refunded.fen(), 100);
    QCOMPARE(s->refundable.fen(), 0);

    auto third = run(c, request(sn, 1));
    QVERIFY(!third.ok());
    QCOMPARE(third.error().code, u"OVER_REFUND"_s);
    QCOMPARE(channel.calls, 2);
    QCOMPARE(channel.totalRefunded(), 100);
    QCOMPARE(changed.count(), 4); // recorded + answered, twice
    QCOMPARE(changed.first().first().toString(), sn);

    // An audit entry per action: two requests and two answers, newest first.
    AuditLog audit(db);
    auto entries = audit.forObject(sn);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 4);
    QCOMPARE(entries->at(0).action, QString(AuditAction::RefundResult));
    QCOMPARE(entries->at(1).action, QString(AuditAction::RefundRequested));
    QCOMPARE(entries->at(1).details.value(u"amount_fen"_s).toInteger(), 70);
    QCOMPARE(entries->at(1).actor.osUser, u"alice"_s);
    QCOMPARE(entries->at(1).reason, u"客户申请"_s);
    QCOMPARE(entries->at(2).details.value(u"status"_s).toString(), u"SUCCESS"_s);
    QCOMPARE(entries->at(2).details.value(u"from"_s).toString(), u"PENDING"_s);
}

void TestRefundService::overRefundRejected()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Database db = m_dbs.createMigrated(backend);
    const QString sn = paidOrder(db, 100, PayWay::Alipay);
    FakeChannel channel;
    channel.answer = RefundStatus::Processing;
    RefundCoordinator c(db, &channel);

    auto tooMuch = run(c, request(sn, 101));
    QVERIFY(!tooMuch.ok());
    QCOMPARE(tooMuch.error().code, u"OVER_REFUND"_s);

    auto processing = run(c, request(sn, 60));
    QVERIFY2(processing.ok(), qPrintable(processing.errorMessage()));
    QCOMPARE(processing->status, RefundStatus::Processing);
    QCOMPARE(processing->payWay, PayWay::Alipay);
    // A refund in flight counts: 41 is one fen too many.
    auto oneFenOver = run(c, request(sn, 41));
    QVERIFY(!oneFenOver.ok());
    QCOMPARE(oneFenOver.error().code, u"OVER_REFUND"_s);
    auto exact = run(c, request(sn, 40));
    QVERIFY2(exact.ok(), qPrintable(exact.errorMessage()));
    auto s = c.service().summary(sn);
    QCOMPARE(s->inFlight.fen(), 100);
    QCOMPARE(s->refunded.fen(), 0);
    QCOMPARE(s->state, OrderRefundState::None);
    QCOMPARE(channel.calls, 2);
    QCOMPARE(AuditLog(db).forObject(sn)->size(), 4); // rejections change nothing and are not audited
}

void TestRefundService::retryWithSameNumberRefundsOnce()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Database db = m_dbs.createMigrated(backend);
    const QString sn = paidOrder(db, 100);
    FakeChannel channel;
    RefundCoordinator c(db, &channel);

    // The dialog numbers the refund when it opens.
    auto number = c.service().nextOutRefundNo(sn);
    QVERIFY(number.ok());
    QCOMPARE(*number, sn + u"R01"_s);

    channel.loseAnswer = true; // refunded at the channel, answer lost
    auto lost = run(c, request(sn, 80, *number));
    QVERIFY(!lost.ok());
    QCOMPARE(lost.error().code, u"TIMEOUT"_s);
    auto pending = c.service().find(*number);
    QVERIFY(pending.ok() && pending->has_value());
    QCOMPARE((*pending)->status, RefundStatus::Pending);
    QCOMPARE(c.service().summary(sn)->refundable.fen(), 20);

    channel.loseAnswer = false;
    auto retried = run(c, request(sn, 80, *number));
    QVERIFY2(retried.ok(), qPrintable(retried.errorMessage()));
    QCOMPARE(retried->status, RefundStatus::Success);
    QCOMPARE(retried->outRefundNo, *number);
    QCOMPARE(channel.calls, 2);
    QCOMPARE(channel.refunded.size(), 1);
    QCOMPARE(channel.totalRefunded(), 80);

    // A third press of OK does not even reach the channel.
    auto again = run(c, request(sn, 80, *number));
    QVERIFY(again.ok());
    QCOMPARE(again->status, RefundStatus::Success);
    QCOMPARE(channel.calls, 2);
    auto all = c.service().forOrder(sn);
    QCOMPARE(all->size(), 1);
    QCOMPARE(c.service().summary(sn)->refunded.fen(), 80);

    // The number cannot be reused for another amount.
    auto conflict = run(c, request(sn, 10, *number));
    QVERIFY(!conflict.ok());
    QCOMPARE(conflict.error().code, u"OUT_REFUND_NO_CONFLICT"_s);
}

void TestRefundService::refusedRefundReleasesAmount()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Database db = m_dbs.createMigrated(backend);
    const QString sn = paidOrder(db, 100);
    FakeChannel channel;
    channel.refuseCode = u"NOT_ENOUGH"_s;
    RefundCoordinator c(db, &channel);
    auto refused = run(c, request(sn, 100));
    QVERIFY(refused.ok());
    QCOMPARE(refused->status, RefundStatus::Failed);
    QVERIFY(refused->error.contains(u"NOT_ENOUGH"_s));
    QCOMPARE(c.service().summary(sn)->refundable.fen(), 100);

    // Retried with the same number once the merchant account has funds.
    channel.refuseCode.clear();
    auto retried = run(c, request(sn, 100, refused->outRefundNo));
    QVERIFY2(retried.ok(), qPrintable(retried.errorMessage()));
    QCOMPARE(retried->status, RefundStatus::Success);
    QVERIFY(retried->error.isEmpty());
    QCOMPARE(c.service().summary(sn)->state, OrderRefundState::Full);
    QCOMPARE(c.service().forOrder(sn)->size(), 1);
}

void TestRefundService::finalStatusStays()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Database db = m_dbs.createMigrated(backend);
    const QString sn = paidOrder(db, 50);
    RefundService service(db);
    auto p = service.prepare(request(sn, 50));
    QVERIFY2(p.ok(), qPrintable(p.errorMessage()));
    QVERIFY(!p->reused);
    QVERIFY(p->needsChannel());
    auto ok = service.recordOutcome(p->refund.outRefundNo, {RefundStatus::Success, u"R1"_s, {}, 0}, AuditActor::system());
    QVERIFY(ok.ok() && ok->changed);
    auto repeated = service.recordOutcome(p->refund.outRefundNo, {RefundStatus::Success, u"R1"_s, {}, 0}, AuditActor::system());
    QVERIFY(repeated.ok());
    QVERIFY(!repeated->changed);
    QVERIFY(!repeated->refused);
    auto closed = service.recordOutcome(p->refund.outRefundNo, {RefundStatus::Closed, u"R1"_s, {}, 0}, AuditActor::system());
    QVERIFY(closed.ok());
    QVERIFY(closed->refused);
    QCOMPARE((*service.find(p->refund.outRefundNo))->status, RefundStatus::Success);
    QCOMPARE(AuditLog(db).forObject(sn)->size(), 2);
}

void TestRefundService::invalidRequests()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Database db = m_dbs.createMigrated(backend);
    RefundService service(db);
    const QString paid = paidOrder(db, 100);
    const QString balance = paidOrder(db, 100, PayWay::Balance);
    OrderRepository repo(db);
    const QString unpaid = repo.create(Money::fromFen(100), 1)->orderSn;

    QCOMPARE(service.prepare(request(paid, 0)).error().code, u"AMOUNT"_s);
    QCOMPARE(service.prepare(request(unpaid, 10)).error().code, u"NOT_PAID"_s);
    QCOMPARE(service.prepare(request(u"MC000"_s, 10)).error().code, u"UNKNOWN_ORDER"_s);
    QCOMPARE(service.prepare(request(balance, 10)).error().code, u"PAY_WAY"_s);
    RefundRequest other = request(paid, 10);
    other.reason = RefundReason::Other;
    other.note = u"  "_s;
    QCOMPARE(service.prepare(other).error().code, u"NOTE_REQUIRED"_s);
    other.note = QString(256, u'x');
    QCOMPARE(service.prepare(other).error().code, u"NOTE_TOO_LONG"_s);
    QCOMPARE(service.forOrder(paid)->size(), 0);
    QCOMPARE(AuditLog(db).query({})->size(), 0);
}

void TestRefundService::racingRefundsNeverExceedTheOrder()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Database db = m_dbs.createMigrated(backend);
    const QString sn = paidOrder(db, 100);
    db.releaseThreadConnection();

    // Four people refund 60 of 100 at the same moment, each on a connection of their own.
    constexpr int people = 4;
    std::atomic<int> ready{0};
    std::atomic<int> recorded{0};
    QList<QThread *> threads;
    for (int i = 0; i < people; ++i) {
        threads << QThread::create([&, i] {
            RefundService service(db);
            // Distinct numbers (each dialog took its own), so only the amount rule can stop them.
            RefundRequest r = request(sn, 60, sn + u"R9"_s + QString::number(i));
            r.actor.osUser = u"person%1"_s.arg(i);
            ++ready;
            while (ready.load() < people)
                QThread::yieldCurrentThread();
            auto p = service.prepare(r);
            if (p.ok())
                ++recorded;
            db.releaseThreadConnection();
        });
    }
    for (QThread *t : std::as_const(threads))
        t->start();
    for (QThread *t : std::as_const(threads)) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QCOMPARE(recorded.load(), 1);
    RefundService service(db);
    auto all = service.forOrder(sn);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 1);
    QCOMPARE(service.summary(sn)->refundable.fen(), 40);
}

void TestRefundService::statusMachine()
{
    using S = RefundStatus;
    QVERIFY(Refunds::canMove(S::Pending, S::Success));
    QVERIFY(Refunds::canMove(S::Processing, S::Abnormal));
    QVERIFY(Refunds::canMove(S::Abnormal, S::Success));
    QVERIFY(!Refunds::canMove(S::Success, S::Closed));
    QVERIFY(!Refunds::canMove(S::Closed, S::Success));
    QVERIFY(!Refunds::canMove(S::Processing, S::Pending));
    QVERIFY(!Refunds::canMove(S::Processing, S::Failed));
    QVERIFY(Refunds::canMove(S::Failed, S::Pending));
    for (S s : {S::Pending, S::Processing, S::Success, S::Closed, S::Abnormal, S::Failed})
        QCOMPARE(Refunds::statusFromKey(Refunds::statusKey(s)), std::optional<S>(s));
}

QTEST_GUILESS_MAIN(TestRefundService)
#include "tst_refundservice.moc"
