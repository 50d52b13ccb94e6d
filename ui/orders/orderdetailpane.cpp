#include "orderdetailpane.h"

#include "orders/orderquerymodel.h"

#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedLayout>
#include <QVBoxLayout>

OrderDetailPane::OrderDetailPane(QWidget *parent) : QWidget(parent)
{
    m_stack = new QStackedLayout(this);

    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_stack->addWidget(m_placeholder);

    // The fields stacked under their titles, scrolling when the pane is small.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *details = new QWidget(scroll);
    scroll->setWidget(details);
    auto *outer = new QVBoxLayout(details);
    m_heading = new QLabel(details);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    outer->addWidget(m_heading);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    for (int c = 0; c < int(OrderColumn::Count); ++c) {
        m_titles[c] = new QLabel(details);
        m_values[c] = new QLabel(details);
        m_values[c]->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_values[c]->setWordWrap(c == int(OrderColumn::Remark));
        m_values[c]->setObjectName(QStringLiteral("detail_") + orderColumnKey(OrderColumn(c)));
        m_titles[c]->setBuddy(m_values[c]);
        m_titles[c]->setForegroundRole(QPalette::PlaceholderText);
        form->addRow(m_titles[c], m_values[c]);
    }
    m_deletedTitle = new QLabel(details);
    m_deletedTitle->setForegroundRole(QPalette::PlaceholderText);
    m_deletedValue = new QLabel(details);
    m_deletedValue->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_deletedValue->setObjectName(QStringLiteral("detail_delete_time"));
    form->addRow(m_deletedTitle, m_deletedValue);
    outer->addLayout(form);

    m_copySn = new QPushButton(details);
    m_copySn->setObjectName(QStringLiteral("copySnButton"));
    connect(m_copySn, &QPushButton::clicked, this, &OrderDetailPane::copyOrderSn);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copySn);
    buttons->addStretch();
    outer->addLayout(buttons);
    outer->addStretch();
    m_stack->addWidget(scroll);

    retranslateUi();
    fill();
}

void OrderDetailPane::setOrder(const std::optional<Order> &order)
{
    m_order = order;
    fill();
}

QString OrderDetailPane::fieldText(OrderColumn column) const
{
    const int c = int(column);
    return c >= 0 && c < int(OrderColumn::Count) ? m_values[c]->text() : QString();
}

void OrderDetailPane::copyOrderSn()
{
    if (!m_order)
        return;
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(m_order->orderSn);
    Q_EMIT orderSnCopied(m_order->orderSn);
}

void OrderDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fill();
    }
    QWidget::changeEvent(event);
}

void OrderDetailPane::retranslateUi()
{
    m_placeholder->setText(tr("Select an order to see all of its fields."));
    for (int c = 0; c < int(OrderColumn::Count); ++c)
        m_titles[c]->setText(tr("%1:").arg(orderColumnTitle(OrderColumn(c))));
    m_deletedTitle->setText(tr("Deleted At:"));
    m_copySn->setText(tr("Copy Order No."));
    m_copySn->setToolTip(tr("Copy the order number to the clipboard"));
}

void OrderDetailPane::fill()
{
    if (!m_order) {
        m_stack->setCurrentIndex(0);
        for (QLabel *value : m_values)
            value->clear();
        m_deletedValue->clear();
        return;
    }
    const Order &o = *m_order;
    m_heading->setText(tr("Order %1").arg(o.orderSn));
    for (int c = 0; c < int(OrderColumn::Count); ++c)
        m_values[c]->setText(OrderQueryModel::displayText(o, OrderColumn(c)));
    // The raw numbers too, where the display name hides them.
    m_values[int(OrderColumn::Amount)]->setText(o.amount.toDisplayString());
    m_values[int(OrderColumn::PayWay)]->setText(tr("%1 (%2)").arg(payWayDisplayName(o.payWay)).arg(int(o.payWay)));
    m_values[int(OrderColumn::PayStatus)]->setText(
        tr("%1 (%2)").arg(payStatusDisplayName(o.payStatus)).arg(int(o.payStatus)));
    if (o.transactionId.isEmpty())
        m_values[int(OrderColumn::TransactionId)]->setText(tr("(none)"));
    m_deletedValue->setText(o.deleteTime ? QDateTime::fromSecsSinceEpoch(*o.deleteTime).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                         : tr("Not deleted"));
    m_stack->setCurrentIndex(1);
}
