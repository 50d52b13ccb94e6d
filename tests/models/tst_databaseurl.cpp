#include "db/databaseurl.h"

#include <QTest>

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void roundTrips_data();
    void roundTrips();
};

void TestDatabaseUrl::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("sqlite") << QStringLiteral("sqlite:///var/lib/mcpay/mcpay.db") << int(SqlDialect::Sqlite)
                            << QStringLiteral("/var/lib/mcpay/mcpay.db") << QString() << QString() << 3306 << QString()
                            << QStringLiteral("la_");
    QTest::newRow("sqlite with prefix") << QStringLiteral("sqlite:///tmp/a.db?prefix=shop_") << int(SqlDialect::Sqlite)
                                        << QStringLiteral("/tmp/a.db") << QString() << QString() << 3306 << QString()
                                        << QStringLiteral("shop_");
    QTest::newRow("sqlite with space") << QStringLiteral("sqlite:///tmp/my%20orders.db") << int(SqlDialect::Sqlite)
                                       << QStringLiteral("/tmp/my orders.db") << QString() << QString() << 3306
                                       << QString() << QStringLiteral("la_");
    QTest::newRow("mysql") << QStringLiteral("mysql://shop@db.example:3307/likeadmin?prefix=la_") << int(SqlDialect::MySql)
                           << QString() << QStringLiteral("shop") << QStringLiteral("db.example") << 3307
                           << QStringLiteral("likeadmin") << QStringLiteral("la_");
    QTest::newRow("mysql default port") << QStringLiteral("mysql://root@127.0.0.1/shop") << int(SqlDialect::MySql)
                                        << QString() << QStringLiteral("root") << QStringLiteral("127.0.0.1") << 3306
                                        << QStringLiteral("shop") << QStringLiteral("la_");
    QTest::newRow("mariadb scheme, empty prefix") << QStringLiteral("mariadb://u@h/d?prefix=") << int(SqlDialect::MySql)
                                                  << QString() << QStringLiteral("u") << QStringLiteral("h") << 3306
                                                  << QStringLiteral("d") << QString();
}

void TestDatabaseUrl::parses()
{
    QFETCH(QString, text);
    QFETCH(int, dialect);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY2(url.ok(), qPrintable(url.errorMessage()));
    QCOMPARE(int(url->dialect), dialect);
    QTEST(url->path, "path");
    QTEST(url->user, "user");
    QTEST(url->host, "host");
    QTEST(url->port, "port");
    QTEST(url->database, "database");
    QTEST(url->prefix, "prefix");
}

void TestDatabaseUrl::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("relative sqlite") << QStringLiteral("sqlite://relative.db");
    QTest::newRow("sqlite no path") << QStringLiteral("sqlite://");
    QTest::newRow("password in url") << QStringLiteral("mysql://root:secret@localhost/shop");
    QTest::newRow("no user") << QStringLiteral("mysql://localhost/shop");
    QTest::newRow("no database") << QStringLiteral("mysql://root@localhost");
    QTest::newRow("bad prefix") << QStringLiteral("mysql://root@localhost/shop?prefix=la;drop");
    QTest::newRow("unknown scheme") << QStringLiteral("postgres://root@localhost/shop");
}

void TestDatabaseUrl::rejects()
{
    QFETCH(QString, text);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY(!url.ok());
    QVERIFY(!url.errorMessage().isEmpty());
}

void TestDatabaseUrl::roundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("sqlite") << QStringLiteral("sqlite:///var/lib/mcpay/mcpay.db");
    QTest::newRow("sqlite prefix") << QStringLiteral("sqlite:///tmp/a.db?prefix=x_");
    QTest::newRow("mysql") << QStringLiteral("mysql://shop@db.example:3307/likeadmin");
    QTest::newRow("mysql socket") << QStringLiteral("mysql://root@localhost/shop?socket=/run/mysqld/mysqld.sock");
}

void TestDatabaseUrl::roundTrips()
{
    QFETCH(QString, text);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY2(url.ok(), qPrintable(url.errorMessage()));
    const auto again = DatabaseUrl::parse(url->toString());
    QVERIFY2(again.ok(), qPrintable(url->toString()));
    QCOMPARE(*again, *url);
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
