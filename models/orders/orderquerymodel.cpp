#include "orderquerymodel.h"

#include "logging.h"
#include "orders/orderrepository.h"

#include <QDateTime>

OrderQueryModel::OrderQueryModel(QObject *parent) : QAbstractTableModel(parent) {}

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
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    m_rowCount = 0;
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

const QList<Order> *OrderQueryModel::pageAt(int page) const
{
    auto it = m_pages.find(page);
    if (it != m_pages.end()) {
        m_pageUse.removeOne(page);
        m_pageUse.append(page);
        return &it.value();
    }
    OrderRepository repo(m_db);
    auto rows = repo.page(m_filter, m_sort, qint64(page) * PageSize, PageSize);
    if (!rows) {
        qCWarning(lcOrders) << "reading a page of orders failed:" << rows.errorMessage();
        return nullptr;
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
        return t > 0 ? QDateTime::fromSecsSinceEpoch(t).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
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
