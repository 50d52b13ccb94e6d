#pragma once

#include "db/database.h"
#include "orders/money.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

// A range of local days, both ends included. Days are cut at local midnight of the given
// UTC offset (China: +8 h, no daylight saving), computed in SQL on the integer Unix times.
struct ReportRange
{
    QDate from;
    QDate to;
    int utcOffsetSeconds = 8 * 3600;

    qint64 startSecs() const; // the first second of `from`, Unix time
    qint64 endSecs() const;   // the first second after `to`
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
};

struct DailyFigures
{
    QDate day;
    qint64 created = 0;     // orders created that day
    qint64 paidCount = 0;   // orders paid that day (by pay_time)
    Money paidSum;
    qint64 refundCount = 0; // refunds that succeeded that day (by finished_at)
    Money refundSum;
    Money net() const { return paidSum - refundSum; }
};

// Orders created in the range, grouped by amount or by remark, and how many of them are paid.
struct ConversionFigures
{
    QString key;  // the amount as "0.40" or the remark text
    Money amount; // for grouping by amount
    qint64 created = 0;
    qint64 paid = 0;
    Money paidSum;
    // Paid per thousand created, rounded down (integer arithmetic; shown as a percentage).
    qint64 permille() const { return created > 0 ? paid * 1000 / created : 0; }
};

// Finance figures computed in SQL, money as integer fen. Soft-deleted orders are left out,
// as the orders page does by default. Every day of the range has a row, empty days included.
class FinanceReport
{
public:
    explicit FinanceReport(Database database) : m_db(std::move(database)) {}

    Result<QList<DailyFigures>> daily(const ReportRange &range);
    Result<QList<ConversionFigures>> conversionByAmount(const ReportRange &range);
    Result<QList<ConversionFigures>> conversionByRemark(const ReportRange &range);

    static DailyFigures total(const QList<DailyFigures> &days);
    // CSV (UTF-8 with BOM, CRLF) of exactly the rows given, with a total row.
    static QByteArray dailyCsv(const QList<DailyFigures> &days);
    static QByteArray conversionCsv(const QList<ConversionFigures> &rows, const QString &keyTitle);

private:
    Result<QList<ConversionFigures>> conversion(const ReportRange &range, const QString &groupExpression, bool byAmount);
    QString dayExpression(const QString &secondsExpression, int offset) const;

    Database m_db;
};
