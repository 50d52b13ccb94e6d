#pragma once

#include "finance/ordertimeline.h"
#include "finance/refund.h"
#include "result.h"

#include <QPointer>
#include <QWidget>

class AppContext;
class CurrentProfile;
class QLabel;
class QPushButton;
class QTreeWidget;
class RefundCoordinator;

// The finance part of an order's detail: its refund state, its whole history (created,
// notifications with their verdicts, paid, refunds, people's actions) and a Refund button
// for the Finance profile.
class OrderFinancePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderFinancePanel)

public:
    explicit OrderFinancePanel(AppContext *context, QWidget *parent = nullptr);

    // Without a coordinator (no channel configured) the Refund button stays disabled.
    void setRefundCoordinator(RefundCoordinator *coordinator);
    // Without a profile object the profile saved in settings is used.
    void setProfile(CurrentProfile *profile);

    void setOrderSn(const QString &orderSn); // empty: nothing selected
    QString orderSn() const { return m_orderSn; }
    void reload();

    const QList<TimelineEvent> &events() const { return m_events; }
    QTreeWidget *timelineView() const { return m_timeline; }
    QPushButton *refundButton() const { return m_refund; }
    QString summaryText() const;

    // Opens the refund dialog and sends the refund (the button does this).
    void startRefund();

Q_SIGNALS:
    void refundFinished(const QString &orderSn, bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void refundDone(const QString &orderSn, const Result<Refund> &result);

    AppContext *m_context;
    QPointer<RefundCoordinator> m_coordinator;
    QPointer<CurrentProfile> m_profile;
    QString m_orderSn;
    QList<TimelineEvent> m_events;
    bool m_refundable = false;
    bool m_busy = false;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QPushButton *m_refund = nullptr;
};
