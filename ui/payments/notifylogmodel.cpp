#include "notifylogmodel.h"

#include "orders/money.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

NotifyLogModel::NotifyLogModel(QObject *parent) : QAbstractTableModel(parent) {}

int NotifyLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int NotifyLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotifyLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NotifyRecord &r = m_records.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time: return QDateTime::fromMSecsSinceEpoch(r.receivedAtMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Channel: return r.channel;
        case Route: return r.route;
        case Verdict: return notifyVerdictDisplayName(r.verdict);
        case Order: return r.orderSn;
        case Amount: return r.notifiedFen ? Money::fromFen(*r.notifiedFen).toString() : QString();
        case Transitioned: return r.transitioned ? tr("Yes") : QString();
        case Latency: return tr("%1 ms").arg(double(r.latencyUs) / 1000.0, 0, 'f', 1);
        case Status: return r.httpStatus;
        case Message: return r.error;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Message)
        return r.error;
    if (role == Qt::ForegroundRole && index.column() == Verdict) {
        if (r.verdict == NotifyVerdict::Applied)
            return QBrush(QColor(0x1b, 0x7f, 0x3b));
        if (!notifyVerdictAcknowledged(r.verdict))
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Latency || index.column() == Status))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::UserRole)
        return notifyVerdictKey(r.verdict);
    return {};
}

QVariant NotifyLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Channel: return tr("Channel");
    case Route: return tr("Route");
    case Verdict: return tr("Verdict");
    case Order: return tr("Order");
    case Amount: return tr("Amount");
    case Transitioned: return tr("Marked paid");
    case Latency: return tr("Latency");
    case Status: return tr("HTTP");
    case Message: return tr("Details");
    default: return {};
    }
}

void NotifyLogModel::setRecords(const QList<NotifyRecord> &newestFirst)
{
    beginResetModel();
    m_records = newestFirst.mid(0, MaxRows);
    endResetModel();
}

void NotifyLogModel::prepend(const NotifyRecord &record)
{
    beginInsertRows({}, 0, 0);
    m_records.prepend(record);
    endInsertRows();
    if (m_records.size() > MaxRows) {
        const int first = MaxRows;
        const int last = int(m_records.size()) - 1;
        beginRemoveRows({}, first, last);
        m_records.resize(MaxRows);
        endRemoveRows();
    }
}
