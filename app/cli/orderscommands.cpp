#include "orderscommands.h"

#include "dbcommands.h"
#include "orders/orderexporter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace {

// "2026-01-30" (local midnight) or "2026-01-30T12:00:00" (local time).
std::optional<qint64> parseLocalTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        t = d.startOfDay();
    }
    return t.toSecsSinceEpoch();
}
} // namespace

QString OrdersExportCommand::summary() const
{
    return QCoreApplication::translate("OrdersCommands", "Exports the orders that match the filters to a CSV file (UTF-8 with BOM, opens in Excel).");
}

void OrdersExportCommand::configure(QCommandLineParser &parser) const
{
    parser.addOptions({
        {QStringList{QStringLiteral("out"), QStringLiteral("o")}, QCoreApplication::translate("OrdersCommands", "The CSV file to write (required)."), QCoreApplication::translate("OrdersCommands", "FILE")},
        {QStringList{QStringLiteral("sn")}, QCoreApplication::translate("OrdersCommands", "Only orders whose order sn contains TEXT."), QCoreApplication::translate("OrdersCommands", "TEXT")},
        {QStringList{QStringLiteral("user")}, QCoreApplication::translate("OrdersCommands", "Only orders of this user id."), QCoreApplication::translate("OrdersCommands", "ID")},
        {QStringList{QStringLiteral("status")}, QCoreApplication::translate("OrdersCommands", "paid or unpaid."), QCoreApplication::translate("OrdersCommands", "STATUS")},
        {QStringList{QStringLiteral("pay-way")}, QCoreApplication::translate("OrdersCommands", "wechat, alipay, balance or none."), QCoreApplication::translate("OrdersCommands", "WAY")},
        {QStringList{QStringLiteral("from")}, QCoreApplication::translate("OrdersCommands", "Created at or after (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss, local time)."), QCoreApplication::translate("OrdersCommands", "TIME")},
        {QStringList{QStringLiteral("to")}, QCoreApplication::translate("OrdersCommands", "Created before (same forms)."), QCoreApplication::translate("OrdersCommands", "TIME")},
        {QStringList{QStringLiteral("min-amount")}, QCoreApplication::translate("OrdersCommands", "Amount at least, in yuan (0.40)."), QCoreApplication::translate("OrdersCommands", "YUAN")},
        {QStringList{QStringLiteral("max-amount")}, QCoreApplication::translate("OrdersCommands", "Amount at most, in yuan."), QCoreApplication::translate("OrdersCommands", "YUAN")},
        {QStringList{QStringLiteral("include-deleted")}, QCoreApplication::translate("OrdersCommands", "Include soft-deleted orders.")},
        {QStringList{QStringLiteral("sort")}, QCoreApplication::translate("OrdersCommands", "Sort column: id, order_sn, user_id, order_amount, pay_way, pay_status, pay_time, transaction_id, remark, create_time, update_time."), QCoreApplication::translate("OrdersCommands", "COLUMN"), QStringLiteral("id")},
        {QStringList{QStringLiteral("asc")}, QCoreApplication::translate("OrdersCommands", "Ascending order (default: descending).")},
    });
}

Result<std::pair<OrderFilter, OrderSort>> OrdersExportCommand::filterFromOptions(const QCommandLineParser &p)
{
    OrderFilter f;
    OrderSort sort;
    f.snContains = p.value(QStringLiteral("sn"));
    if (p.isSet(QStringLiteral("user"))) {
        bool ok = false;
        const uint id = p.value(QStringLiteral("user")).toUInt(&ok);
        if (!ok)
            return Error(QCoreApplication::translate("OrdersCommands", "--user takes a whole number."));
        f.userId = id;
    }
    if (p.isSet(QStringLiteral("status"))) {
        f.payStatus = payStatusFromKey(p.value(QStringLiteral("status")));
        if (!f.payStatus)
            return Error(QCoreApplication::translate("OrdersCommands", "--status takes paid or unpaid."));
    }
    if (p.isSet(QStringLiteral("pay-way"))) {
        f.payWay = payWayFromKey(p.value(QStringLiteral("pay-way")));
        if (!f.payWay)
            return Error(QCoreApplication::translate("OrdersCommands", "--pay-way takes wechat, alipay, balance or none."));
    }
    for (const auto &[name, target] : {std::pair{QStringLiteral("from"), &f.createdFrom}, std::pair{QStringLiteral("to"), &f.createdTo}}) {
        if (!p.isSet(name))
            continue;
        const auto t = parseLocalTime(p.value(name));
        if (!t)
            return Error(QCoreApplication::translate("OrdersCommands", "--%1 takes a date (2026-01-30) or a date and time (2026-01-30T12:00:00).").arg(name));
        *target = *t;
    }
    for (const auto &[name, target] : {std::pair{QStringLiteral("min-amount"), &f.amountMin}, std::pair{QStringLiteral("max-amount"), &f.amountMax}}) {
        if (!p.isSet(name))
            continue;
        auto m = Money::parse(p.value(name));
        if (!m)
            return Error(QStringLiteral("--%1: %2").arg(name, m.errorMessage()));
        *target = *m;
    }
    f.includeDeleted = p.isSet(QStringLiteral("include-deleted"));
    const QString sortName = p.value(QStringLiteral("sort"));
    bool found = false;
    for (int c = 0; c < int(OrderColumn::Count); ++c) {
        if (orderColumnKey(OrderColumn(c)) == sortName) {
            sort.column = OrderColumn(c);
            found = true;
        }
    }
    if (!found)
        return Error(QCoreApplication::translate("OrdersCommands", "--sort: unknown column \"%1\".").arg(sortName));
    sort.order = p.isSet(QStringLiteral("asc")) ? Qt::AscendingOrder : Qt::DescendingOrder;
    return std::pair{f, sort};
}

int OrdersExportCommand::run(const QCommandLineParser &parser, CliIo &io)
{
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        io.err << QCoreApplication::translate("OrdersCommands", "orders export: --out FILE is required.") << '\n';
        return ExitCode::Usage;
    }
    auto filter = filterFromOptions(parser);
    if (!filter) {
        io.err << QStringLiteral("orders export: ") << filter.errorMessage() << '\n';
        return ExitCode::Usage;
    }
    auto db = openCliDatabase(parser, io);
    if (!db)
        return ExitCode::Failure;
    OrderExporter::Options options;
    options.filter = filter->first;
    options.sort = filter->second;
    options.path = QFileInfo(out).absoluteFilePath();
    auto rows = OrderExporter(*db).exportCsv(options);
    if (!rows) {
        io.err << rows.errorMessage() << '\n';
        return ExitCode::Failure;
    }
    io.out << QCoreApplication::translate("OrdersCommands", "Exported %1 orders to %2.").arg(*rows).arg(options.path) << '\n';
    return ExitCode::Ok;
}
