#include "db/schemamigrator.h"
#include "orders/orderrepository.h"
#include "testdatabases.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

class TestSchemaMigrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabase_data() { backends(); }
    void freshDatabase();
    void secondRunIsNoOp_data() { backends(); }
    void secondRunIsNoOp();
    void duplicatesReportedAndIndexSkipped_data() { backends(); }
    void duplicatesReportedAndIndexSkipped();
    void customPrefix_data() { backends(); }
    void customPrefix();
    void attachesToSeedTableUnchanged();
    void optionalMigrationFailureIsAWarning_data() { backends(); }
    void optionalMigrationFailureIsAWarning();
    void splitsStatements();

private:
    static void backends()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    static QStringList columnsOf(Database &db, const QString &table)
    {
        QStringList names;
        const QSqlRecord r = db.connection()->record(table);
        for (int i = 0; i < r.count(); ++i)
            names << r.fieldName(i);
        return names;
    }
    TestDatabases m_dbs;
};

void TestSchemaMigrator::freshDatabase()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Database db = m_dbs.create(backend);
    auto report = SchemaMigrator(db).migrate();
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QVERIFY(report->applied.contains(QStringLiteral("0000_marketing_chat_order")));
    QVERIFY(report->uniqueOrderSn);
    QVERIFY(report->duplicates.isEmpty());
    QCOMPARE(columnsOf(db, QStringLiteral("la_marketing_chat_order")),
             (QStringList{QStringLiteral("id"), QStringLiteral("order_sn"), QStringLiteral("user_id"),
                          QStringLiteral("order_amount"), QStringLiteral("pay_way"), QStringLiteral("pay_status"),
                          QStringLiteral("pay_time"), QStringLiteral("transaction_id"), QStringLiteral("remark"),
                          QStringLiteral("create_time"), QStringLiteral("update_time"), QStringLiteral("delete_time")}));

    // The UNIQUE index is real: a second row with the same sn is refused.
    QSqlQuery q(*db.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO la_marketing_chat_order (order_sn) VALUES ('MC202601300000000001')")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO la_marketing_chat_order (order_sn) VALUES ('MC202601300000000001')")));
    QVERIFY(Database::isUniqueViolation(q.lastError()));
}

void TestSchemaMigrator::secondRunIsNoOp()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Database db = m_dbs.create(backend);
    QVERIFY(SchemaMigrator(db).migrate().ok());
    QSqlQuery q(*db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM la_mcpay_schema_migrations")));
    QVERIFY(q.next());
    const int versions = q.value(0).toInt();
    QCOMPARE(versions, int(SchemaMigrator::shippedMigrations(db.dialect(), QStringLiteral("la_")).size()));

    auto again = SchemaMigrator(db).migrate();
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QVERIFY(again->applied.isEmpty());
    QVERIFY(again->uniqueOrderSn);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM la_mcpay_schema_migrations")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), versions);
}

// A likeadmin table whose data already has duplicated sns: the migration says which,
// carries on without the UNIQUE index, and adds it once the data is cleaned up.
void TestSchemaMigrator::duplicatesReportedAndIndexSkipped()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Database db = m_dbs.create(backend);
    const QString ddlFile = db.dialect() == SqlDialect::Sqlite ? QStringLiteral(":/sql/sqlite/0000_marketing_chat_order.sql")
                                                               : QStringLiteral(":/sql/mysql/0000_marketing_chat_order.sql");
    QFile f(ddlFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QSqlQuery q(*db.connection());
    for (const QString &s : SchemaMigrator::splitStatements(QString::fromUtf8(f.readAll())))
        QVERIFY2(q.exec(s), qPrintable(q.lastError().text()));
    for (const char *sn : {"MC202601300000000001", "MC202601300000000001", "MC202601300000000002",
                           "MC202601300000000003", "MC202601300000000003", "MC202601300000000003"})
        QVERIFY(q.exec(QStringLiteral("INSERT INTO la_marketing_chat_order (order_sn, order_amount) VALUES ('%1', '0.40')")
                           .arg(QLatin1StringView(sn))));

    auto report = SchemaMigrator(db).migrate();
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QVERIFY(!report->uniqueOrderSn);
    QCOMPARE(report->duplicates.size(), 2);
    QCOMPARE(report->duplicates.at(0).orderSn, QStringLiteral("MC202601300000000003"));
    QCOMPARE(report->duplicates.at(0).count, 3);
    QCOMPARE(report->duplicates.at(1).orderSn, QStringLiteral("MC202601300000000001"));
    QVERIFY(report->summary().contains(QStringLiteral("MC202601300000000003")));

    // Still usable: orders can be created and browsed.
    OrderRepository repo(db);
    QVERIFY(repo.create(Money::fromFen(40), 1).ok());
    QCOMPARE(repo.totals({})->count, 7);

    // Clean up and migrate again: the index arrives.
    QVERIFY(q.exec(QStringLiteral("UPDATE la_marketing_chat_order SET order_sn = CONCAT(order_sn, '-', id) "
                                  "WHERE order_sn IN ('MC202601300000000001', 'MC202601300000000003')")
                       .replace(QStringLiteral("CONCAT(order_sn, '-', id)"),
                                db.dialect() == SqlDialect::Sqlite ? QStringLiteral("order_sn || '-' || id")
                                                                   : QStringLiteral("CONCAT(order_sn, '-', id)"))));
    auto again = SchemaMigrator(db).migrate();
    QVERIFY(again.ok());
    QVERIFY(again->uniqueOrderSn);
    QVERIFY(again->duplicates.isEmpty());
}

void TestSchemaMigrator::customPrefix()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Database db = m_dbs.create(backend, QStringLiteral("shop_"));
    auto report = SchemaMigrator(db).migrate();
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    const QStringList tables = db.connection()->tables();
    QVERIFY(tables.contains(QStringLiteral("shop_marketing_chat_order")));
    QVERIFY(tables.contains(QStringLiteral("shop_mcpay_schema_migrations")));
    QVERIFY(!tables.contains(QStringLiteral("la_marketing_chat_order")));
    OrderRepository repo(db);
    QVERIFY(repo.create(Money::fromFen(40), 1).ok());
}

// The seed's MySQL DDL, run by hand as a PHP deployment does, then attached: the table's
// columns and existing rows stay as they were.
void TestSchemaMigrator::attachesToSeedTableUnchanged()
{
    MCPAY_REQUIRE_BACKEND(QStringLiteral("mariadb"));
    Database db = m_dbs.create(QStringLiteral("mariadb"));
    QFile f(QStringLiteral(":/sql/mysql/0000_marketing_chat_order.sql"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QSqlQuery q(*db.connection());
    for (const QString &s : SchemaMigrator::splitStatements(QString::fromUtf8(f.readAll())))
        QVERIFY(q.exec(s));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO la_marketing_chat_order (order_sn, user_id, order_amount, create_time) "
                                  "VALUES ('MC202601301200000001', 5, 0.40, 1769745600)")));
    QVERIFY(q.exec(QStringLiteral("SHOW CREATE TABLE la_marketing_chat_order")) && q.next());
    const QString before = q.value(1).toString();

    QVERIFY(SchemaMigrator(db).migrate().ok());
    QVERIFY(q.exec(QStringLiteral("SHOW CREATE TABLE la_marketing_chat_order")) && q.next());
    const QString after = q.value(1).toString();
    // Only indexes were added; every column definition line is unchanged.
    const auto columnLines = [](const QString &ddl) {
        QStringList lines;
        for (const QString &l : ddl.split(u'\n')) {
            if (l.trimmed().startsWith(u'`'))
                lines << l.trimmed();
        }
        return lines;
    };
    QCOMPARE(columnLines(after), columnLines(before));
    QVERIFY(after.contains(QStringLiteral("UNIQUE KEY")));
    OrderRepository repo(db);
    auto found = repo.findBySn(QStringLiteral("MC202601301200000001"));
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE((*found)->amount.fen(), 40);
}

// A migration the account may lack the privilege for (triggers on MySQL with binary
// logging) warns and is retried next time; a required one that fails stops the migration.
void TestSchemaMigrator::optionalMigrationFailureIsAWarning()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Database db = m_dbs.createMigrated(backend);
    SchemaMigrator migrator(db);
    QList<SchemaMigrator::Migration> migrations = SchemaMigrator::shippedMigrations(db.dialect(), QStringLiteral("la_"));
    SchemaMigrator::Migration optional{900, QStringLiteral("0900_guard"), {QStringLiteral("CREATE TRIGGERX nonsense")}, true};
    migrations << optional;
    auto report = migrator.migrateWith(migrations);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->warnings.size(), 1);
    QVERIFY(report->warnings.first().contains(QStringLiteral("0900_guard")));
    QVERIFY(report->summary().contains(QStringLiteral("0900_guard")));
    QSqlQuery q(*db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM la_mcpay_schema_migrations WHERE version = 900")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);

    // Fixed, it applies on the next run.
    migrations.last().statements = {QStringLiteral("CREATE TABLE la_mcpay_guard_probe (x INTEGER)")};
    report = migrator.migrateWith(migrations);
    QVERIFY(report.ok());
    QVERIFY(report->warnings.isEmpty());
    QCOMPARE(report->applied, QStringList{QStringLiteral("0900_guard")});

    // A required migration that fails is an error.
    SchemaMigrator::Migration required{901, QStringLiteral("0901_required"), {QStringLiteral("CREATE TRIGGERX nonsense")}, false};
    migrations << required;
    report = migrator.migrateWith(migrations);
    QVERIFY(!report.ok());
    QVERIFY(report.errorMessage().contains(QStringLiteral("0901_required")));
}

void TestSchemaMigrator::splitsStatements()
{
    const QStringList s = SchemaMigrator::splitStatements(
        QStringLiteral("-- comment\nCREATE TABLE a (\n  x int\n);\n\nCREATE INDEX i ON a (x);\n"));
    QCOMPARE(s.size(), 2);
    QVERIFY(s.at(0).startsWith(QStringLiteral("CREATE TABLE a")));
    QVERIFY(!s.at(0).endsWith(u';'));
    QCOMPARE(s.at(1), QStringLiteral("CREATE INDEX i ON a (x)"));
}

QTEST_GUILESS_MAIN(TestSchemaMigrator)
#include "tst_schemamigrator.moc"
