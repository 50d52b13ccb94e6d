#include "orders/orderrepository.h"
#include "orders/ordersngenerator.h"
#include "testdatabases.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

class TestOrderSnGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format();
    void wellFormed_data();
    void wellFormed();
    void noDuplicatesWithForcedCollisions();
};

void TestOrderSnGenerator::format()
{
    const QDateTime t(QDate(2026, 1, 30), QTime(12, 34, 56));
    OrderSnGenerator gen([t] { return t; }, [] { return 42u; });
    QCOMPARE(gen.next(), QStringLiteral("MC202601301234560042"));
    QCOMPARE(gen.next().size(), OrderSnGenerator::Length);
    OrderSnGenerator real;
    const QString sn = real.next();
    QVERIFY2(OrderSnGenerator::isWellFormed(sn), qPrintable(sn));
}

void TestOrderSnGenerator::wellFormed_data()
{
    QTest::addColumn<QString>("sn");
    QTest::addColumn<bool>("ok");
    QTest::newRow("good") << QStringLiteral("MC202601301234569999") << true;
    QTest::newRow("cut to 18") << QStringLiteral("MC2026013012345699") << false;
    QTest::newRow("bad date") << QStringLiteral("MC202613301234560000") << false;
    QTest::newRow("letters") << QStringLiteral("MC20260130123456abcd") << false;
    QTest::newRow("prefix") << QStringLiteral("XX202601301234560000") << false;
}

void TestOrderSnGenerator::wellFormed()
{
    QFETCH(QString, sn);
    QFETCH(bool, ok);
    QCOMPARE(OrderSnGenerator::isWellFormed(sn), ok);
}

// 100,000 orders created through the repository while the clock moves only one second per
// 4,000 orders: the 4-digit suffix collides constantly, and the unique index plus the
// repository's retry must still give every order its own number.
void TestOrderSnGenerator::noDuplicatesWithForcedCollisions()
{
    TestDatabases dbs;
    Database db = dbs.createMigrated(QStringLiteral("sqlite"));
    {
        QSqlQuery q(*db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous=OFF")));
    }
    qint64 calls = 0;
    const QDateTime base(QDate(2026, 1, 30), QTime(0, 0, 0));
    QRandomGenerator rng(7);
    int drawn = 0;
    OrderSnGenerator gen([&] { return base.addSecs(calls / 4000); }, [&] {
        ++drawn;
        return rng.generate();
    });
    OrderRepository repo(db);
    repo.setSnGenerator(gen);

    const int total = 100'000;
    auto conn = db.connection();
    QVERIFY(conn->transaction());
    for (int i = 0; i < total; ++i) {
        auto created = repo.create(Money::fromFen(40), 1);
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        ++calls;
    }
    QVERIFY(conn->commit());
    QVERIFY2(drawn > total, "the test must force collisions");

    QSqlQuery q(*conn);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT order_sn) FROM la_marketing_chat_order")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), total);
    QCOMPARE(q.value(1).toInt(), total);
}

QTEST_GUILESS_MAIN(TestOrderSnGenerator)
#include "tst_ordersngenerator.moc"
