#include "cashierdialog.h"

#include <QFont>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel *valueLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

CashierDialog::CashierDialog(const SandboxTrade &trade, QWidget *parent)
    : QDialog(parent), m_trade(trade)
{
    setObjectName(u"cashierDialog"_s);
    const bool alipay = trade.channel() == PayWay::Alipay;
    setWindowTitle(alipay ? tr("Sandbox cashier — Alipay") : tr("Sandbox cashier — WeChat Pay"));

    auto *banner = new QLabel(tr("SANDBOX — no real money moves. The notification is signed with the sandbox keys."), this);
    banner->setObjectName(u"sandboxBanner"_s);
    banner->setWordWrap(true);
    banner->setStyleSheet(u"background: #fff4d6; color: #6b4a00; padding: 6px; border-radius: 3px;"_s);

    auto *amount = valueLabel(u"¥"_s + trade.amount.toString(), u"amount"_s, this);
    QFont big = amount->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    amount->setFont(big);
    amount->setAlignment(Qt::AlignCenter);
    amount->setAccessibleName(tr("Amount"));

    auto *description = valueLabel(trade.description, u"description"_s, this);
    description->setAlignment(Qt::AlignCenter);
    description->setVisible(!trade.description.isEmpty());

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *form = new QFormLayout;
    if (alipay) {
        form->addRow(tr("Merchant (Alipay app id):"), valueLabel(trade.appid, u"merchant"_s, this));
    } else {
        form->addRow(tr("Merchant (mchid):"), valueLabel(trade.mchid, u"merchant"_s, this));
        form->addRow(tr("App id:"), valueLabel(trade.appid, u"appid"_s, this));
    }
    form->addRow(tr("Order number:"), valueLabel(trade.outTradeNo, u"orderSn"_s, this));
    form->addRow(tr("Channel:"), valueLabel(payWayDisplayName(trade.channel()) + u" · "_s + sandboxSceneDisplayName(trade.scene),
                                            u"channel"_s, this));

    auto *buttons = new QHBoxLayout;
    QPushButton *pay = addOutcomeButton(tr("&Pay"), u"pay"_s, CashierOutcome::Pay,
                                        tr("Pay the order: the channel sends the signed payment notification (Enter)"));
    QPushButton *fail = addOutcomeButton(tr("&Fail (insufficient balance)"), u"fail"_s, CashierOutcome::Fail,
                                         tr("The payment fails as with an insufficient balance: no notification"));
    QPushButton *leave = addOutcomeButton(tr("&Leave unpaid"), u"leaveUnpaid"_s, CashierOutcome::LeaveUnpaid,
                                          tr("Walk away from the cashier: the trade stays waiting for payment"));
    QPushButton *cancel = addOutcomeButton(tr("Cancel"), u"cancel"_s, CashierOutcome::Cancel,
                                           tr("Close the cashier without paying (Esc)"));
    pay->setDefault(true);
    pay->setAutoDefault(true);
    for (QPushButton *b : {fail, leave, cancel})
        b->setAutoDefault(false);
    buttons->addWidget(fail);
    buttons->addWidget(leave);
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(pay);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(banner);
    layout->addSpacing(8);
    layout->addWidget(amount);
    layout->addWidget(description);
    layout->addSpacing(8);
    layout->addWidget(line);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    pay->setFocus();
}

QPushButton *CashierDialog::addOutcomeButton(const QString &text, const QString &objectName, CashierOutcome outcome,
                                             const QString &toolTip)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    connect(button, &QPushButton::clicked, this, [this, outcome] { decide(outcome); });
    return button;
}

void CashierDialog::decide(CashierOutcome outcome)
{
    if (m_decided)
        return;
    m_decided = true;
    m_outcome = outcome;
    Q_EMIT decided(outcome);
    done(outcome == CashierOutcome::Pay ? QDialog::Accepted : QDialog::Rejected);
}

void CashierDialog::reject()
{
    if (!m_decided) {
        decide(CashierOutcome::Cancel);
        return;
    }
    QDialog::reject();
}

CashierOutcome CashierDialog::ask(const SandboxTrade &trade, QWidget *parent)
{
    CashierDialog dialog(trade, parent);
    dialog.exec();
    return dialog.outcome();
}

QString CashierDialog::outcomeDisplayName(CashierOutcome outcome)
{
    switch (outcome) {
    case CashierOutcome::Pay:
        return tr("Pay");
    case CashierOutcome::Cancel:
        return tr("Cancel");
    case CashierOutcome::Fail:
        return tr("Fail (insufficient balance)");
    case CashierOutcome::LeaveUnpaid:
        return tr("Leave unpaid");
    }
    return {};
}
