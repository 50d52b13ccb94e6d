#pragma once

#include "db/database.h"
#include "notifyrecord.h"
#include "result.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

// An alert finance must look at.
struct NotifyAlert
{
    qint64 id = 0;
    qint64 createdAt = 0;  // Unix seconds
    QString kind;          // amount_mismatch, duplicate_payment
    QString channel;
    QString orderSn;
    QString transactionId;
    std::optional<qint64> expectedFen;
    std::optional<qint64> notifiedFen;
    QString message;
};

// <prefix>mcpay_notify_journal and <prefix>mcpay_alert (migration 0020). Uses the calling
// thread's connection.
class NotifyJournal
{
public:
    explicit NotifyJournal(Database database) : m_db(std::move(database)) {}

    Result<qint64> append(const NotifyRecord &record);
    Result<qint64> raiseAlert(const NotifyAlert &alert);

    // Newest first.
    Result<QList<NotifyRecord>> recent(int limit, qint64 beforeId = 0);
    Result<QList<NotifyRecord>> forOrder(const QString &orderSn);
    Result<QList<NotifyAlert>> openAlerts(int limit = 200);

    // Forgets the prepared statement kept for append() (call when the connection was
    // released).
    void reset() { m_insert.reset(); }

private:
    Database m_db;
    std::optional<QSqlQuery> m_insert; // prepared once per connection: the hot path
    QString m_insertConnection;
};
