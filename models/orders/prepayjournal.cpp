#include "orders/prepayjournal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {
// A null QString binds as SQL NULL; the columns are NOT NULL with '' for "none".
QString text(const QString &value, qsizetype max)
{
    return value.isNull() ? u""_s : value.left(max);
}
} // namespace

Status PrepayJournal::record(const PrepayRecord &r)
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.prepare(u"INSERT INTO "_s + m_db.table(u"mcpay_prepay")
              + u" (order_sn, user_id, pay_way, scene, prepay_id, pay_url, amount_fen, created_at, summary) "
                u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(text(r.orderSn, 64));
    q.addBindValue(qint64(r.userId));
    q.addBindValue(int(r.payWay));
    q.addBindValue(text(r.scene, 16));
    q.addBindValue(text(r.prepayId, 128));
    q.addBindValue(text(r.payUrl, 1024));
    q.addBindValue(r.amount.fen());
    q.addBindValue(r.createdAtMs ? r.createdAtMs : QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(text(r.summary, 255));
    if (!q.exec())
        return Database::queryError(q, QCoreApplication::translate("PrepayJournal", "Recording the pay parameters of an order"));
    return {};
}

Result<QList<PrepayRecord>> PrepayJournal::forOrder(const QString &orderSn) const
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT order_sn, user_id, pay_way, scene, prepay_id, pay_url, amount_fen, created_at, summary FROM "_s
              + m_db.table(u"mcpay_prepay") + u" WHERE order_sn = ? ORDER BY id"_s);
    q.addBindValue(orderSn);
    if (!q.exec())
        return Database::queryError(q, QCoreApplication::translate("PrepayJournal", "Reading the pay parameters of an order"));
    QList<PrepayRecord> records;
    while (q.next()) {
        PrepayRecord r;
        r.orderSn = q.value(0).toString();
        r.userId = q.value(1).toUInt();
        r.payWay = PayWay(q.value(2).toInt());
        r.scene = q.value(3).toString();
        r.prepayId = q.value(4).toString();
        r.payUrl = q.value(5).toString();
        r.amount = Money::fromFen(q.value(6).toLongLong());
        r.createdAtMs = q.value(7).toLongLong();
        r.summary = q.value(8).toString();
        records << r;
    }
    return records;
}
