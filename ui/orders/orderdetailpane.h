#pragma once

#include "orders/order.h"
#include "orders/orderfilter.h"

#include <QWidget>

#include <array>
#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;
class QStackedLayout;

// Every field of one order, selectable for copying, with a button that copies the order sn.
class OrderDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderDetailPane)

public:
    explicit OrderDetailPane(QWidget *parent = nullptr);

    void setOrder(const std::optional<Order> &order);
    const std::optional<Order> &order() const { return m_order; }
    // The text shown for a field (for the view's tests and accessibility).
    QString fieldText(OrderColumn column) const;

    void copyOrderSn();

Q_SIGNALS:
    void orderSnCopied(const QString &orderSn);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();

    std::optional<Order> m_order;
    QStackedLayout *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_heading = nullptr;
    std::array<QLabel *, int(OrderColumn::Count)> m_titles{};
    std::array<QLabel *, int(OrderColumn::Count)> m_values{};
    QLabel *m_deletedTitle = nullptr;
    QLabel *m_deletedValue = nullptr;
    QPushButton *m_copySn = nullptr;
};
