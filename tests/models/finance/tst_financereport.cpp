#include "finance/financereport.h"
#include "finance/refundservice.h"
#include "orders/orderrepository.h"
#include "testdatabases.h"

#include <QHash>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestFinanceReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dailyMatchesRowsAndSql_data() { backends(); }
    void dailyMatchesRowsAndSql();
    void localMidnightBoundary_data() { backends(); }
    void localMidnightBoundary();
    void conversionMatchesRows_data() { backends(); }
    void conversionMatchesRows();
    void csv();

private:
    static void backends()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    struct Raw
    {
        qint64 createTime, payTime, fen;
        int payStatus;
        bool deleted;
        QString remark;
    };
    static QList<Raw> rawOrders(const Database &db);
    static QDate localDay(qint64 secs) { return QDate(1970, 1, 1).addDays((secs + 8 * 3600) / 86400); }
    static Database seeded(TestDatabases &dbs, const QString &backend);
    TestDatabases m_dbs;
};

// 400 orders over 30 days of January 2026 and refunds of some paid ones on later days.
Database TestFinanceReport::seeded(TestDatabases &dbs, const QString &backend)
{
    Database db = dbs.createMigrated(backend);
    OrderRepository repo(db);
    OrderRepository::SeedOptions o;
    o.count = 400;
    o.startTime = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone(8 * 3600)).toSecsSinceEpoch();
    o.endTime = QDateTime(QDate(2026, 1, 31), QTime(0, 0), QTimeZone(8 * 3600)).toSecsSinceEpoch();
    if (!repo.seedDemoOrders(o))
        qFatal("seed failed");
    QSqlQuery q(*db.connection());
    q.exec(u"SELECT order_sn, pay_way FROM "_s + db.table(u"marketing_chat_order")
           + u" WHERE pay_status = 1 AND delete_time IS NULL AND pay_way IN (1, 2) ORDER BY id LIMIT 12"_s);
    QStringList sns;
    while (q.next())
        sns << q.value(0).toString();
    RefundService refunds(db);
    qint64 clock = o.startTime * 1000 + 86'400'000LL * 5;
    refunds.setClock([&clock] { return clock; });
    for (int i = 0; i < sns.size(); ++i) {
        RefundRequest r;
        r.orderSn = sns.at(i);
        r.amount = Money::fromFen(1);
        r.reason = RefundReason::DuplicatePayment;
        r.actor = {u"t"_s, u"finance"_s};
        auto p = refunds.prepare(r);
        if (!p)
            qFatal("refund: %s", qPrintable(p.errorMessage()));
        // Every third one is closed instead: it must not count.
        const RefundStatus s = i % 3 == 2 ? RefundStatus::Closed : RefundStatus::Success;
        if (!refunds.recordOutcome(p->refund.outRefundNo, {s, {}, {}, clock + i * 7'200'000LL}, AuditActor::system()))
            qFatal("outcome");
    }
    return db;
}

QList<TestFinanceReport::Raw> TestFinanceReport::rawOrders(const Database &db)
{
    QList<Raw> rows;
    QSqlQuery q(*db.connection());
    q.exec(u"SELECT create_time, pay_time, "_s + db.fenExpression(u"order_amount"_s)
           + u", pay_status, delete_time, remark FROM "_s + db.table(u"marketing_chat_order"));
    while (q.next())
        rows << Raw{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toInt(),
                    !q.value(4).isNull(), q.value(5).toString()};
    return rows;
}

void TestFinanceReport::dailyMatchesRowsAndSql()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Database db = seeded(m_dbs, backend);
    const ReportRange range{QDate(2026, 1, 3), QDate(2026, 1, 27)};
    auto days = FinanceReport(db).daily(range);
    QVERIFY2(days.ok(), qPrintable(days.errorMessage()));
    QCOMPARE(days->size(), 25);

    // Day by day against the rows bucketed in C++.
    QHash<QDate, DailyFigures> expected;
    for (const Raw &r : rawOrders(db)) {
        if (r.deleted)
            continue;
        expected[localDay(r.createTime)].created++;
        if (r.payStatus == 1) {
            DailyFigures &d = expected[localDay(r.payTime)];
            d.paidCount++;
            d.paidSum = d.paidSum + Money::fromFen(r.fen);
        }
    }
    qint64 nonEmpty = 0;
    for (const DailyFigures &d : std::as_const(*days)) {
        QCOMPARE(d.created, expected.value(d.day).created);
        QCOMPARE(d.paidCount, expected.value(d.day).paidCount);
        QCOMPARE(d.paidSum, expected.value(d.day).paidSum);
        nonEmpty += d.paidCount > 0;
    }
    QVERIFY(nonEmpty > 10);

    // Totals against independent SQL over the same instants.
    const DailyFigures t = FinanceReport::total(*days);
    QSqlQuery q(*db.connection());
    q.prepare(u"SELECT COUNT(*), SUM("_s + db.fenExpression(u"order_amount"_s) + u") FROM "_s
              + db.table(u"marketing_chat_order")
              + u" WHERE pay_status = 1 AND delete_time IS NULL AND pay_time >= ? AND pay_time < ?"_s);
    q.addBindValue(QDateTime(QDate(2026, 1, 3), QTime(0, 0), QTimeZone(8 * 3600)).toSecsSinceEpoch());
    q.addBindValue(QDateTime(QDate(2026, 1, 28), QTime(0, 0), QTimeZone(8 * 3600)).toSecsSinceEpoch());
    QVERIFY(q.exec() && q.next());
    QCOMPARE(t.paidCount, q.value(0).toLongLong());
    QCOMPARE(t.paidSum.fen(), q.value(1).toLongLong());
    q.prepare(u"SELECT COUNT(*), SUM(amount_fen) FROM "_s + db.table(u"mcpay_refund") + u" WHERE status = 'SUCCESS'"_s);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(t.refundCount, q.value(0).toLongLong()); // all refunds fall inside the range
    QCOMPARE(t.refundSum.fen(), q.value(1).toLongLong());
    QCOMPARE(t.refundCount, 8);
}

void TestFinanceReport::localMidnightBoundary()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Database db = m_dbs.createMigrated(backend);
    OrderRepository repo(db);
    // 2026-01-30 23:59:59 and 2026-01-31 00:00:00 in China.
    const qint64 lastSecond = QDateTime(QDate(2026, 1, 30), QTime(23, 59, 59), QTimeZone(8 * 3600)).toSecsSinceEpoch();
    repo.setClock([&] { return lastSecond; });
    auto a = repo.create(Money::fromFen(29), 1);
    auto b = repo.create(Money::fromFen(40), 1);
    QVERIFY(repo.markPaid(a->orderId, {u"t1"_s, PayWay::WeChat, lastSecond}).ok());
    QVERIFY(repo.markPaid(b->orderId, {u"t2"_s, PayWay::WeChat, lastSecond + 1}).ok());
    auto days = FinanceReport(db).daily({QDate(2026, 1, 30), QDate(2026, 1, 31)});
    QVERIFY(days.ok());
    QCOMPARE(days->at(0).paidSum.fen(), 29);
    QCOMPARE(days->at(1).paidSum.fen(), 40);
    QCOMPARE(days->at(0).created, 2);
    // The same instants seen from UTC fall on one day.
    ReportRange utc{QDate(2026, 1, 30), QDate(2026, 1, 30), 0};
    auto utcDays = FinanceReport(db).daily(utc);
    QCOMPARE(utcDays->at(0).paidSum.fen(), 69);
    QVERIFY(!FinanceReport(db).daily({QDate(2026, 2, 1), QDate(2026, 1, 1)}).ok());
}

void TestFinanceReport::conversionMatchesRows()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Database db = seeded(m_dbs, backend);
    const ReportRange range{QDate(2026, 1, 1), QDate(2026, 1, 31)};
    auto byAmount = FinanceReport(db).conversionByAmount(range);
    auto byRemark = FinanceReport(db).conversionByRemark(range);
    QVERIFY2(byAmount.ok(), qPrintable(byAmount.errorMessage()));
    QVERIFY(byRemark.ok());
    QHash<qint64, ConversionFigures> amounts;
    QHash<QString, ConversionFigures> remarks;
    for (const Raw &r : rawOrders(db)) {
        if (r.deleted || r.createTime < range.startSecs() || r.createTime >= range.endSecs())
            continue;
        for (ConversionFigures *c : {&amounts[r.fen], &remarks[r.remark]}) {
            c->created++;
            if (r.payStatus == 1) {
                c->paid++;
                c->paidSum = c->paidSum + Money::fromFen(r.fen);
            }
        }
    }
    QCOMPARE(byAmount->size(), amounts.size());
    for (const ConversionFigures &c : std::as_const(*byAmount)) {
        QCOMPARE(c.created, amounts.value(c.amount.fen()).created);
        QCOMPARE(c.paid, amounts.value(c.amount.fen()).paid);
        QCOMPARE(c.paidSum, amounts.value(c.amount.fen()).paidSum);
    }
    QCOMPARE(byRemark->size(), remarks.size());
    for (const ConversionFigures &c : std::as_const(*byRemark)) {
        QCOMPARE(c.created, remarks.value(c.key).created);
        QCOMPARE(c.paid, remarks.value(c.key).paid);
    }
    for (int i = 1; i < byAmount->size(); ++i)
        QVERIFY(byAmount->at(i - 1).created >= byAmount->at(i).created);
}

void TestFinanceReport::csv()
{
    DailyFigures a;
    a.day = QDate(2026, 1, 30);
    a.created = 3;
    a.paidCount = 2;
    a.paidSum = Money::fromFen(69);
    a.refundCount = 1;
    a.refundSum = Money::fromFen(29);
    DailyFigures b;
    b.day = QDate(2026, 1, 31);
    b.paidCount = 1;
    b.paidSum = Money::fromFen(1);
    const QByteArray csv = FinanceReport::dailyCsv({a, b});
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    QCOMPARE(lines.size(), 5); // header, two days, total, empty after the last CRLF
    QCOMPARE(lines.at(1), QByteArray("2026-01-30,3,2,0.69,1,0.29,0.40\r"));
    QCOMPARE(lines.at(2), QByteArray("2026-01-31,0,1,0.01,0,0.00,0.01\r"));
    QVERIFY(lines.at(3).endsWith(",3,3,0.70,1,0.29,0.41\r"));
    ConversionFigures c;
    c.key = u"0.40"_s;
    c.created = 3;
    c.paid = 2;
    c.paidSum = Money::fromFen(80);
    QCOMPARE(c.permille(), 666);
    QVERIFY(FinanceReport::conversionCsv({c}, u"Amount"_s).contains("0.40,3,2,66.6,0.80\r\n"));
}

QTEST_GUILESS_MAIN(TestFinanceReport)
#include "tst_financereport.moc"
