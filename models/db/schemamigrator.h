#pragma once

#include "database.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

// One order sn that occurs more than once in the order table.
struct DuplicateOrderSn
{
    QString orderSn;
    int count = 0;
};

struct MigrationReport
{
    QStringList applied;              // migrations applied by this run, "0001_mcpay_core"
    bool uniqueOrderSn = false;       // the UNIQUE index on order_sn is in place
    QList<DuplicateOrderSn> duplicates; // why it is not, when it is not
    QStringList warnings;             // optional migrations that could not be applied
    QString summary() const;          // translated, one paragraph
};

// Brings a database to the schema mcpay-admin needs, additively. The seed's order table is
// created only when absent and its columns are never altered, so a PHP server attached to
// the same database keeps working. mcpay-admin's own tables are versioned migrations kept
// as SQL files under resources/sql/<dialect>/NNNN_name.sql (table names written with the
// default `la_` prefix, replaced by the configured one); applied versions are recorded in
// <prefix>mcpay_schema_migrations. Running it twice is a no-op. A file named
// NNNN_name.optional.sql is one the database account may lack the privilege for (triggers on
// MySQL with binary logging): its failure is reported as a warning, not recorded, and tried
// again on the next run.
class SchemaMigrator
{
public:
    explicit SchemaMigrator(Database database);

    Result<MigrationReport> migrate();
    // migrate() with the given migrations instead of the shipped ones (tests).

    // Order sns that occur more than once (soft-deleted rows included), most frequent first.
    Result<QList<DuplicateOrderSn>> findDuplicateOrderSns(int limit = 100);

    struct Migration
    {
        int version = 0;
        QString name;
        QStringList statements;
        bool optional = false;
    };
    // migrate() with the given migrations instead of the shipped ones (tests).
    Result<MigrationReport> migrateWith(const QList<Migration> &migrations);

    // The migrations shipped for a dialect, in version order.
    static QList<Migration> shippedMigrations(SqlDialect dialect, const QString &prefix);
    // Splits an SQL file into statements (statements end with ';' at the end of a line).
    static QStringList splitStatements(const QString &sql);

private:
    Status ensureMigrationTable(QSqlDatabase &db);
    Result<bool> uniqueIndexExists(QSqlDatabase &db);

    Database m_db;
};
