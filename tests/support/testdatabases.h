#pragma once

#include "db/database.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// Fresh, empty databases for tests, on both back ends.
//
// SQLite lives in a QTemporaryDir. MariaDB is the server that the test command starts
// (scripts/dev.sh test): it exports MCPAY_TEST_MYSQL_URL (mysql://user@127.0.0.1:port/db)
// and MCPAY_TEST_MYSQL_PASSWORD; every create() makes a new schema on that server and the
// fixture drops it again. Without MCPAY_TEST_MYSQL_URL the "mariadb" rows are skipped —
// except under CI (CI=true), where a missing server is a failure.
class TestDatabases
{
public:
    TestDatabases();
    ~TestDatabases();
    Q_DISABLE_COPY_MOVE(TestDatabases)

    // For data-driven tests: adds the column "backend" and one row per back end.
    static void addBackendColumn();
    static void addBackendRows();
    // QSKIPs (or QFAILs under CI) when the back end is not available; call at the top of
    // a test function before create().
    static bool available(const QString &backend, QString *why);

    // A new empty database (no tables) on the back end: "sqlite" or "mariadb".
    Database create(const QString &backend, const QString &prefix = QStringLiteral("la_"));
    // The same, with the schema migrated.
    Database createMigrated(const QString &backend, const QString &prefix = QStringLiteral("la_"));

    // The server's admin URL from the environment (for tests that need a second process).
    static QString mysqlUrlFromEnvironment();
    static QString mysqlPasswordFromEnvironment();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_mysqlSchemas;
    int m_counter = 0;
};

// Skips or fails the current test when the backend is missing.
#define MCPAY_REQUIRE_BACKEND(backend)                                                          \
    do {                                                                                        \
        QString why_;                                                                           \
        if (!TestDatabases::available(backend, &why_)) {                                       \
            if (qEnvironmentVariable("CI") == u"true")                                          \
                QFAIL(qPrintable(why_));                                                        \
            QSKIP(qPrintable(why_));                                                            \
        }                                                                                       \
    } while (false)
