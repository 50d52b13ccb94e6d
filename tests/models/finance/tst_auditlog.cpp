#include "finance/auditlog.h"
#include "testdatabases.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendAndRead_data() { backends(); }
    void appendAndRead();
    void filters_data() { backends(); }
    void filters();
    void updateAndDeleteRefused_data() { backends(); }
    void updateAndDeleteRefused();
    void appendRollsBackWithTransaction_data() { backends(); }
    void appendRollsBackWithTransaction();
    void profiles();

private:
    static void backends()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    TestDatabases m_dbs;
};

void TestAuditLog::appendAndRead()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Database db = m_dbs.createMigrated(backend);
    AuditLog log(db);
    log.setClock([] { return qint64(1769747696123); });

    const AuditActor actor{u"alice"_s, u"finance"_s};
    auto id = log.append(actor, AuditAction::MarkPaid, u"MC202601301234561234"_s,
                         QJsonObject{{u"transaction_id"_s, u"4200000000"_s}, {u"amount_fen"_s, 29}},
                         u"客户发来付款截图"_s);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    QVERIFY(*id > 0);

    auto entries = log.forObject(u"MC202601301234561234"_s);
    QVERIFY2(entries.ok(), qPrintable(entries.errorMessage()));
    QCOMPARE(entries->size(), 1);
    const AuditEntry e = entries->first();
    QCOMPARE(e.id, *id);
    QCOMPARE(e.atMs, 1769747696123);
    QCOMPARE(e.actor.osUser, u"alice"_s);
    QCOMPARE(e.actor.profile, u"finance"_s);
    QCOMPARE(e.action, QString(AuditAction::MarkPaid));
    QCOMPARE(e.details.value(u"amount_fen"_s).toInteger(), 29);
    QCOMPARE(e.details.value(u"transaction_id"_s).toString(), u"4200000000"_s);
    QCOMPARE(e.reason, u"客户发来付款截图"_s);

    // An entry without an action is refused.
    auto bad = log.append(actor, QString(), u"x"_s);
    QVERIFY(!bad.ok());
}

void TestAuditLog::filters()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Database db = m_dbs.createMigrated(backend);
    AuditLog log(db);
    qint64 clock = 1000;
    log.setClock([&clock] { return clock; });
    const AuditActor alice{u"alice"_s, u"finance"_s};
    const AuditActor bob{u"bob"_s, u"admin"_s};
    QVERIFY(log.append(alice, AuditAction::MarkPaid, u"A1"_s, {}, u"screenshot"_s).ok());
    clock = 2000;
    QVERIFY(log.append(bob, AuditAction::FlowPublished, u"welcome"_s, QJsonObject{{u"version"_s, 3}}).ok());
    clock = 3000;
    QVERIFY(log.append(alice, AuditAction::RefundRequested, u"A1"_s, QJsonObject{{u"out_refund_no"_s, u"A1R01"_s}}).ok());

    auto all = log.query({});
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->first().action, QString(AuditAction::RefundRequested)); // newest first

    AuditFilter f;
    f.object = u"A1"_s;
    QCOMPARE(log.query(f)->size(), 2);
    f = {};
    f.osUser = u"bob"_s;
    QCOMPARE(log.query(f)->size(), 1);
    f = {};
    f.action = QString(AuditAction::MarkPaid);
    QCOMPARE(log.query(f)->size(), 1);
    f = {};
    f.fromMs = 2000;
    f.toMs = 3000;
    auto range = log.query(f);
    QCOMPARE(range->size(), 1);
    QCOMPARE(range->first().object, u"welcome"_s);
    f = {};
    f.text = u"A1R01"_s; // inside details
    QCOMPARE(log.query(f)->size(), 1);
    f.text = u"screenshot"_s; // the reason
    QCOMPARE(log.query(f)->size(), 1);
    f = {};
    f.limit = 2;
    auto page1 = log.query(f);
    QCOMPARE(page1->size(), 2);
    f.beforeId = page1->last().id;
    auto page2 = log.query(f);
    QCOMPARE(page2->size(), 1);
    QCOMPARE(page2->first().object, u"A1"_s);
    QCOMPARE(page2->first().action, QString(AuditAction::MarkPaid));
}

void TestAuditLog::updateAndDeleteRefused()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Database db = m_dbs.createMigrated(backend);
    AuditLog log(db);
    auto id = log.append({u"alice"_s, u"finance"_s}, AuditAction::MarkPaid, u"A1"_s, {}, u"why"_s);
    QVERIFY(id.ok());

    auto conn = db.connection();
    QVERIFY(conn.ok());
    QSqlQuery q(*conn);
    const QString table = db.table(u"mcpay_audit_log");
    QVERIFY(!q.exec(u"UPDATE "_s + table + u" SET reason = 'changed'"_s));
    QVERIFY2(q.lastError().text().contains(u"append-only"_s), qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(u"DELETE FROM "_s + table));
    QVERIFY2(q.lastError().text().contains(u"append-only"_s), qPrintable(q.lastError().text()));

    auto entries = log.query({});
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().reason, u"why"_s);
}

void TestAuditLog::appendRollsBackWithTransaction()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Database db = m_dbs.createMigrated(backend);
    AuditLog log(db);
    {
        Transaction tx(*db.connection());
        QVERIFY(tx.begun());
        QVERIFY(log.append({u"alice"_s, u"finance"_s}, AuditAction::MarkPaid, u"A1"_s).ok());
        // no commit: the change it recorded did not happen either
    }
    QCOMPARE(log.query({})->size(), 0);
    {
        Transaction tx(*db.connection());
        QVERIFY(log.append({u"alice"_s, u"finance"_s}, AuditAction::MarkPaid, u"A2"_s).ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(log.query({})->size(), 1);
}

void TestAuditLog::profiles()
{
    using namespace Profiles;
    QVERIFY(canRefund(Profile::Finance));
    QVERIFY(!canRefund(Profile::Admin));
    QVERIFY(!canRefund(Profile::Tester));
    QVERIFY(canPublish(Profile::Admin));
    QVERIFY(!canPublish(Profile::Finance));
    QVERIFY(!canPublish(Profile::Tester));
    QVERIFY(canMarkPaid(Profile::Finance));
    QVERIFY(!canMarkPaid(Profile::Tester));
    QVERIFY(canConfigureChannels(Profile::Admin));
    QVERIFY(!canConfigureChannels(Profile::Finance));
    QVERIFY(canCreateTestOrders(Profile::Tester));
    QVERIFY(!canViewReports(Profile::Tester));
    for (Profile p : {Profile::Admin, Profile::Finance, Profile::Tester})
        QCOMPARE(fromKey(key(p)), std::optional<Profile>(p));
    QCOMPARE(fromKey(u"root"), std::nullopt);
    const AuditActor a = AuditActor::person(Profile::Finance);
    QCOMPARE(a.profile, u"finance"_s);
    QVERIFY(!a.osUser.isEmpty());
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
