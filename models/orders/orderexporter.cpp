#include "orderexporter.h"

#include "orders/orderquerymodel.h"
#include "orders/orderrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStringEncoder>

namespace {

void appendTwoDigits(QString &s, int v)
{
    s += QChar(u'0' + v / 10);
    s += QChar(u'0' + v % 10);
}

// Appends a whole number without a temporary string.
void appendNumber(QString &out, qint64 value)
{
    char buffer[24];
    char *end = buffer + sizeof buffer;
    char *p = end;
    const bool negative = value < 0;
    quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (negative)
        *--p = '-';
    out.append(QLatin1StringView(p, end - p));
}

// Two-decimal yuan from fen, as Money::toString() writes it.
void appendMoney(QString &out, Money amount)
{
    const qint64 fen = amount.fen();
    const quint64 magnitude = fen < 0 ? quint64(0) - quint64(fen) : quint64(fen);
    if (fen < 0)
        out += u'-';
    appendNumber(out, qint64(magnitude / 100));
    out += u'.';
    appendTwoDigits(out, int(magnitude % 100));
}

bool startsLikeFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

bool needsQuotes(QStringView text)
{
    for (QChar c : text) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r')
            return true;
    }
    return false;
}

// Appends csvField(text) without building it first when nothing needs changing.
void appendCsvField(QString &out, const QString &text)
{
    if (!startsLikeFormula(text) && !needsQuotes(text))
        out += text;
    else
        out += OrderExporter::csvField(text);
}
} // namespace

void UnixTimeFormatter::appendTo(QString &out, qint64 t)
{
    if (t <= 0)
        return;
    const qint64 start = t - (((t % 900) + 900) % 900);
    if (start != m_lastStart) {
        auto it = m_blocks.find(start);
        if (it == m_blocks.end()) {
            if (m_blocks.size() >= MaxBlocks)
                m_blocks.clear();
            const QDateTime local = QDateTime::fromSecsSinceEpoch(start);
            it = m_blocks.insert(start, Block{local.toString(QStringLiteral("yyyy-MM-dd HH:")), local.time().minute()});
        }
        m_last = &it.value();
        m_lastStart = start;
    }
    const int inBlock = int(t - start);
    out += m_last->prefix;
    appendTwoDigits(out, m_last->minute + inBlock / 60);
    out += u':';
    appendTwoDigits(out, inBlock % 60);
}

QString UnixTimeFormatter::format(qint64 t)
{
    QString s;
    s.reserve(19);
    appendTo(s, t);
    return s;
}

OrderExporter::OrderExporter(Database database) : m_db(std::move(database)) {}

QString OrderExporter::csvField(const QString &text)
{
    QString value = text;
    if (!value.isEmpty()) {
        const QChar first = value.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            value.prepend(u'\'');
    }
    bool quote = false;
    for (QChar c : std::as_const(value)) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return value;
    value.replace(u'"', QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

Result<qint64> OrderExporter::exportCsv(const Options &options)
{
    auto conn = options.connectionName.isEmpty() ? m_db.connection() : m_db.openConnection(options.connectionName);
    if (!conn)
        return conn.error();

    OrderRepository repo(m_db, options.connectionName);
    qint64 expected = options.expectedRows;
    if (options.progress && expected <= 0) {
        auto totals = repo.totals(options.filter);
        if (!totals)
            return totals.error();
        expected = totals->count;
    }

    QSaveFile file(options.path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(QCoreApplication::translate("OrderExporter", "Cannot write %1: %2").arg(options.path, file.errorString()));

    const SqlCondition where = buildOrderCondition(m_db, options.filter);
    QSqlQuery q(*conn);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM `%2` %3 %4")
                      .arg(OrderRepository::selectColumns(m_db), m_db.table(u"marketing_chat_order"), where.sql,
                           buildOrderBy(options.sort))))
        return Database::queryError(q, QCoreApplication::translate("OrderExporter", "Reading orders for the export"));
    for (const QVariant &v : where.values)
        q.addBindValue(v);
    if (!q.exec()) {
        file.cancelWriting();
        return Database::queryError(q, QCoreApplication::translate("OrderExporter", "Reading orders for the export"));
    }

    QStringEncoder toUtf8(QStringEncoder::Utf8);
    QString chunk;
    chunk.reserve(1 << 17);
    chunk += QChar(0xFEFF);
    for (int c = 0; c < int(OrderColumn::Count); ++c) {
        if (c > 0)
            chunk += u',';
        chunk += csvField(orderColumnTitle(OrderColumn(c)));
    }
    chunk += QStringLiteral("\r\n");

    UnixTimeFormatter times; // the three time columns are usually minutes apart
    const QString wayNames[] = {QString(), payWayDisplayName(PayWay::WeChat), payWayDisplayName(PayWay::Alipay),
                                payWayDisplayName(PayWay::Balance)};
    const QString statusNames[] = {payStatusDisplayName(PayStatus::Unpaid), payStatusDisplayName(PayStatus::Paid)};

    qint64 rows = 0;
    const auto flush = [&]() -> bool {
        const QByteArray bytes = toUtf8.encode(chunk);
        chunk.resize(0); // keeps the capacity
        return file.write(bytes) == bytes.size();
    };
    while (q.next()) {
        const Order o = OrderRepository::readOrder(q);
        appendNumber(chunk, o.id);
        chunk += u',';
        appendCsvField(chunk, o.orderSn);
        chunk += u',';
        appendNumber(chunk, o.userId);
        chunk += u',';
        appendMoney(chunk, o.amount);
        chunk += u',';
        chunk += wayNames[std::clamp(int(o.payWay), 0, 3)];
        chunk += u',';
        chunk += statusNames[o.isPaid() ? 1 : 0];
        chunk += u',';
        times.appendTo(chunk, o.payTime);
        chunk += u',';
        appendCsvField(chunk, o.transactionId);
        chunk += u',';
        appendCsvField(chunk, o.remark);
        chunk += u',';
        times.appendTo(chunk, o.createTime);
        chunk += u',';
        times.appendTo(chunk, o.updateTime);
        chunk += u'\r';
        chunk += u'\n';
        ++rows;
        if ((rows & 2047) == 0) {
            if (options.cancel && options.cancel->load()) {
                file.cancelWriting();
                return Error(QCoreApplication::translate("OrderExporter", "The export was cancelled; no file was written."), QStringLiteral("cancelled"));
            }
            if (!flush()) {
                file.cancelWriting();
                return Error(QCoreApplication::translate("OrderExporter", "Writing %1 failed: %2").arg(options.path, file.errorString()));
            }
            if (options.progress)
                options.progress(rows, std::max(expected, rows));
        }
    }
    if (q.lastError().isValid()) {
        file.cancelWriting();
        return Database::queryError(q, QCoreApplication::translate("OrderExporter", "Reading orders for the export"));
    }
    if (!flush() || !file.commit())
        return Error(QCoreApplication::translate("OrderExporter", "Writing %1 failed: %2").arg(options.path, file.errorString()));
    if (options.progress)
        options.progress(rows, rows);
    return rows;
}
