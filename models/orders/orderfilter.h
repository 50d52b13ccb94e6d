#pragma once

#include "orders/money.h"
#include "orders/paytypes.h"

#include <QJsonObject>
#include <QString>
#include <QVariantList>

#include <optional>

class Database;

// The columns of the order table as the browser, the export and the sort know them.
enum class OrderColumn : int {
    Id,
    OrderSn,
    UserId,
    Amount,
    PayWay,
    PayStatus,
    PayTime,
    TransactionId,
    Remark,
    CreateTime,
    UpdateTime,
    Count
};

QString orderColumnSqlName(OrderColumn column);
QString orderColumnTitle(OrderColumn column); // translated
QString orderColumnKey(OrderColumn column);   // stable ASCII name used in exports and settings

// What finance filters orders by. Every field is optional; the SQL it becomes binds every
// value. Times are Unix seconds: from inclusive, to exclusive.
struct OrderFilter
{
    QString snContains;
    std::optional<quint32> userId;
    std::optional<PayStatus> payStatus;
    std::optional<PayWay> payWay;
    std::optional<qint64> createdFrom;
    std::optional<qint64> createdTo;
    std::optional<Money> amountMin;
    std::optional<Money> amountMax;
    bool includeDeleted = false;

    bool operator==(const OrderFilter &) const = default;
    bool isEmpty() const { return *this == OrderFilter{}; }

    QJsonObject toJson() const;
    static OrderFilter fromJson(const QJsonObject &object);
};

struct OrderSort
{
    OrderColumn column = OrderColumn::Id;
    Qt::SortOrder order = Qt::DescendingOrder;
    bool operator==(const OrderSort &) const = default;
};

// Totals of the filtered set, computed in SQL over integer fen.
struct OrderTotals
{
    qint64 count = 0;
    qint64 paidCount = 0;
    Money amount;     // every order in the set
    Money paidAmount; // the paid ones
    bool operator==(const OrderTotals &) const = default;
};

// A WHERE clause with its bound values.
struct SqlCondition
{
    QString sql; // "WHERE …" or empty
    QVariantList values;
};

// What the condition is for. A page in id order stops after a page of rows read newest
// first; on SQLite, letting the creation-time index serve the range instead would make it
// collect and sort every order of the range first.
enum class OrderConditionUse { Any, IdOrderedPage };
SqlCondition buildOrderCondition(const Database &db, const OrderFilter &filter,
                                 OrderConditionUse use = OrderConditionUse::Any);
QString buildOrderBy(OrderSort sort);
