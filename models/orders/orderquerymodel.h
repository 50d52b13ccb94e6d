#pragma once

#include "db/database.h"
#include "orders/order.h"
#include "orders/orderfilter.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMap>
#include <QThreadPool>

#include <atomic>
#include <memory>

// The order table for views, loaded lazily: the row count comes from COUNT(*), rows are
// read a page at a time when a view asks for them, and only a bounded number of pages stay
// in memory. Sorting and filtering happen in SQL; totals of the filtered set are computed
// in SQL with the same condition.
//
// Pages are found by keyset where possible: the sort key of the last row of every page
// read is remembered, so the next page (and any page after a known one) starts with
// WHERE (key, id) > (last key, last id) instead of an OFFSET that the database would have
// to walk; pages near the end are read backwards from the end.
//
// With countInBackground, the count and totals (a scan of the filtered set) run on a
// worker thread: the first page is shown at once with the rows it holds, and the rest of
// the rows are inserted when the count arrives (totalsChanged).
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
    ~OrderQueryModel() override;

    // Off by default: setFilter()/refresh() return with the count and totals in place.
    void setCountInBackground(bool background) { m_countInBackground = background; }
    bool countInBackground() const { return m_countInBackground; }
    // Whether a background count for the current filter is still running.
    bool isCounting() const { return m_counting; }

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
    struct PageEdge
    {
        QVariant key; // the sort column's value
        qint64 id = 0;
    };

    const QList<Order> *pageAt(int page) const;
    Result<QList<Order>> readPage(int page) const;
    void reload();
    void startBackgroundCount();
    void applyBackgroundCount(int generation, const Result<OrderTotals> &totals);

    Database m_db;
    OrderFilter m_filter;
    OrderSort m_sort;
    OrderTotals m_totals;
    int m_rowCount = 0;
    mutable QString m_lastError; // also set when a page cannot be read
    mutable QHash<int, QList<Order>> m_pages;
    mutable QList<int> m_pageUse; // least recently used first
    mutable QMap<int, PageEdge> m_lastRowOfPage; // kept after a page is dropped; cleared on reload/sort

    bool m_countInBackground = false;
    bool m_counting = false;
    std::shared_ptr<std::atomic_int> m_generation = std::make_shared<std::atomic_int>(0);
    QThreadPool m_countPool;
};
