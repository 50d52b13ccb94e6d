#include "testdatabases.h"

#include "db/schemamigrator.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

TestDatabases::TestDatabases() : m_dir(std::make_unique<QTemporaryDir>()) {}

TestDatabases::~TestDatabases()
{
    if (m_mysqlSchemas.isEmpty())
        return;
    auto parsed = DatabaseUrl::parse(mysqlUrlFromEnvironment());
    if (!parsed)
        return;
    Database admin(*parsed, mysqlPasswordFromEnvironment());
    auto db = admin.openConnection(QStringLiteral("test-admin-drop"));
    if (!db)
        return;
    QSqlQuery q(*db);
    for (const QString &schema : std::as_const(m_mysqlSchemas))
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS `%1`").arg(schema));
}

void TestDatabases::addBackendColumn()
{
    QTest::addColumn<QString>("backend");
}

void TestDatabases::addBackendRows()
{
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("mariadb") << QStringLiteral("mariadb");
}

QString TestDatabases::mysqlUrlFromEnvironment()
{
    return qEnvironmentVariable("MCPAY_TEST_MYSQL_URL");
}

QString TestDatabases::mysqlPasswordFromEnvironment()
{
    return qEnvironmentVariable("MCPAY_TEST_MYSQL_PASSWORD");
}

bool TestDatabases::available(const QString &backend, QString *why)
{
    if (backend == u"sqlite")
        return true;
    if (mysqlUrlFromEnvironment().isEmpty()) {
        *why = QStringLiteral("MCPAY_TEST_MYSQL_URL is not set; run the tests through scripts/dev.sh test");
        return false;
    }
    return true;
}

Database TestDatabases::create(const QString &backend, const QString &prefix)
{
    const QString suffix = QStringLiteral("%1_%2").arg(++m_counter).arg(QRandomGenerator::global()->generate(), 8, 16,
                                                                        QLatin1Char('0'));
    if (backend == u"sqlite") {
        DatabaseUrl url = DatabaseUrl::sqlite(m_dir->filePath(QStringLiteral("test_%1.db").arg(suffix)));
        url.prefix = prefix;
        return Database(url);
    }
    auto parsed = DatabaseUrl::parse(mysqlUrlFromEnvironment());
    if (!parsed)
        qFatal("MCPAY_TEST_MYSQL_URL is not a valid database URL: %s", qPrintable(parsed.errorMessage()));
    Database admin(*parsed, mysqlPasswordFromEnvironment());
    auto db = admin.openConnection(QStringLiteral("test-admin"));
    if (!db)
        qFatal("Cannot reach the test MariaDB server: %s", qPrintable(db.errorMessage()));
    const QString schema = QStringLiteral("mcpay_t_%1").arg(suffix);
    QSqlQuery q(*db);
    if (!q.exec(QStringLiteral("CREATE DATABASE `%1` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci").arg(schema)))
        qFatal("Cannot create a test schema: %s", qPrintable(q.lastError().text()));
    m_mysqlSchemas << schema;
    DatabaseUrl url = *parsed;
    url.database = schema;
    url.prefix = prefix;
    return Database(url, mysqlPasswordFromEnvironment());
}

Database TestDatabases::createMigrated(const QString &backend, const QString &prefix)
{
    Database db = create(backend, prefix);
    SchemaMigrator migrator(db);
    auto report = migrator.migrate();
    if (!report)
        qFatal("Migration of a fresh test database failed: %s", qPrintable(report.errorMessage()));
    return db;
}
