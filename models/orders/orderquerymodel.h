#pragma once

#include "db/database.h"
#include "orders/order.h"
#include "orders/orderfilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The order table for views, loaded lazily: the row count comes from COUNT(*), rows are
// read a page at a time (LIMIT/OFFSET in the filter's SQL order) when a view asks for
// them, and only a bounded number of pages stay in memory. Sorting and filtering happen
// in SQL; totals of the filtered set are computed in SQL with the same condition.
class OrderQueryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderQueryModel)

public:
    static constexpr int PageSize = 256;
    static constexpr int MaxCachedPages = 48;

    enum Role {
        OrderIdRole = Qt::UserRole + 1, // qint64
        FenRole,                        // qint64, the amount column
        UnixTimeRole,                   // qint64, the time columns
        OrderSnRole,
    };

    explicit OrderQueryModel(QObject *parent = nullptr);

    void setDatabase(const Database &database);
    const Database &database() const { return m_db; }

    void setFilter(const OrderFilter &filter);
    const OrderFilter &filter() const { return m_filter; }
    OrderSort sortOrder() const { return m_sort; }
    const OrderTotals &totals() const { return m_totals; }
    QString lastError() const { return m_lastError; }

    // The order behind a row (loads its page if needed).
    std::optional<Order> orderAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Formats as the views show them (local time, two-decimal yuan, translated names).
    static QString displayText(const Order &order, OrderColumn column);

public Q_SLOTS:
    // Re-reads the count, the totals and drops cached rows (after a payment, say).
    void refresh();

Q_SIGNALS:
    void totalsChanged(const OrderTotals &totals);
    void errorOccurred(const QString &message);

private:
    const QList<Order> *pageAt(int page) const;
    void reload();

    Database m_db;
    OrderFilter m_filter;
    OrderSort m_sort;
    OrderTotals m_totals;
    int m_rowCount = 0;
    QString m_lastError;
    mutable QHash<int, QList<Order>> m_pages;
    mutable QList<int> m_pageUse; // least recently used first
};
