#pragma once

#include "orders/money.h"

#include <QString>

#include <functional>

class QWidget;

// How the flow preview takes a real test payment. Without one, a payment button only
// offers the three outcomes in a menu. With one (the sandbox), the button can also start a
// test payment — an order, the simulated cashier, a signed notification delivered to the
// embedded listener — and the flow goes on only once the payment has an outcome: "paid"
// after the listener has applied the notification, or the failure branch.
class PreviewPayments
{
public:
    enum class Outcome {
        Paid,       // the order turned paid (the listener applied the notification)
        Failed,     // the payer's payment failed at the cashier, or the notification was refused
        Cancelled,  // the payer cancelled at the cashier
        Unpaid,     // left unpaid at the cashier: the flow keeps waiting
    };
    struct Request
    {
        Money amount;
        QString remark;
    };
    using Progress = std::function<void(const QString &line)>;
    using Done = std::function<void(Outcome outcome, const QString &detail)>;

    virtual ~PreviewPayments() = default;
    // One line for the preview: where payments go ("sandbox, mini program → 127.0.0.1:8787").
    virtual QString description() const = 0;
    // Starts a payment. progress() may run several times, done() runs once; both later, on
    // the GUI thread. The caller keeps them safe against its own deletion.
    virtual void pay(const Request &request, QWidget *dialogParent, Progress progress, Done done) = 0;
};
