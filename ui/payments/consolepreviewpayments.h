#pragma once

#include "flow/previewpayments.h"

#include <QObject>
#include <QPointer>

class TestPaymentPage;

// The flow preview's real test payments, run by the test payment console: a payment button
// pressed in the preview becomes a console run (listed in its history) of the button's
// amount, in the scene chosen on the console, to the embedded listener on the sandbox
// channels. The console opens the simulated cashier; the preview hears the outcome only
// when the run has finished — "paid" once the listener has applied the signed notification
// and the order reads paid.
class ConsolePreviewPayments final : public QObject, public PreviewPayments
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsolePreviewPayments)

public:
    explicit ConsolePreviewPayments(TestPaymentPage *console, QObject *parent = nullptr);

    QString description() const override;
    void pay(const Request &request, QWidget *dialogParent, Progress progress, Done done) override;

private:
    QPointer<TestPaymentPage> m_console;
};
