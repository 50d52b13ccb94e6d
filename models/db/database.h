#pragma once

#include "databaseurl.h"
#include "result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

class QSqlQuery;

// How to reach the order database. A cheap value: copy it to a worker thread and call
// connection() there; every thread gets its own named QSqlDatabase connection, as Qt SQL
// requires.
class Database
{
public:
    Database() = default;
    explicit Database(DatabaseUrl url, QString password = {});

    const DatabaseUrl &url() const { return m_url; }
    // For opening the same database elsewhere (a check run on its own connection); never log it.
    const QString &password() const { return m_password; }
    SqlDialect dialect() const { return m_url.dialect; }
    bool isValid() const { return !m_id.isEmpty(); }

    // The table name with the configured prefix: table(u"marketing_chat_order").
    QString table(QStringView baseName) const;

    // The connection of the calling thread, opened on first use.
    Result<QSqlDatabase> connection() const;
    // A separate connection under a caller-chosen name (tests racing two connections,
    // long exports that must not share a transaction with the GUI).
    Result<QSqlDatabase> openConnection(const QString &name) const;
    // Closes and removes the calling thread's connection (call before a worker thread ends).
    void releaseThreadConnection() const;

    // SQL that turns the decimal(10,2) yuan column into exact integer fen. On SQLite the
    // column has NUMERIC affinity and holds values with at most two decimals below 1e8,
    // so ROUND(x*100) is exact; MySQL computes on DECIMAL directly.
    QString fenExpression(const QString &column) const;
    // SQL for "now" as Unix seconds, for DDL defaults and server-side updates.
    QString unixNowExpression() const;

    // Whether an error is a unique-key violation (duplicate order sn, say).
    static bool isUniqueViolation(const QSqlError &error);
    // Whether an error means the server is gone (connection lost, refused, timed out).
    static bool isConnectionLoss(const QSqlError &error);

    // A readable description of a failed query, with the driver's own message.
    static Error queryError(const QSqlQuery &query, const QString &what);

private:
    Result<QSqlDatabase> open(const QString &name) const;

    DatabaseUrl m_url;
    QString m_password;
    QString m_id; // distinguishes connections of different databases in one process
};

// Runs a function inside a transaction on a connection; commits when it returns an ok
// Status/Result, rolls back otherwise.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool begun() const { return m_begun; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_begun = false;
    bool m_done = false;
};
