#include "orderquerymodel.h"

#include "logging.h"
#include "orders/orderexporter.h"
#include "orders/orderrepository.h"

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>

namespace {
// The value of the sort column as SQL compares it, for keyset paging; null when the
// column cannot be compared exactly from an Order (pay way and status map numbers they
// do not know to a default, so they page by OFFSET).
QVariant sortKey(const Order &o, OrderColumn column)
{
    switch (column) {
    case OrderColumn::Id: return o.id;
    case OrderColumn::OrderSn: return o.orderSn;
    case OrderColumn::UserId: return qint64(o.userId);
    case OrderColumn::Amount: return o.amount.toString();
    case OrderColumn::PayTime: return o.payTime;
    case OrderColumn::TransactionId: return o.transactionId;
    case OrderColumn::Remark: return o.remark;
    case OrderColumn::CreateTime: return o.createTime;
    case OrderColumn::UpdateTime: return o.updateTime;
    case OrderColumn::PayWay:
    case OrderColumn::PayStatus:
    case OrderColumn::Count: break;
    }
    return {};
}
} // namespace

OrderQueryModel::OrderQueryModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_countPool.setMaxThreadCount(1);
}

OrderQueryModel::~OrderQueryModel()
{
    // A running count finishes on its own connection; its result is dropped.
    ++*m_generation;
    m_countPool.clear();
    m_countPool.waitForDone();
}

void OrderQueryModel::setDatabase(const Database &database)
{
    m_db = database;
    reload();
}

void OrderQueryModel::setFilter(const OrderFilter &filter)
{
    if (filter == m_filter && m_db.isValid())
        return;
    m_filter = filter;
    reload();
}

void OrderQueryModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(OrderColumn::Count))
        return;
    const OrderSort sort{OrderColumn(column), order};
    if (sort == m_sort)
        return;
    m_sort = sort;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_pages.clear();
    m_pageUse.clear();
    m_lastRowOfPage.clear();
    // Persistent indexes cannot follow rows that are not in memory; point them at the
    // same row numbers, which is what a view that re-sorts expects.
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void OrderQueryModel::refresh()
{
    reload();
}

void OrderQueryModel::reload()
{
    ++*m_generation;
    m_countPool.clear();
    if (m_countInBackground && m_db.isValid()) {
        // The first page now; the count and the totals when the worker has them.
        beginResetModel();
        m_pages.clear();
        m_pageUse.clear();
        m_lastRowOfPage.clear();
        m_lastError.clear();
        m_rowCount = 0;
        m_counting = true; // never read from the end while the count is unknown
        auto first = readPage(0);
        if (first) {
            m_rowCount = int(first->size());
            if (!first->isEmpty()) {
                if (QVariant key = sortKey(first->last(), m_sort.column); key.isValid())
                    m_lastRowOfPage.insert(0, PageEdge{std::move(key), first->last().id});
            }
            m_pageUse.append(0);
            m_pages.insert(0, std::move(*first));
        } else {
            m_lastError = first.errorMessage();
            m_counting = false;
        }
        endResetModel();
        if (!m_lastError.isEmpty()) {
            qCWarning(lcOrders) << "loading orders failed:" << m_lastError;
            Q_EMIT errorOccurred(m_lastError);
            return;
        }
        startBackgroundCount();
        return;
    }

    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    m_lastRowOfPage.clear();
    m_rowCount = 0;
    m_counting = false;
    m_lastError.clear();
    OrderTotals totals;
    if (m_db.isValid()) {
        OrderRepository repo(m_db);
        auto t = repo.totals(m_filter);
        if (t) {
            totals = *t;
            m_rowCount = int(std::min<qint64>(t->count, std::numeric_limits<int>::max()));
        } else {
            m_lastError = t.errorMessage();
        }
    }
    endResetModel();
    const bool changed = !(totals == m_totals);
    m_totals = totals;
    if (!m_lastError.isEmpty()) {
        qCWarning(lcOrders) << "loading orders failed:" << m_lastError;
        Q_EMIT errorOccurred(m_lastError);
    }
    if (changed || m_lastError.isEmpty())
        Q_EMIT totalsChanged(m_totals);
}

void OrderQueryModel::startBackgroundCount()
{
    const int generation = m_generation->load();
    const std::shared_ptr<std::atomic_int> current = m_generation;
    const Database db = m_db;
    const OrderFilter filter = m_filter;
    // The destructor waits for the pool, so `this` outlives the job; a result posted to a
    // model that is gone is dropped with its event.
    m_countPool.start([this, generation, current, db, filter] {
        if (current->load() != generation)
            return; // superseded before it started
        const Result<OrderTotals> totals = OrderRepository(db).totals(filter);
        db.releaseThreadConnection();
        QMetaObject::invokeMethod(
            this, [this, generation, totals] { applyBackgroundCount(generation, totals); }, Qt::QueuedConnection);
    });
}

void OrderQueryModel::applyBackgroundCount(int generation, const Result<OrderTotals> &totals)
{
    if (generation != m_generation->load())
        return;
    m_counting = false;
    if (!totals) {
        m_lastError = totals.errorMessage();
        qCWarning(lcOrders) << "counting orders failed:" << m_lastError;
        Q_EMIT errorOccurred(m_lastError);
        return;
    }
    const int count = int(std::min<qint64>(totals->count, std::numeric_limits<int>::max()));
    if (count > m_rowCount) {
        beginInsertRows({}, m_rowCount, count - 1);
        m_rowCount = count;
        endInsertRows();
    } else if (count < m_rowCount) {
        // Orders went away between the first page and the count.
        beginRemoveRows({}, count, m_rowCount - 1);
        m_rowCount = count;
        m_pages.clear();
        m_pageUse.clear();
        m_lastRowOfPage.clear();
        endRemoveRows();
    }
    m_totals = *totals;
    Q_EMIT totalsChanged(m_totals);
}

Result<QList<Order>> OrderQueryModel::readPage(int page) const
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    const qint64 start = qint64(page) * PageSize;

    // Start after the nearest earlier page whose last row is known, or count back from the
    // end, or from the start: whichever makes the database skip the fewest rows.
    qint64 skipFromStart = start;
    std::optional<PageEdge> edge;
    if (auto it = m_lastRowOfPage.lowerBound(page); it != m_lastRowOfPage.begin()) {
        --it;
        edge = it.value();
        skipFromStart = start - qint64(it.key() + 1) * PageSize;
    }
    const qint64 end = std::min<qint64>(start + PageSize, m_rowCount);
    const bool fromEnd = !m_counting && end > start && qint64(m_rowCount) - end < skipFromStart;

    SqlCondition where = buildOrderCondition(
        m_db, m_filter, m_sort.column == OrderColumn::Id ? OrderConditionUse::IdOrderedPage : OrderConditionUse::Any);
    OrderSort sort = m_sort;
    qint64 offset = skipFromStart;
    qint64 limit = PageSize;
    if (fromEnd) {
        sort.order = sort.order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        offset = qint64(m_rowCount) - end;
        limit = end - start;
    } else if (edge) {
        const QString op = m_sort.order == Qt::AscendingOrder ? QStringLiteral(">") : QStringLiteral("<");
        QString condition;
        if (m_sort.column == OrderColumn::Id) {
            condition = QStringLiteral("id %1 ?").arg(op);
            where.values << edge->id;
        } else {
            const QString column = orderColumnSqlName(m_sort.column);
            const QString param = m_sort.column == OrderColumn::Amount && m_db.dialect() == SqlDialect::MySql
                ? QStringLiteral("CAST(? AS DECIMAL(12,2))")
                : QStringLiteral("?");
            condition = QStringLiteral("(%1 %2 %3 OR (%1 = %3 AND id %2 ?))").arg(column, op, param);
            where.values << edge->key << edge->key << edge->id;
        }
        where.sql = where.sql.isEmpty() ? QString(QStringLiteral("WHERE ") + condition)
                                        : QString(where.sql + QStringLiteral(" AND ") + condition);
    }

    QSqlQuery q(*conn);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM `%2` %3 %4 LIMIT %5 OFFSET %6")
                      .arg(OrderRepository::selectColumns(m_db), m_db.table(u"marketing_chat_order"), where.sql,
                           buildOrderBy(sort))
                      .arg(limit)
                      .arg(offset)))
        return Database::queryError(q, tr("Reading orders"));
    for (const QVariant &v : std::as_const(where.values))
        q.addBindValue(v);
    if (!q.exec())
        return Database::queryError(q, tr("Reading orders"));
    QList<Order> rows;
    rows.reserve(limit);
    while (q.next())
        rows << OrderRepository::readOrder(q);
    if (fromEnd)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

const QList<Order> *OrderQueryModel::pageAt(int page) const
{
    auto it = m_pages.find(page);
    if (it != m_pages.end()) {
        m_pageUse.removeOne(page);
        m_pageUse.append(page);
        return &it.value();
    }
    auto rows = readPage(page);
    if (!rows) {
        qCWarning(lcOrders) << "reading a page of orders failed:" << rows.errorMessage();
        // Reported once per distinct message, and after the view's paint that asked for it.
        if (rows.errorMessage() != m_lastError) {
            m_lastError = rows.errorMessage();
            auto *self = const_cast<OrderQueryModel *>(this);
            QMetaObject::invokeMethod(
                self, [self, message = m_lastError] { Q_EMIT self->errorOccurred(message); }, Qt::QueuedConnection);
        }
        return nullptr;
    }
    if (!rows->isEmpty()) {
        if (QVariant key = sortKey(rows->last(), m_sort.column); key.isValid())
            m_lastRowOfPage.insert(page, PageEdge{std::move(key), rows->last().id});
    }
    while (m_pageUse.size() >= MaxCachedPages)
        m_pages.remove(m_pageUse.takeFirst());
    m_pageUse.append(page);
    return &m_pages.insert(page, std::move(*rows)).value();
}

std::optional<Order> OrderQueryModel::orderAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return std::nullopt;
    const QList<Order> *rows = pageAt(row / PageSize);
    const int offset = row % PageSize;
    if (!rows || offset >= rows->size())
        return std::nullopt; // the table shrank since it was counted; refresh() catches up
    return rows->at(offset);
}

int OrderQueryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int OrderQueryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(OrderColumn::Count);
}

QString OrderQueryModel::displayText(const Order &o, OrderColumn column)
{
    const auto time = [](qint64 t) {
        // A time-zone conversion per cell is slow (glibc re-reads the zone each time).
        thread_local UnixTimeFormatter formatter;
        return formatter.format(t);
    };
    switch (column) {
    case OrderColumn::Id: return QString::number(o.id);
    case OrderColumn::OrderSn: return o.orderSn;
    case OrderColumn::UserId: return QString::number(o.userId);
    case OrderColumn::Amount: return o.amount.toString();
    case OrderColumn::PayWay: return o.payWay == PayWay::Unknown ? QString() : payWayDisplayName(o.payWay);
    case OrderColumn::PayStatus: return payStatusDisplayName(o.payStatus);
    case OrderColumn::PayTime: return time(o.payTime);
    case OrderColumn::TransactionId: return o.transactionId;
    case OrderColumn::Remark: return o.remark;
    case OrderColumn::CreateTime: return time(o.createTime);
    case OrderColumn::UpdateTime: return time(o.updateTime);
    case OrderColumn::Count: break;
    }
    return {};
}

QVariant OrderQueryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto column = OrderColumn(index.column());
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case OrderColumn::Id:
        case OrderColumn::UserId:
        case OrderColumn::Amount: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default: return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole && role < Qt::UserRole)
        return {};
    const std::optional<Order> o = orderAt(index.row());
    if (!o)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::EditRole:
        if (o->isDeleted() && column == OrderColumn::PayStatus && role != Qt::EditRole)
            return tr("%1 (deleted)").arg(displayText(*o, column));
        return displayText(*o, column);
    case OrderIdRole: return o->id;
    case OrderSnRole: return o->orderSn;
    case FenRole: return column == OrderColumn::Amount ? QVariant(o->amount.fen()) : QVariant();
    case UnixTimeRole:
        switch (column) {
        case OrderColumn::PayTime: return o->payTime;
        case OrderColumn::CreateTime: return o->createTime;
        case OrderColumn::UpdateTime: return o->updateTime;
        default: return {};
        }
    default: return {};
    }
}

QVariant OrderQueryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= int(OrderColumn::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    return orderColumnTitle(OrderColumn(section));
}
