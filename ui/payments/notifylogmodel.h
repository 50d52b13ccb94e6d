#pragma once

#include "listener/notifyrecord.h"

#include <QAbstractTableModel>
#include <QList>

// The notification log for the view: newest first, bounded. Filled from the journal when
// the page opens and then from the listener's notificationHandled signal.
class NotifyLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotifyLogModel)

public:
    enum Column { Time, Channel, Route, Verdict, Order, Amount, Transitioned, Latency, Status, Message, ColumnCount };
    static constexpr int MaxRows = 2000;

    explicit NotifyLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRecords(const QList<NotifyRecord> &newestFirst);
    void prepend(const NotifyRecord &record);
    const NotifyRecord &record(int row) const { return m_records.at(row); }

private:
    QList<NotifyRecord> m_records;
};
