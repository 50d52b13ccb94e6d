#include "notifyjournal.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {
// Null QStrings would bind as SQL NULL; the columns are NOT NULL DEFAULT ''.
QString text(const QString &value)
{
    return value.isNull() ? QString(u""_s) : value;
}

QVariant optionalFen(const std::optional<qint64> &fen)
{
    return fen ? QVariant(*fen) : QVariant(QMetaType::fromType<qint64>());
}

NotifyRecord readRecord(const QSqlQuery &q)
{
    NotifyRecord r;
    r.id = q.value(0).toLongLong();
    r.receivedAtMs = q.value(1).toLongLong();
    r.channel = q.value(2).toString();
    r.route = q.value(3).toString();
    r.remote = q.value(4).toString();
    r.headersJson = q.value(5).toString().toUtf8();
    r.body = q.value(6).toString().toUtf8();
    r.verdict = notifyVerdictFromKey(q.value(7).toString()).value_or(NotifyVerdict::Malformed);
    r.httpStatus = q.value(8).toInt();
    r.orderSn = q.value(9).toString();
    r.transactionId = q.value(10).toString();
    if (!q.value(11).isNull())
        r.notifiedFen = q.value(11).toLongLong();
    r.transitioned = q.value(12).toInt() != 0;
    r.error = q.value(13).toString();
    r.latencyUs = q.value(14).toLongLong();
    return r;
}

const QString recordColumns = u"id, received_at, channel, route, remote, headers, body, verdict, http_status, "
                              u"order_sn, transaction_id, notified_fen, transitioned, error, latency_us"_s;
} // namespace

Result<qint64> NotifyJournal::append(const NotifyRecord &r)
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    if (!m_insert || m_insertConnection != db->connectionName() || !db->isOpen()) {
        m_insert.emplace(*db);
        m_insertConnection = db->connectionName();
        if (!m_insert->prepare(u"INSERT INTO "_s + m_db.table(u"mcpay_notify_journal")
                               + u" (received_at, channel, route, remote, headers, body, verdict, http_status, order_sn, "
                                 u"transaction_id, notified_fen, transitioned, error, latency_us) "
                                 u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)) {
            const Error error = Database::queryError(*m_insert, u"Writing the notification journal"_s);
            m_insert.reset();
            return error;
        }
    }
    QSqlQuery &q = *m_insert;
    q.bindValue(0, r.receivedAtMs);
    q.bindValue(1, text(r.channel));
    q.bindValue(2, text(r.route.left(64)));
    q.bindValue(3, text(r.remote.left(64)));
    q.bindValue(4, text(QString::fromUtf8(r.headersJson)));
    q.bindValue(5, text(QString::fromUtf8(r.body)));
    q.bindValue(6, notifyVerdictKey(r.verdict));
    q.bindValue(7, r.httpStatus);
    q.bindValue(8, text(r.orderSn.left(64)));
    q.bindValue(9, text(r.transactionId.left(128)));
    q.bindValue(10, optionalFen(r.notifiedFen));
    q.bindValue(11, r.transitioned ? 1 : 0);
    q.bindValue(12, text(r.error.left(1024)));
    q.bindValue(13, r.latencyUs);
    if (!q.exec()) {
        const Error error = Database::queryError(q, u"Writing the notification journal"_s);
        m_insert.reset();
        return error;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

Result<qint64> NotifyJournal::raiseAlert(const NotifyAlert &a)
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.prepare(u"INSERT INTO "_s + m_db.table(u"mcpay_alert")
              + u" (created_at, kind, channel, order_sn, transaction_id, expected_fen, notified_fen, message) "
                u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(a.createdAt ? a.createdAt : QDateTime::currentSecsSinceEpoch());
    q.addBindValue(text(a.kind));
    q.addBindValue(text(a.channel));
    q.addBindValue(text(a.orderSn.left(64)));
    q.addBindValue(text(a.transactionId.left(128)));
    q.addBindValue(optionalFen(a.expectedFen));
    q.addBindValue(optionalFen(a.notifiedFen));
    q.addBindValue(text(a.message));
    if (!q.exec())
        return Database::queryError(q, u"Raising an alert"_s);
    return q.lastInsertId().toLongLong();
}

Result<QList<NotifyRecord>> NotifyJournal::recent(int limit, qint64 beforeId)
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + recordColumns + u" FROM "_s + m_db.table(u"mcpay_notify_journal")
              + (beforeId > 0 ? u" WHERE id < ?"_s : QString()) + u" ORDER BY id DESC LIMIT ?"_s);
    if (beforeId > 0)
        q.addBindValue(beforeId);
    q.addBindValue(limit);
    if (!q.exec())
        return Database::queryError(q, u"Reading the notification journal"_s);
    QList<NotifyRecord> out;
    while (q.next())
        out.append(readRecord(q));
    return out;
}

Result<QList<NotifyRecord>> NotifyJournal::forOrder(const QString &orderSn)
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + recordColumns + u" FROM "_s + m_db.table(u"mcpay_notify_journal")
              + u" WHERE order_sn = ? ORDER BY id"_s);
    q.addBindValue(orderSn);
    if (!q.exec())
        return Database::queryError(q, u"Reading the notification journal"_s);
    QList<NotifyRecord> out;
    while (q.next())
        out.append(readRecord(q));
    return out;
}

Result<QList<NotifyAlert>> NotifyJournal::openAlerts(int limit)
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, created_at, kind, channel, order_sn, transaction_id, expected_fen, notified_fen, message FROM "_s
              + m_db.table(u"mcpay_alert") + u" WHERE resolved_at IS NULL ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return Database::queryError(q, u"Reading alerts"_s);
    QList<NotifyAlert> out;
    while (q.next()) {
        NotifyAlert a;
        a.id = q.value(0).toLongLong();
        a.createdAt = q.value(1).toLongLong();
        a.kind = q.value(2).toString();
        a.channel = q.value(3).toString();
        a.orderSn = q.value(4).toString();
        a.transactionId = q.value(5).toString();
        if (!q.value(6).isNull())
            a.expectedFen = q.value(6).toLongLong();
        if (!q.value(7).isNull())
            a.notifiedFen = q.value(7).toLongLong();
        a.message = q.value(8).toString();
        out.append(a);
    }
    return out;
}
