#pragma once

#include "db/database.h"
#include "orders/order.h"
#include "orders/orderfilter.h"
#include "orders/ordersngenerator.h"
#include "result.h"

#include <QList>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <optional>

struct MarkPaidRequest
{
    QString transactionId; // the channel's trade number
    PayWay payWay = PayWay::Unknown;
    qint64 payTime = 0;    // Unix seconds; 0 means now
};

struct MarkPaidOutcome
{
    bool transitioned = false; // this call moved pay_status from 0 to 1
    Order order;               // the row as it is after the call
};

// Reads and writes <prefix>marketing_chat_order. Each method uses the calling thread's
// connection (or the named one given to the constructor) and never holds rows beyond
// what it returns.
class OrderRepository
{
public:
    static QString defaultRemark(); // 营销聊天诚意金
    // The largest amount the seed's decimal(10,2) column holds: 99999999.99 yuan.
    static constexpr qint64 MaxOrderFen = 9'999'999'999;

    explicit OrderRepository(Database database, QString connectionName = {});
    void setSnGenerator(OrderSnGenerator generator) { m_snGenerator = std::move(generator); }
    void setClock(std::function<qint64()> unixNow) { m_now = std::move(unixNow); }

    // Creates an unpaid order as the seed's createMarketingChatOrder does; a fresh order sn
    // is drawn again when the insert collides with an existing one.
    Result<CreatedOrder> create(Money amount, quint32 userId, const QString &remark = defaultRemark());

    Result<std::optional<Order>> findById(qint64 id, bool includeDeleted = false);
    Result<std::optional<Order>> findBySn(const QString &orderSn, bool includeDeleted = false);

    // Marks an order paid exactly once: a conditional UPDATE (pay_status = 0) inside a
    // transaction. Of any number of concurrent calls for one order, exactly one reports
    // transitioned = true. A soft-deleted order is never marked.
    Result<MarkPaidOutcome> markPaid(qint64 orderId, const MarkPaidRequest &request);
    // The same, and beforeCommit runs inside that transaction after the conditional UPDATE
    // (whether or not it transitioned), on the same connection: what it writes commits or
    // rolls back together with the order. An error it returns rolls everything back and is
    // returned. Not called when the order does not exist.
    using BeforeCommit = std::function<Status(QSqlDatabase &, const MarkPaidOutcome &)>;
    Result<MarkPaidOutcome> markPaid(qint64 orderId, const MarkPaidRequest &request, const BeforeCommit &beforeCommit);

    // Keeps the statements of findBySn() and markPaid() prepared between calls (per
    // connection) instead of preparing them on every call: for a long-lived repository used
    // by one thread only (copies share the statements). Call resetStatements() before that
    // thread's connection is released.
    void setStatementCaching(bool enabled);
    void resetStatements();

    // Browsing: totals of the filtered set and a page of it in the given order.
    Result<OrderTotals> totals(const OrderFilter &filter);
    Result<QList<Order>> page(const OrderFilter &filter, OrderSort sort, qint64 offset, int limit);

    // The column list every SELECT of orders uses, fen computed in SQL; rows read with readOrder().
    static QString selectColumns(const Database &db);
    static Order readOrder(const class QSqlQuery &query);

    // Inserts many generated orders in one transaction (demo data, benchmarks).
    struct SeedOptions
    {
        qint64 count = 200;
        qint64 startTime = 0; // Unix seconds of the oldest order; 0 = 90 days ago
        qint64 endTime = 0;   // 0 = now
        quint32 seed = 20260130;
    };
    Result<qint64> seedDemoOrders(const SeedOptions &options);

private:
    Result<QSqlDatabase> db() const;
    Result<std::optional<Order>> findOne(const QString &column, const QVariant &value, bool includeDeleted);
    qint64 now() const;
    // A statement for sql on conn: the cached one when caching is on, else a new one.
    QSqlQuery *statement(QSqlDatabase &conn, int slot, const QString &sql, std::optional<QSqlQuery> &local);

    struct StatementCache;
    std::shared_ptr<StatementCache> m_statements;
    Database m_db;
    QString m_connectionName;
    OrderSnGenerator m_snGenerator;
    std::function<qint64()> m_now;
};
