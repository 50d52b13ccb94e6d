#include "finance/auditlog.h"
#include "finance/ordertimeline.h"
#include "orders/prepayjournal.h"
#include "finance/refundservice.h"
#include "orders/orderrepository.h"
#include "testdatabases.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestOrderTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergesEverySourceInOrder_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void mergesEverySourceInOrder();

private:
    TestDatabases m_dbs;
};

void TestOrderTimeline::mergesEverySourceInOrder()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Database db = m_dbs.createMigrated(backend);
    OrderRepository repo(db);
    repo.setClock([] { return qint64(1000); });
    const auto created = repo.create(Money::fromFen(100), 7);
    QVERIFY(created.ok());
    const QString sn = created->orderSn;
    const auto other = repo.create(Money::fromFen(5), 8);
    QVERIFY(other.ok());

    // Two notifications: a bad signature at 1500 s, then the one that applied at 2000 s; one
    // for another order that must not appear.
    auto conn = db.connection();
    QSqlQuery q(*conn);
    q.prepare(u"INSERT INTO "_s + db.table(u"mcpay_notify_journal")
              + u" (received_at, channel, route, remote, headers, body, verdict, http_status, order_sn, "
                u"transaction_id, notified_fen, transitioned, error, latency_us) VALUES (?, 'wechat', "
                u"'/api/pay/notifyMnp', '', '{}', '', ?, ?, ?, '', ?, ?, '', 0)"_s);
    const auto journal = [&](qint64 ms, const QString &verdict, int status, const QString &orderSn, bool transitioned) {
        q.addBindValue(ms);
        q.addBindValue(verdict);
        q.addBindValue(status);
        q.addBindValue(orderSn);
        q.addBindValue(qint64(100));
        q.addBindValue(transitioned ? 1 : 0);
        return q.exec();
    };
    // The pay parameters handed out at 1200 s (and another order's, which must not appear).
    for (const auto &[orderSn, ms] : {std::pair{sn, qint64(1'200'000)}, std::pair{other->orderSn, qint64(1'300'000)}}) {
        PrepayRecord record{orderSn, 7, PayWay::WeChat, u"mnp"_s, u"wx2026prepay"_s + orderSn.right(4), {},
                            Money::fromFen(100), ms, u"JSAPI prepay"_s};
        const Status recorded = PrepayJournal(db).record(record);
        QVERIFY2(recorded.ok(), qPrintable(recorded.errorMessage()));
    }
    auto prepays = PrepayJournal(db).forOrder(sn);
    QVERIFY(prepays.ok());
    QCOMPARE(prepays->size(), 1);
    QCOMPARE(prepays->first().amount, Money::fromFen(100));
    QCOMPARE(prepays->first().payWay, PayWay::WeChat);

    QVERIFY2(journal(1'500'000, u"bad_signature"_s, 401, sn, false), qPrintable(q.lastError().text()));
    QVERIFY(journal(2'000'000, u"applied"_s, 200, sn, true));
    QVERIFY(journal(2'100'000, u"applied"_s, 200, other->orderSn, true));
    QVERIFY(repo.markPaid(created->orderId, MarkPaidRequest{u"42000"_s, PayWay::WeChat, 2000}).ok());

    AuditLog audit(db);
    audit.setClock([] { return qint64(2'500'000); });
    QVERIFY(audit.append({u"bob"_s, u"finance"_s}, AuditAction::ReconciliationApplied, sn, {}, u"statement"_s).ok());

    RefundService refunds(db);
    refunds.setClock([] { return qint64(3'000'000); });
    RefundRequest r;
    r.orderSn = sn;
    r.amount = Money::fromFen(40);
    r.reason = RefundReason::RequestedByCustomer;
    r.actor = {u"alice"_s, u"finance"_s};
    auto p = refunds.prepare(r);
    QVERIFY2(p.ok(), qPrintable(p.errorMessage()));
    QVERIFY(refunds.recordOutcome(p->refund.outRefundNo, {RefundStatus::Success, u"503"_s, {}, 4'000'000},
                                  AuditActor::system())
                .ok());

    auto events = OrderTimeline(db).forOrder(sn);
    QVERIFY2(events.ok(), qPrintable(events.errorMessage()));
    using K = TimelineEvent::Kind;
    const QList<K> kinds = {K::Created, K::Prepay, K::Notification, K::Notification, K::Paid, K::ManualAction,
                            K::RefundRequested, K::RefundFinished};
    QCOMPARE(events->size(), kinds.size());
    for (int i = 0; i < kinds.size(); ++i)
        QCOMPARE(events->at(i).kind, kinds.at(i));
    QCOMPARE(events->at(0).atMs, 1'000'000);
    QCOMPARE(events->at(1).atMs, 1'200'000);
    QCOMPARE(events->at(1).key, u"mnp"_s);
    QVERIFY(events->at(1).detail.contains(u"wx2026prepay"_s + sn.right(4)));
    QCOMPARE(events->at(2).key, u"bad_signature"_s);
    QVERIFY(events->at(2).problem);
    QVERIFY(!events->at(3).problem);
    QVERIFY(events->at(3).detail.contains(u"paid"_s));
    QCOMPARE(events->at(5).who, u"bob (finance)"_s);
    QCOMPARE(events->at(6).who, u"alice"_s);
    QCOMPARE(events->at(7).atMs, 4'000'000);
    QCOMPARE(events->at(7).key, u"SUCCESS"_s);
    QVERIFY(!events->at(7).problem);
    for (int i = 1; i < events->size(); ++i)
        QVERIFY(events->at(i - 1).atMs <= events->at(i).atMs);
}

QTEST_GUILESS_MAIN(TestOrderTimeline)
#include "tst_ordertimeline.moc"
