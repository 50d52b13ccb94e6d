#include "orderrepository.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

constexpr int MaxSnAttempts = 32;

enum StatementSlot { FindBySn, MarkPaidUpdate, MarkPaidRead, SlotCount };

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}
} // namespace

QString OrderRepository::defaultRemark()
{
    return QStringLiteral("营销聊天诚意金");
}

struct OrderRepository::StatementCache
{
    QString connectionName;
    std::optional<QSqlQuery> queries[SlotCount];
};

OrderRepository::OrderRepository(Database database, QString connectionName)
    : m_db(std::move(database)), m_connectionName(std::move(connectionName)),
      m_now([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

Result<QSqlDatabase> OrderRepository::db() const
{
    return m_connectionName.isEmpty() ? m_db.connection() : m_db.openConnection(m_connectionName);
}

qint64 OrderRepository::now() const
{
    return m_now();
}

void OrderRepository::setStatementCaching(bool enabled)
{
    if (!enabled)
        m_statements.reset();
    else if (!m_statements)
        m_statements = std::make_shared<StatementCache>();
}

void OrderRepository::resetStatements()
{
    if (m_statements)
        *m_statements = StatementCache{};
}

QSqlQuery *OrderRepository::statement(QSqlDatabase &conn, int slot, const QString &sql, std::optional<QSqlQuery> &local)
{
    if (!m_statements || slot < 0 || slot >= SlotCount) {
        local.emplace(conn);
        local->setForwardOnly(true);
        local->prepare(sql); // a failure shows in exec()
        return &*local;
    }
    if (m_statements->connectionName != conn.connectionName() || !conn.isOpen()) {
        *m_statements = StatementCache{};
        m_statements->connectionName = conn.connectionName();
    }
    std::optional<QSqlQuery> &cached = m_statements->queries[slot];
    if (cached)
        return &*cached;
    local.emplace(conn);
    local->setForwardOnly(true);
    if (local->prepare(sql)) {
        cached = std::move(local);
        local.reset();
        return &*cached;
    }
    return &*local; // not kept: the caller reports the error from exec()
}

QString OrderRepository::selectColumns(const Database &db)
{
    return QStringLiteral("id, order_sn, user_id, %1 AS amount_fen, pay_way, pay_status, pay_time, transaction_id, "
                          "remark, create_time, update_time, delete_time")
        .arg(db.fenExpression(QStringLiteral("order_amount")));
}

Order OrderRepository::readOrder(const QSqlQuery &q)
{
    Order o;
    o.id = q.value(0).toLongLong();
    o.orderSn = q.value(1).toString();
    o.userId = q.value(2).toUInt();
    o.amount = Money::fromFen(q.value(3).toLongLong());
    o.payWay = payWayFromInt(q.value(4).toInt()).value_or(PayWay::Unknown);
    o.payStatus = payStatusFromInt(q.value(5).toInt()).value_or(PayStatus::Unpaid);
    o.payTime = q.value(6).toLongLong();
    o.transactionId = q.value(7).toString();
    o.remark = q.value(8).toString();
    o.createTime = q.value(9).toLongLong();
    o.updateTime = q.value(10).toLongLong();
    if (!q.value(11).isNull())
        o.deleteTime = q.value(11).toLongLong();
    return o;
}

Result<CreatedOrder> OrderRepository::create(Money amount, quint32 userId, const QString &remark)
{
    if (amount.fen() <= 0)
        return Error(QCoreApplication::translate("OrderRepository", "The order amount must be greater than zero."), QStringLiteral("amount-not-positive"));
    if (amount.fen() > MaxOrderFen)
        return Error(QCoreApplication::translate("OrderRepository", "The order amount is above %1 yuan, the most the order table's decimal(10,2) column holds.")
                         .arg(Money::fromFen(MaxOrderFen).toString()),
                     QStringLiteral("amount-too-large"));
    auto conn = db();
    if (!conn)
        return conn.error();

    const qint64 t = now();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("INSERT INTO `%1` (order_sn, user_id, order_amount, pay_way, pay_status, pay_time, "
                             "transaction_id, remark, create_time, update_time) VALUES (?, ?, ?, 0, 0, 0, '', ?, ?, ?)")
                  .arg(m_db.table(u"marketing_chat_order")));
    for (int attempt = 1; attempt <= MaxSnAttempts; ++attempt) {
        const QString sn = m_snGenerator.next();
        q.addBindValue(sn);
        q.addBindValue(qint64(userId));
        q.addBindValue(amount.toString());
        q.addBindValue(remark.isNull() ? QStringLiteral("") : remark); // the column is NOT NULL
        q.addBindValue(t);
        q.addBindValue(t);
        if (q.exec()) {
            const qint64 id = q.lastInsertId().toLongLong();
            qCDebug(lcOrders) << "created order" << sn << amount.toString();
            return CreatedOrder{id, sn, amount};
        }
        if (!Database::isUniqueViolation(q.lastError()))
            return Database::queryError(q, QCoreApplication::translate("OrderRepository", "Creating the order"));
        qCDebug(lcOrders) << "order sn collision, drawing another" << sn;
    }
    return Error(QCoreApplication::translate("OrderRepository", "Could not find a free order number after %1 attempts; try again in a second.").arg(MaxSnAttempts),
                 QStringLiteral("order-sn-exhausted"));
}

Result<std::optional<Order>> OrderRepository::findOne(const QString &column, const QVariant &value, bool includeDeleted)
{
    auto conn = db();
    if (!conn)
        return conn.error();
    const QString sql = QStringLiteral("SELECT %1 FROM `%2` WHERE %3 = ?%4 ORDER BY id LIMIT 1")
                            .arg(selectColumns(m_db), m_db.table(u"marketing_chat_order"), column,
                                 includeDeleted ? QString() : QStringLiteral(" AND delete_time IS NULL"));
    std::optional<QSqlQuery> local;
    const bool cacheable = column == u"order_sn" && !includeDeleted;
    QSqlQuery &q = *statement(*conn, cacheable ? FindBySn : -1, sql, local);
    q.bindValue(0, value);
    if (!q.exec()) {
        const Error error = Database::queryError(q, QCoreApplication::translate("OrderRepository", "Looking up the order"));
        resetStatements();
        return error;
    }
    std::optional<Order> found;
    if (q.next())
        found = readOrder(q);
    q.finish();
    return found;
}

Result<std::optional<Order>> OrderRepository::findById(qint64 id, bool includeDeleted)
{
    return findOne(QStringLiteral("id"), id, includeDeleted);
}

Result<std::optional<Order>> OrderRepository::findBySn(const QString &orderSn, bool includeDeleted)
{
    return findOne(QStringLiteral("order_sn"), orderSn, includeDeleted);
}

Result<MarkPaidOutcome> OrderRepository::markPaid(qint64 orderId, const MarkPaidRequest &request)
{
    return markPaid(orderId, request, BeforeCommit());
}

Result<MarkPaidOutcome> OrderRepository::markPaid(qint64 orderId, const MarkPaidRequest &request,
                                                  const BeforeCommit &beforeCommit)
{
    auto conn = db();
    if (!conn)
        return conn.error();
    Transaction tx(*conn);
    if (!tx.begun())
        return Error(QCoreApplication::translate("OrderRepository", "Cannot begin a transaction: %1").arg(conn->lastError().text()), conn->lastError().nativeErrorCode());

    const qint64 t = now();
    std::optional<QSqlQuery> localUpdate;
    QSqlQuery &q = *statement(*conn, MarkPaidUpdate,
                              QStringLiteral("UPDATE `%1` SET pay_status = 1, pay_time = ?, transaction_id = ?, pay_way = ?, "
                                             "update_time = ? WHERE id = ? AND pay_status = 0 AND delete_time IS NULL")
                                  .arg(m_db.table(u"marketing_chat_order")),
                              localUpdate);
    q.bindValue(0, request.payTime > 0 ? request.payTime : t);
    q.bindValue(1, request.transactionId);
    q.bindValue(2, int(request.payWay));
    q.bindValue(3, t);
    q.bindValue(4, orderId);
    if (!q.exec()) {
        const Error error = Database::queryError(q, QCoreApplication::translate("OrderRepository", "Marking the order paid"));
        resetStatements();
        return error;
    }
    const bool transitioned = q.numRowsAffected() == 1;
    q.finish();

    std::optional<QSqlQuery> localRead;
    QSqlQuery &read = *statement(*conn, MarkPaidRead,
                                 QStringLiteral("SELECT %1 FROM `%2` WHERE id = ?")
                                     .arg(selectColumns(m_db), m_db.table(u"marketing_chat_order")),
                                 localRead);
    read.bindValue(0, orderId);
    if (!read.exec()) {
        const Error error = Database::queryError(read, QCoreApplication::translate("OrderRepository", "Reading the order back"));
        resetStatements();
        return error;
    }
    if (!read.next()) {
        read.finish();
        return Error(QCoreApplication::translate("OrderRepository", "Order %1 does not exist.").arg(orderId), QStringLiteral("order-not-found"));
    }
    MarkPaidOutcome outcome{transitioned, readOrder(read)};
    read.finish();
    if (beforeCommit) {
        if (Status s = beforeCommit(*conn, outcome); !s)
            return s.error(); // the transaction rolls back
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    if (transitioned)
        qCInfo(lcOrders) << "order" << outcome.order.orderSn << "marked paid";
    return outcome;
}

Result<OrderTotals> OrderRepository::totals(const OrderFilter &filter)
{
    auto conn = db();
    if (!conn)
        return conn.error();
    const SqlCondition where = buildOrderCondition(m_db, filter);
    const QString fen = m_db.fenExpression(QStringLiteral("order_amount"));
    QSqlQuery q(*conn);
    q.setForwardOnly(true);
    // Sums come back as DECIMAL on MySQL: read them as text, never through a double.
    q.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!q.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(pay_status = 1), 0), COALESCE(SUM(%1), 0), "
                                 "COALESCE(SUM(CASE WHEN pay_status = 1 THEN %1 ELSE 0 END), 0) FROM `%2` %3")
                      .arg(fen, m_db.table(u"marketing_chat_order"), where.sql)))
        return Database::queryError(q, QCoreApplication::translate("OrderRepository", "Counting the orders"));
    bindAll(q, where.values);
    if (!q.exec() || !q.next())
        return Database::queryError(q, QCoreApplication::translate("OrderRepository", "Counting the orders"));
    OrderTotals t;
    t.count = q.value(0).toLongLong();
    t.paidCount = q.value(1).toLongLong();
    t.amount = Money::fromFen(q.value(2).toString().toLongLong());
    t.paidAmount = Money::fromFen(q.value(3).toString().toLongLong());
    return t;
}

Result<QList<Order>> OrderRepository::page(const OrderFilter &filter, OrderSort sort, qint64 offset, int limit)
{
    auto conn = db();
    if (!conn)
        return conn.error();
    const SqlCondition where = buildOrderCondition(m_db, filter);
    QSqlQuery q(*conn);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM `%2` %3 %4 LIMIT %5 OFFSET %6")
                  .arg(selectColumns(m_db), m_db.table(u"marketing_chat_order"), where.sql, buildOrderBy(sort))
                  .arg(limit)
                  .arg(offset));
    bindAll(q, where.values);
    if (!q.exec())
        return Database::queryError(q, QCoreApplication::translate("OrderRepository", "Reading orders"));
    QList<Order> rows;
    rows.reserve(limit);
    while (q.next())
        rows << readOrder(q);
    return rows;
}

Result<qint64> OrderRepository::seedDemoOrders(const SeedOptions &options)
{
    auto conn = db();
    if (!conn)
        return conn.error();
    const qint64 end = options.endTime > 0 ? options.endTime : now();
    const qint64 start = options.startTime > 0 ? options.startTime : end - 90 * 24 * 3600;
    const qint64 span = std::max<qint64>(1, end - start);
    QRandomGenerator rng(options.seed);
    static const qint64 amounts[] = {40, 40, 40, 99, 100, 990, 1990, 9900, 19900, 29};
    static const QString remarks[] = {defaultRemark(), defaultRemark(), defaultRemark(), QStringLiteral("营销聊天定金"),
                                      QStringLiteral("体验课报名费")};

    qint64 inserted = 0;
    Transaction tx(*conn);
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("INSERT INTO `%1` (order_sn, user_id, order_amount, pay_way, pay_status, pay_time, "
                             "transaction_id, remark, create_time, update_time, delete_time) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(m_db.table(u"marketing_chat_order")));
    for (qint64 i = 0; i < options.count; ++i) {
        // Spread evenly over the range so that every day has orders; a little jitter.
        const qint64 created = start + (span * i) / std::max<qint64>(1, options.count) + rng.bounded(60);
        const bool paid = rng.bounded(100) < 62;
        const bool deleted = rng.bounded(1000) < 5;
        const int way = paid ? (rng.bounded(100) < 70 ? 1 : (rng.bounded(100) < 90 ? 2 : 3)) : 0;
        const Money amount = Money::fromFen(amounts[rng.bounded(int(std::size(amounts)))]);
        const QString sn = QStringLiteral("MC") + QDateTime::fromSecsSinceEpoch(created).toString(QStringLiteral("yyyyMMddHHmmss"))
                           + QStringLiteral("%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
        const qint64 payTime = paid ? created + 20 + rng.bounded(600) : 0;
        q.addBindValue(sn);
        q.addBindValue(qint64(10000 + rng.bounded(5000)));
        q.addBindValue(amount.toString());
        q.addBindValue(way);
        q.addBindValue(paid ? 1 : 0);
        q.addBindValue(payTime);
        q.addBindValue(paid ? (way == 2 ? QStringLiteral("2026%1").arg(created, 22, 10, QLatin1Char('0'))
                                        : QStringLiteral("4200%1").arg(created, 24, 10, QLatin1Char('0')))
                            : QStringLiteral(""));
        q.addBindValue(remarks[rng.bounded(int(std::size(remarks)))]);
        q.addBindValue(created);
        q.addBindValue(paid ? payTime : created);
        q.addBindValue(deleted ? QVariant(created + 3600) : QVariant(QMetaType::fromType<qint64>()));
        if (!q.exec()) {
            if (Database::isUniqueViolation(q.lastError()))
                continue; // an existing order already has this number; skip it
            return Database::queryError(q, QCoreApplication::translate("OrderRepository", "Inserting demo orders"));
        }
        ++inserted;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return inserted;
}
