#include "finance/financereport.h"

#include "orders/orderexporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

const QDate epoch(1970, 1, 1);

QByteArray csvLine(const QStringList &fields)
{
    QStringList escaped;
    for (const QString &f : fields)
        escaped << OrderExporter::csvField(f);
    return escaped.join(u',').toUtf8() + "\r\n";
}
} // namespace

qint64 ReportRange::startSecs() const
{
    return epoch.daysTo(from) * 86400 - utcOffsetSeconds;
}

qint64 ReportRange::endSecs() const
{
    return (epoch.daysTo(to) + 1) * 86400 - utcOffsetSeconds;
}

QString FinanceReport::dayExpression(const QString &secondsExpression, int offset) const
{
    // The local day number since 1970-01-01; integer division in both dialects (the times are
    // after 1970, so truncation is flooring).
    if (m_db.dialect() == SqlDialect::Sqlite)
        return u"((%1 + %2) / 86400)"_s.arg(secondsExpression).arg(offset);
    return u"((%1 + %2) DIV 86400)"_s.arg(secondsExpression).arg(offset);
}

Result<QList<DailyFigures>> FinanceReport::daily(const ReportRange &range)
{
    if (!range.isValid())
        return Error(QCoreApplication::translate("FinanceReport", "Choose a first day that is not after the last day."));
    if (range.from.daysTo(range.to) > 3660)
        return Error(QCoreApplication::translate("FinanceReport", "Choose a range of at most ten years."));
    auto db = m_db.connection();
    if (!db)
        return db.error();

    QList<DailyFigures> days;
    QHash<qint64, qsizetype> index; // day number -> row
    for (QDate d = range.from; d <= range.to; d = d.addDays(1)) {
        index.insert(epoch.daysTo(d), days.size());
        DailyFigures f;
        f.day = d;
        days << f;
    }
    const int offset = range.utcOffsetSeconds;
    const QString orders = m_db.table(u"marketing_chat_order");
    const QString sumCast = m_db.dialect() == SqlDialect::Sqlite ? u"SUM(%1)"_s : u"CAST(SUM(%1) AS SIGNED)"_s;

    QSqlQuery q(*db);
    q.setForwardOnly(true);
    // Created.
    q.prepare(u"SELECT "_s + dayExpression(u"create_time"_s, offset) + u", COUNT(*) FROM "_s + orders
              + u" WHERE delete_time IS NULL AND create_time >= ? AND create_time < ? GROUP BY 1"_s);
    q.addBindValue(range.startSecs());
    q.addBindValue(range.endSecs());
    if (!q.exec())
        return Database::queryError(q, QCoreApplication::translate("FinanceReport", "Counting created orders"));
    while (q.next())
        if (auto it = index.constFind(q.value(0).toLongLong()); it != index.cend())
            days[*it].created = q.value(1).toLongLong();

    // Paid.
    q.prepare(u"SELECT "_s + dayExpression(u"pay_time"_s, offset) + u", COUNT(*), "_s
              + sumCast.arg(m_db.fenExpression(u"order_amount"_s)) + u" FROM "_s + orders
              + u" WHERE delete_time IS NULL AND pay_status = 1 AND pay_time >= ? AND pay_time < ? GROUP BY 1"_s);
    q.addBindValue(range.startSecs());
    q.addBindValue(range.endSecs());
    if (!q.exec())
        return Database::queryError(q, QCoreApplication::translate("FinanceReport", "Summing paid orders"));
    while (q.next())
        if (auto it = index.constFind(q.value(0).toLongLong()); it != index.cend()) {
            days[*it].paidCount = q.value(1).toLongLong();
            days[*it].paidSum = Money::fromFen(q.value(2).toLongLong());
        }

    // Refunds that succeeded (finished_at is Unix milliseconds).
    const QString finishedSecs = m_db.dialect() == SqlDialect::Sqlite ? u"(finished_at / 1000)"_s
                                                                      : u"(finished_at DIV 1000)"_s;
    q.prepare(u"SELECT "_s + dayExpression(finishedSecs, offset) + u", COUNT(*), "_s + sumCast.arg(u"amount_fen"_s)
              + u" FROM "_s + m_db.table(u"mcpay_refund")
              + u" WHERE status = 'SUCCESS' AND finished_at >= ? AND finished_at < ? GROUP BY 1"_s);
    q.addBindValue(range.startSecs() * 1000);
    q.addBindValue(range.endSecs() * 1000);
    if (!q.exec())
        return Database::queryError(q, QCoreApplication::translate("FinanceReport", "Summing refunds"));
    while (q.next())
        if (auto it = index.constFind(q.value(0).toLongLong()); it != index.cend()) {
            days[*it].refundCount = q.value(1).toLongLong();
            days[*it].refundSum = Money::fromFen(q.value(2).toLongLong());
        }
    return days;
}

Result<QList<ConversionFigures>> FinanceReport::conversion(const ReportRange &range, const QString &groupExpression,
                                                           bool byAmount)
{
    if (!range.isValid())
        return Error(QCoreApplication::translate("FinanceReport", "Choose a first day that is not after the last day."));
    auto db = m_db.connection();
    if (!db)
        return db.error();
    const QString fen = m_db.fenExpression(u"order_amount"_s);
    const QString sumCast = m_db.dialect() == SqlDialect::Sqlite ? u"SUM(%1)"_s : u"CAST(SUM(%1) AS SIGNED)"_s;
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + groupExpression + u", COUNT(*), "_s
              + sumCast.arg(u"CASE WHEN pay_status = 1 THEN 1 ELSE 0 END"_s) + u", "_s
              + sumCast.arg(u"CASE WHEN pay_status = 1 THEN "_s + fen + u" ELSE 0 END"_s) + u" FROM "_s
              + m_db.table(u"marketing_chat_order")
              + u" WHERE delete_time IS NULL AND create_time >= ? AND create_time < ? GROUP BY 1 ORDER BY 2 DESC, 1"_s);
    q.addBindValue(range.startSecs());
    q.addBindValue(range.endSecs());
    if (!q.exec())
        return Database::queryError(q, QCoreApplication::translate("FinanceReport", "Computing the conversion"));
    QList<ConversionFigures> rows;
    while (q.next()) {
        ConversionFigures c;
        if (byAmount) {
            c.amount = Money::fromFen(q.value(0).toLongLong());
            c.key = c.amount.toString();
        } else {
            c.key = q.value(0).toString();
        }
        c.created = q.value(1).toLongLong();
        c.paid = q.value(2).toLongLong();
        c.paidSum = Money::fromFen(q.value(3).toLongLong());
        rows << c;
    }
    return rows;
}

Result<QList<ConversionFigures>> FinanceReport::conversionByAmount(const ReportRange &range)
{
    return conversion(range, m_db.fenExpression(u"order_amount"_s), true);
}

Result<QList<ConversionFigures>> FinanceReport::conversionByRemark(const ReportRange &range)
{
    return conversion(range, u"remark"_s, false);
}

DailyFigures FinanceReport::total(const QList<DailyFigures> &days)
{
    DailyFigures t;
    for (const DailyFigures &d : days) {
        t.created += d.created;
        t.paidCount += d.paidCount;
        t.paidSum = t.paidSum + d.paidSum;
        t.refundCount += d.refundCount;
        t.refundSum = t.refundSum + d.refundSum;
    }
    return t;
}

QByteArray FinanceReport::dailyCsv(const QList<DailyFigures> &days)
{
    QByteArray out = "\xEF\xBB\xBF";
    out += csvLine({QCoreApplication::translate("FinanceReport", "Day"), QCoreApplication::translate("FinanceReport", "Created"), QCoreApplication::translate("FinanceReport", "Paid orders"), QCoreApplication::translate("FinanceReport", "Paid"), QCoreApplication::translate("FinanceReport", "Refunds"), QCoreApplication::translate("FinanceReport", "Refunded"), QCoreApplication::translate("FinanceReport", "Net")});
    const auto line = [](const QString &day, const DailyFigures &d) {
        return csvLine({day, QString::number(d.created), QString::number(d.paidCount), d.paidSum.toString(),
                        QString::number(d.refundCount), d.refundSum.toString(), d.net().toString()});
    };
    for (const DailyFigures &d : days)
        out += line(d.day.toString(Qt::ISODate), d);
    out += line(QCoreApplication::translate("FinanceReport", "Total"), total(days));
    return out;
}

QByteArray FinanceReport::conversionCsv(const QList<ConversionFigures> &rows, const QString &keyTitle)
{
    QByteArray out = "\xEF\xBB\xBF";
    out += csvLine({keyTitle, QCoreApplication::translate("FinanceReport", "Created"), QCoreApplication::translate("FinanceReport", "Paid"), QCoreApplication::translate("FinanceReport", "Conversion %"), QCoreApplication::translate("FinanceReport", "Paid amount")});
    for (const ConversionFigures &c : rows)
        out += csvLine({c.key, QString::number(c.created), QString::number(c.paid),
                        QString::number(c.permille() / 10) + u'.' + QString::number(c.permille() % 10),
                        c.paidSum.toString()});
    return out;
}
