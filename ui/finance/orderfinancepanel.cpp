#include "orderfinancepanel.h"

#include "core/appcontext.h"
#include "finance/currentprofile.h"
#include "finance/refundcoordinator.h"
#include "orders/orderrepository.h"
#include "refunddialog.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

OrderFinancePanel::OrderFinancePanel(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"refundSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    m_refund = new QPushButton(this);
    m_refund->setObjectName(u"refundButton"_s);
    top->addWidget(m_refund);
    layout->addLayout(top);
    m_timeline = new QTreeWidget(this);
    m_timeline->setObjectName(u"orderTimeline"_s);
    m_timeline->setRootIsDecorated(false);
    m_timeline->setColumnCount(4);
    m_timeline->setWordWrap(true);
    m_timeline->header()->setStretchLastSection(false);
    m_timeline->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_timeline, 1);

    connect(m_refund, &QPushButton::clicked, this, &OrderFinancePanel::startRefund);
    connect(m_context, &AppContext::ordersChanged, this, &OrderFinancePanel::reload);
    connect(m_context, &AppContext::databaseChanged, this, [this] { setOrderSn({}); });
    retranslateUi();
    updateButtons();
}

void OrderFinancePanel::setRefundCoordinator(RefundCoordinator *coordinator)
{
    if (m_coordinator)
        disconnect(m_coordinator, nullptr, this, nullptr);
    m_coordinator = coordinator;
    if (m_coordinator)
        connect(m_coordinator, &RefundCoordinator::refundChanged, this, [this](const QString &sn) {
            if (sn == m_orderSn)
                reload();
        });
    updateButtons();
}

void OrderFinancePanel::setProfile(CurrentProfile *profile)
{
    if (m_profile)
        disconnect(m_profile, nullptr, this, nullptr);
    m_profile = profile;
    if (m_profile)
        connect(m_profile, &CurrentProfile::profileChanged, this, &OrderFinancePanel::updateButtons);
    updateButtons();
}

void OrderFinancePanel::setOrderSn(const QString &orderSn)
{
    m_orderSn = orderSn;
    reload();
}

void OrderFinancePanel::reload()
{
    m_timeline->clear();
    m_events.clear();
    m_refundable = false;
    m_summary->clear();
    if (m_orderSn.isEmpty() || !m_context->database().isValid()) {
        updateButtons();
        return;
    }
    const Database db = m_context->database();
    auto events = OrderTimeline(db).forOrder(m_orderSn);
    if (!events) {
        m_summary->setText(events.errorMessage());
        updateButtons();
        return;
    }
    m_events = *events;
    for (const TimelineEvent &e : std::as_const(m_events)) {
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setText(0, e.atMs > 0 ? QDateTime::fromMSecsSinceEpoch(e.atMs).toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString());
        item->setText(1, e.title);
        item->setText(2, e.detail);
        item->setText(3, e.who);
        item->setToolTip(2, e.detail);
        if (e.problem)
            for (int c = 0; c < 4; ++c)
                item->setForeground(c, QColor(0xb0, 0x00, 0x20));
    }
    for (int c : {0, 1, 3})
        m_timeline->resizeColumnToContents(c);
    auto summary = RefundService(db).summary(m_orderSn);
    if (summary) {
        auto order = OrderRepository(db).findBySn(m_orderSn);
        const bool paid = order && order->has_value() && (*order)->isPaid();
        m_refundable = paid && summary->refundable.fen() > 0;
        m_summary->setText(paid ? tr("%1 — refunded %2, in progress %3, refundable %4")
                                      .arg(Refunds::orderStateDisplayName(summary->state), summary->refunded.toDisplayString(),
                                           summary->inFlight.toDisplayString(), summary->refundable.toDisplayString())
                                : tr("Not paid"));
    }
    updateButtons();
}

QString OrderFinancePanel::summaryText() const
{
    return m_summary->text();
}

void OrderFinancePanel::updateButtons()
{
    const Profile profile = m_profile ? m_profile->profile() : CurrentProfile::load(m_context->settings());
    const bool allowed = Profiles::canRefund(profile);
    m_refund->setVisible(allowed);
    m_refund->setEnabled(allowed && m_refundable && m_coordinator && !m_busy);
    if (!m_coordinator)
        m_refund->setToolTip(tr("Configure a payment channel to refund from here."));
    else
        m_refund->setToolTip(tr("Give back all or part of the payment"));
}

void OrderFinancePanel::startRefund()
{
    if (!m_coordinator || m_orderSn.isEmpty())
        return;
    const Database db = m_context->database();
    auto order = OrderRepository(db).findBySn(m_orderSn);
    RefundService service(db);
    auto summary = service.summary(m_orderSn);
    auto number = service.nextOutRefundNo(m_orderSn);
    if (!order || !order->has_value() || !summary || !number) {
        QMessageBox::warning(this, tr("Refund"), !summary ? summary.errorMessage() : tr("The order could not be read."));
        return;
    }
    RefundDialog dialog(**order, *summary, *number, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Profile profile = m_profile ? m_profile->profile() : CurrentProfile::load(m_context->settings());
    m_busy = true;
    updateButtons();
    const QString sn = m_orderSn;
    m_coordinator->refund(dialog.request(AuditActor::person(profile)), [self = QPointer(this), sn](Result<Refund> r) {
        if (self)
            self->refundDone(sn, r);
    });
}

void OrderFinancePanel::refundDone(const QString &sn, const Result<Refund> &r)
{
    {
        m_busy = false;
        reload();
        m_context->notifyOrdersChanged();
        const QString message = r ? tr("Refund %1 of %2: %3")
                                        .arg(r->outRefundNo, r->amount.toDisplayString(), Refunds::statusDisplayName(r->status))
                                  : r.errorMessage();
        Q_EMIT refundFinished(sn, r.ok(), message);
        if (!r)
            QMessageBox::warning(this, tr("Refund"), message);
    }
}

void OrderFinancePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OrderFinancePanel::retranslateUi()
{
    m_refund->setText(tr("&Refund…"));
    m_timeline->setHeaderLabels({tr("Time"), tr("Event"), tr("Details"), tr("By")});
}
