#include "orderfilter.h"

#include "db/database.h"

#include <QCoreApplication>
#include <QStringList>

QString orderColumnSqlName(OrderColumn column)
{
    switch (column) {
    case OrderColumn::Id: return QStringLiteral("id");
    case OrderColumn::OrderSn: return QStringLiteral("order_sn");
    case OrderColumn::UserId: return QStringLiteral("user_id");
    case OrderColumn::Amount: return QStringLiteral("order_amount");
    case OrderColumn::PayWay: return QStringLiteral("pay_way");
    case OrderColumn::PayStatus: return QStringLiteral("pay_status");
    case OrderColumn::PayTime: return QStringLiteral("pay_time");
    case OrderColumn::TransactionId: return QStringLiteral("transaction_id");
    case OrderColumn::Remark: return QStringLiteral("remark");
    case OrderColumn::CreateTime: return QStringLiteral("create_time");
    case OrderColumn::UpdateTime: return QStringLiteral("update_time");
    case OrderColumn::Count: break;
    }
    return QStringLiteral("id");
}

QString orderColumnKey(OrderColumn column)
{
    return orderColumnSqlName(column);
}

QString orderColumnTitle(OrderColumn column)
{
    switch (column) {
    case OrderColumn::Id: return QCoreApplication::translate("OrderColumn", "ID");
    case OrderColumn::OrderSn: return QCoreApplication::translate("OrderColumn", "Order No.");
    case OrderColumn::UserId: return QCoreApplication::translate("OrderColumn", "User ID");
    case OrderColumn::Amount: return QCoreApplication::translate("OrderColumn", "Amount (¥)");
    case OrderColumn::PayWay: return QCoreApplication::translate("OrderColumn", "Pay Way");
    case OrderColumn::PayStatus: return QCoreApplication::translate("OrderColumn", "Status");
    case OrderColumn::PayTime: return QCoreApplication::translate("OrderColumn", "Paid At");
    case OrderColumn::TransactionId: return QCoreApplication::translate("OrderColumn", "Transaction ID");
    case OrderColumn::Remark: return QCoreApplication::translate("OrderColumn", "Remark");
    case OrderColumn::CreateTime: return QCoreApplication::translate("OrderColumn", "Created At");
    case OrderColumn::UpdateTime: return QCoreApplication::translate("OrderColumn", "Updated At");
    case OrderColumn::Count: break;
    }
    return {};
}

QJsonObject OrderFilter::toJson() const
{
    QJsonObject o;
    if (!snContains.isEmpty())
        o.insert(QStringLiteral("sn"), snContains);
    if (userId)
        o.insert(QStringLiteral("user_id"), qint64(*userId));
    if (payStatus)
        o.insert(QStringLiteral("pay_status"), payStatusKey(*payStatus));
    if (payWay)
        o.insert(QStringLiteral("pay_way"), payWayKey(*payWay));
    if (createdFrom)
        o.insert(QStringLiteral("created_from"), QString::number(*createdFrom));
    if (createdTo)
        o.insert(QStringLiteral("created_to"), QString::number(*createdTo));
    if (amountMin)
        o.insert(QStringLiteral("amount_min"), amountMin->toString());
    if (amountMax)
        o.insert(QStringLiteral("amount_max"), amountMax->toString());
    if (includeDeleted)
        o.insert(QStringLiteral("include_deleted"), true);
    return o;
}

OrderFilter OrderFilter::fromJson(const QJsonObject &o)
{
    OrderFilter f;
    f.snContains = o.value(QStringLiteral("sn")).toString();
    if (o.contains(QStringLiteral("user_id")))
        f.userId = quint32(o.value(QStringLiteral("user_id")).toInteger());
    if (o.contains(QStringLiteral("pay_status")))
        f.payStatus = payStatusFromKey(o.value(QStringLiteral("pay_status")).toString());
    if (o.contains(QStringLiteral("pay_way")))
        f.payWay = payWayFromKey(o.value(QStringLiteral("pay_way")).toString());
    bool ok = false;
    if (const qint64 v = o.value(QStringLiteral("created_from")).toString().toLongLong(&ok); ok)
        f.createdFrom = v;
    if (const qint64 v = o.value(QStringLiteral("created_to")).toString().toLongLong(&ok); ok)
        f.createdTo = v;
    if (auto m = Money::parse(o.value(QStringLiteral("amount_min")).toString()); m)
        f.amountMin = *m;
    if (auto m = Money::parse(o.value(QStringLiteral("amount_max")).toString()); m)
        f.amountMax = *m;
    f.includeDeleted = o.value(QStringLiteral("include_deleted")).toBool();
    return f;
}

SqlCondition buildOrderCondition(const Database &db, const OrderFilter &filter, OrderConditionUse use)
{
    // SQLite's unary + keeps a column's index out of the plan without changing the value.
    const QString createTime = use == OrderConditionUse::IdOrderedPage && db.dialect() == SqlDialect::Sqlite
        ? QStringLiteral("+create_time")
        : QStringLiteral("create_time");
    QStringList parts;
    SqlCondition c;
    if (!filter.includeDeleted)
        parts << QStringLiteral("delete_time IS NULL");
    if (!filter.snContains.isEmpty()) {
        QString pattern = filter.snContains;
        pattern.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        parts << QStringLiteral("order_sn LIKE ? ESCAPE '\\\\'");
        if (db.dialect() == SqlDialect::Sqlite)
            parts.last() = QStringLiteral("order_sn LIKE ? ESCAPE '\\'");
        c.values << QVariant(QString(u'%' + pattern + u'%'));
    }
    if (filter.userId) {
        parts << QStringLiteral("user_id = ?");
        c.values << qint64(*filter.userId);
    }
    if (filter.payStatus) {
        parts << QStringLiteral("pay_status = ?");
        c.values << int(*filter.payStatus);
    }
    if (filter.payWay) {
        parts << QStringLiteral("pay_way = ?");
        c.values << int(*filter.payWay);
    }
    if (filter.createdFrom) {
        parts << createTime + QStringLiteral(" >= ?");
        c.values << *filter.createdFrom;
    }
    if (filter.createdTo) {
        parts << createTime + QStringLiteral(" < ?");
        c.values << *filter.createdTo;
    }
    // Amount bounds compare decimal text with the decimal column, which both dialects do
    // exactly: SQLite converts the bound text to the column's NUMERIC affinity, MySQL
    // compares DECIMAL with DECIMAL once the text is cast.
    const QString decimalParam = db.dialect() == SqlDialect::MySql ? QStringLiteral("CAST(? AS DECIMAL(12,2))")
                                                                    : QStringLiteral("?");
    if (filter.amountMin) {
        parts << QStringLiteral("order_amount >= ") + decimalParam;
        c.values << filter.amountMin->toString();
    }
    if (filter.amountMax) {
        parts << QStringLiteral("order_amount <= ") + decimalParam;
        c.values << filter.amountMax->toString();
    }
    if (!parts.isEmpty())
        c.sql = QStringLiteral("WHERE ") + parts.join(QStringLiteral(" AND "));
    return c;
}

QString buildOrderBy(OrderSort sort)
{
    const QString dir = sort.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString column = orderColumnSqlName(sort.column);
    if (sort.column == OrderColumn::Id)
        return QStringLiteral("ORDER BY id ") + dir;
    // id breaks ties so that pages never overlap or skip rows.
    return QStringLiteral("ORDER BY %1 %2, id %2").arg(column, dir);
}
