#pragma once

#include "sandbox/sandboxledger.h"

#include <QDialog>

class QLabel;
class QPushButton;

// The sandbox cashier on the desktop: what a payer sees when a mini program or an H5 page
// asks to pay — the merchant, the order number, the amount and the channel — and the
// payer's four choices: Pay, Cancel, Fail (insufficient balance) and Leave unpaid. Enter
// pays; Esc (or closing the window) cancels.
//
// The dialog only asks: it settles nothing. Whoever opens it hands outcome() to
// TestPaymentRun::decide() (or SandboxGateway::decide()), which settles the trade and sends
// the signed notification.
class CashierDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CashierDialog)

public:
    explicit CashierDialog(const SandboxTrade &trade, QWidget *parent = nullptr);

    // The payer's decision (Cancel until a button is pressed).
    CashierOutcome outcome() const { return m_outcome; }
    const SandboxTrade &trade() const { return m_trade; }

    // Shows the cashier modally and returns the decision.
    static CashierOutcome ask(const SandboxTrade &trade, QWidget *parent = nullptr);

    // Translated button text of an outcome ("Pay", "Cancel"…), for logs and timelines.
    static QString outcomeDisplayName(CashierOutcome outcome);

public Q_SLOTS:
    // Takes a decision as if its button had been pressed.
    void decide(CashierOutcome outcome);
    void reject() override;

Q_SIGNALS:
    void decided(CashierOutcome outcome);

private:
    QPushButton *addOutcomeButton(const QString &text, const QString &objectName, CashierOutcome outcome,
                                  const QString &toolTip);

    SandboxTrade m_trade;
    CashierOutcome m_outcome = CashierOutcome::Cancel;
    bool m_decided = false;
};
