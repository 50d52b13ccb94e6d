#include "schemamigrator.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace {

QString uniqueIndexName(const Database &db)
{
    return db.table(u"marketing_chat_order") + QStringLiteral("_mcpay_order_sn_unique");
}
} // namespace

QString MigrationReport::summary() const
{
    QString text;
    if (applied.isEmpty())
        text = QCoreApplication::translate("SchemaMigrator", "The schema is up to date.");
    else
        text = QCoreApplication::translate("SchemaMigrator", "Applied %n migration(s): %1.", nullptr, int(applied.size())).arg(applied.join(QStringLiteral(", ")));
    for (const QString &warning : warnings)
        text += u' ' + warning;
    if (!uniqueOrderSn && !duplicates.isEmpty()) {
        QStringList items;
        for (const DuplicateOrderSn &d : duplicates)
            items << QStringLiteral("%1 (×%2)").arg(d.orderSn.isEmpty() ? QCoreApplication::translate("SchemaMigrator", "<empty>") : d.orderSn).arg(d.count);
        text += u' '
                + QCoreApplication::translate("SchemaMigrator", "The order table has %n duplicated order sn(s), so the UNIQUE index on order_sn was not "
                     "added; mcpay-admin carries on without it. Duplicates: %1. Resolve them and run the "
                     "migration again to add the index.", nullptr, int(duplicates.size()))
                      .arg(items.join(QStringLiteral(", ")));
    }
    return text;
}

SchemaMigrator::SchemaMigrator(Database database) : m_db(std::move(database)) {}

QStringList SchemaMigrator::splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    const QStringList lines = sql.split(u'\n');
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QStringLiteral("--")))
            continue;
        current += rawLine + u'\n';
        if (line.endsWith(u';')) {
            QString statement = current.trimmed();
            statement.chop(1);
            statements << statement;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

QList<SchemaMigrator::Migration> SchemaMigrator::shippedMigrations(SqlDialect dialect, const QString &prefix)
{
    const QString folder = dialect == SqlDialect::Sqlite ? QStringLiteral(":/sql/sqlite")
                                                         : QStringLiteral(":/sql/mysql");
    static const QRegularExpression nameRe(QStringLiteral("^(\\d{4})_([a-z0-9_]+)(\\.optional)?\\.sql$"));
    QList<Migration> migrations;
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = nameRe.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(folder + u'/' + file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QString sql = QString::fromUtf8(f.readAll());
        // Table and index names are written with the default prefix inside backticks.
        sql.replace(QStringLiteral("`la_"), u'`' + prefix);
        Migration m;
        m.version = match.captured(1).toInt();
        m.optional = match.hasCaptured(3);
        m.name = match.captured(1) + u'_' + match.captured(2);
        m.statements = splitStatements(sql);
        migrations << m;
    }
    return migrations;
}

Status SchemaMigrator::ensureMigrationTable(QSqlDatabase &db)
{
    const QString table = m_db.table(u"mcpay_schema_migrations");
    const QString sql = m_db.dialect() == SqlDialect::Sqlite
        ? QStringLiteral("CREATE TABLE IF NOT EXISTS `%1` (`version` INTEGER PRIMARY KEY, "
                         "`name` varchar(128) NOT NULL, `applied_at` INTEGER NOT NULL)")
              .arg(table)
        : QStringLiteral("CREATE TABLE IF NOT EXISTS `%1` (`version` int(11) NOT NULL PRIMARY KEY, "
                         "`name` varchar(128) NOT NULL, `applied_at` int(11) NOT NULL) "
                         "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='mcpay-admin schema versions'")
              .arg(table);
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Database::queryError(q, QCoreApplication::translate("SchemaMigrator", "Creating the migration table"));
    return {};
}

Result<bool> SchemaMigrator::uniqueIndexExists(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (m_db.dialect() == SqlDialect::Sqlite) {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = ?"));
        q.addBindValue(uniqueIndexName(m_db));
    } else {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM information_schema.statistics WHERE table_schema = DATABASE() "
                                 "AND table_name = ? AND index_name = ?"));
        q.addBindValue(m_db.table(u"marketing_chat_order"));
        q.addBindValue(uniqueIndexName(m_db));
    }
    if (!q.exec() || !q.next())
        return Database::queryError(q, QCoreApplication::translate("SchemaMigrator", "Looking up the order sn index"));
    return q.value(0).toInt() > 0;
}

Result<QList<DuplicateOrderSn>> SchemaMigrator::findDuplicateOrderSns(int limit)
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("SELECT order_sn, COUNT(*) AS n FROM `%1` GROUP BY order_sn HAVING COUNT(*) > 1 "
                             "ORDER BY n DESC, order_sn LIMIT %2")
                  .arg(m_db.table(u"marketing_chat_order"))
                  .arg(limit));
    if (!q.exec())
        return Database::queryError(q, QCoreApplication::translate("SchemaMigrator", "Looking for duplicated order sns"));
    QList<DuplicateOrderSn> result;
    while (q.next())
        result << DuplicateOrderSn{q.value(0).toString(), q.value(1).toInt()};
    return result;
}

Result<MigrationReport> SchemaMigrator::migrate()
{
    const QList<Migration> migrations = shippedMigrations(m_db.dialect(), m_db.url().prefix);
    if (migrations.isEmpty())
        return Error(QCoreApplication::translate("SchemaMigrator", "No schema files are built into this program; the build is incomplete."));
    return migrateWith(migrations);
}

Result<MigrationReport> SchemaMigrator::migrateWith(const QList<Migration> &migrations)
{
    auto dbResult = m_db.connection();
    if (!dbResult)
        return dbResult.error();
    QSqlDatabase db = *dbResult;
    if (Status s = ensureMigrationTable(db); !s)
        return s.error();

    QSet<int> applied;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT version FROM `%1`").arg(m_db.table(u"mcpay_schema_migrations"))))
            return Database::queryError(q, QCoreApplication::translate("SchemaMigrator", "Reading the applied migrations"));
        while (q.next())
            applied.insert(q.value(0).toInt());
    }

    MigrationReport report;
    for (const Migration &m : migrations) {
        if (applied.contains(m.version))
            continue;
        // MySQL commits DDL implicitly; the version row is written only after every
        // statement succeeded, so a failed migration is retried whole next time.
        Transaction tx(db);
        QSqlQuery q(db);
        bool failed = false;
        for (const QString &statement : m.statements) {
            if (q.exec(statement))
                continue;
            if (m.optional) {
                report.warnings << QCoreApplication::translate("SchemaMigrator", "The optional migration %1 was not applied: %2")
                                       .arg(m.name, q.lastError().text());
                qCWarning(lcDb) << "optional migration" << m.name << "not applied:" << q.lastError().text();
                failed = true;
                break;
            }
            return Error(QCoreApplication::translate("SchemaMigrator", "Migration %1 failed: %2\nStatement: %3")
                             .arg(m.name, q.lastError().text(), statement),
                         q.lastError().nativeErrorCode());
        }
        if (failed)
            continue;
        q.prepare(QStringLiteral("INSERT INTO `%1` (version, name, applied_at) VALUES (?, ?, ?)")
                      .arg(m_db.table(u"mcpay_schema_migrations")));
        q.addBindValue(m.version);
        q.addBindValue(m.name);
        q.addBindValue(QDateTime::currentSecsSinceEpoch());
        if (!q.exec())
            return Database::queryError(q, QCoreApplication::translate("SchemaMigrator", "Recording migration %1").arg(m.name));
        if (Status s = tx.commit(); !s)
            return s.error();
        report.applied << m.name;
        qCInfo(lcDb) << "applied migration" << m.name;
    }

    // The UNIQUE index on order_sn is added only where the data allows it.
    auto exists = uniqueIndexExists(db);
    if (!exists)
        return exists.error();
    if (*exists) {
        report.uniqueOrderSn = true;
        return report;
    }
    auto duplicates = findDuplicateOrderSns();
    if (!duplicates)
        return duplicates.error();
    if (!duplicates->isEmpty()) {
        report.duplicates = *duplicates;
        qCWarning(lcDb) << "order_sn has" << duplicates->size() << "duplicated values; UNIQUE index not added";
        return report;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE UNIQUE INDEX `%1` ON `%2` (order_sn)")
                    .arg(uniqueIndexName(m_db), m_db.table(u"marketing_chat_order")))) {
        // A concurrent writer may have added a duplicate between the check and the DDL.
        if (Database::isUniqueViolation(q.lastError())) {
            auto again = findDuplicateOrderSns();
            if (again)
                report.duplicates = *again;
            return report;
        }
        return Database::queryError(q, QCoreApplication::translate("SchemaMigrator", "Adding the UNIQUE index on order_sn"));
    }
    report.uniqueOrderSn = true;
    report.applied << QStringLiteral("order_sn_unique");
    return report;
}
