#include "orderexporter.h"

#include "orders/orderquerymodel.h"
#include "orders/orderrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStringEncoder>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("OrderExporter", text);
}

void appendTwoDigits(QString &s, int v)
{
    s += QChar(u'0' + v / 10);
    s += QChar(u'0' + v % 10);
}
} // namespace

QString UnixTimeFormatter::format(qint64 t)
{
    if (t <= 0)
        return {};
    const qint64 block = t - (((t % 900) + 900) % 900);
    if (block != m_blockStart) {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(block);
        m_blockPrefix = local.toString(QStringLiteral("yyyy-MM-dd HH:"));
        m_blockMinute = local.time().minute();
        m_blockStart = block;
    }
    const int inBlock = int(t - block);
    QString s;
    s.reserve(19);
    s += m_blockPrefix;
    appendTwoDigits(s, m_blockMinute + inBlock / 60);
    s += u':';
    appendTwoDigits(s, inBlock % 60);
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
    qint64 expected = 0;
    if (options.progress) {
        auto totals = repo.totals(options.filter);
        if (!totals)
            return totals.error();
        expected = totals->count;
    }

    QSaveFile file(options.path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("Cannot write %1: %2").arg(options.path, file.errorString()));

    const SqlCondition where = buildOrderCondition(m_db, options.filter);
    QSqlQuery q(*conn);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM `%2` %3 %4")
                  .arg(OrderRepository::selectColumns(m_db), m_db.table(u"marketing_chat_order"), where.sql,
                       buildOrderBy(options.sort)));
    for (const QVariant &v : where.values)
        q.addBindValue(v);
    if (!q.exec()) {
        file.cancelWriting();
        return Database::queryError(q, tr("Reading orders for the export"));
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

    UnixTimeFormatter payTime;
    UnixTimeFormatter createTime;
    UnixTimeFormatter updateTime;
    const QString wayNames[] = {QString(), payWayDisplayName(PayWay::WeChat), payWayDisplayName(PayWay::Alipay),
                                payWayDisplayName(PayWay::Balance)};
    const QString statusNames[] = {payStatusDisplayName(PayStatus::Unpaid), payStatusDisplayName(PayStatus::Paid)};

    qint64 rows = 0;
    const auto flush = [&]() -> bool {
        const QByteArray bytes = toUtf8.encode(chunk);
        chunk.clear();
        return file.write(bytes) == bytes.size();
    };
    while (q.next()) {
        const Order o = OrderRepository::readOrder(q);
        chunk += QString::number(o.id);
        chunk += u',';
        chunk += csvField(o.orderSn);
        chunk += u',';
        chunk += QString::number(o.userId);
        chunk += u',';
        chunk += o.amount.toString();
        chunk += u',';
        chunk += wayNames[std::clamp(int(o.payWay), 0, 3)];
        chunk += u',';
        chunk += statusNames[o.isPaid() ? 1 : 0];
        chunk += u',';
        chunk += payTime.format(o.payTime);
        chunk += u',';
        chunk += csvField(o.transactionId);
        chunk += u',';
        chunk += csvField(o.remark);
        chunk += u',';
        chunk += createTime.format(o.createTime);
        chunk += u',';
        chunk += updateTime.format(o.updateTime);
        chunk += QStringLiteral("\r\n");
        ++rows;
        if ((rows & 2047) == 0) {
            if (options.cancel && options.cancel->load()) {
                file.cancelWriting();
                return Error(tr("The export was cancelled; no file was written."), QStringLiteral("cancelled"));
            }
            if (!flush()) {
                file.cancelWriting();
                return Error(tr("Writing %1 failed: %2").arg(options.path, file.errorString()));
            }
            if (options.progress)
                options.progress(rows, std::max(expected, rows));
        }
    }
    if (q.lastError().isValid()) {
        file.cancelWriting();
        return Database::queryError(q, tr("Reading orders for the export"));
    }
    if (!flush() || !file.commit())
        return Error(tr("Writing %1 failed: %2").arg(options.path, file.errorString()));
    if (options.progress)
        options.progress(rows, rows);
    return rows;
}
