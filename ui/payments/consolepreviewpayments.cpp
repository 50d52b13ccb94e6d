#include "consolepreviewpayments.h"

#include "testpaymentpage.h"

using namespace Qt::StringLiterals;

ConsolePreviewPayments::ConsolePreviewPayments(TestPaymentPage *console, QObject *parent)
    : QObject(parent), m_console(console)
{
}

QString ConsolePreviewPayments::description() const
{
    if (!m_console)
        return {};
    return tr("sandbox, %1, to the embedded listener").arg(sandboxSceneDisplayName(m_console->scene()));
}

void ConsolePreviewPayments::pay(const Request &request, QWidget *dialogParent, Progress progress, Done done)
{
    Q_UNUSED(dialogParent)
    if (!m_console) {
        done(Outcome::Unpaid, tr("The test payment console is gone."));
        return;
    }
    TestPaymentRun::Spec spec;
    spec.amount = request.amount;
    spec.scene = m_console->scene();
    TestPaymentRun *run = m_console->startRun(spec, true);
    if (!run) {
        done(Outcome::Unpaid, tr("The test payment did not start: %1").arg(m_console->statusText()));
        return;
    }
    connect(run, &TestPaymentRun::stepAdded, this, [progress](const TestPaymentStep &step) { progress(step.title); });
    connect(run, &TestPaymentRun::finished, this, [run, done](TestPaymentRun::State state) {
        switch (state) {
        case TestPaymentRun::State::Paid:
            done(Outcome::Paid, tr("Order %1 is paid: the listener applied the signed notification.").arg(run->orderSn()));
            return;
        case TestPaymentRun::State::NotPaid:
            switch (run->decision().value_or(CashierOutcome::LeaveUnpaid)) {
            case CashierOutcome::Cancel:
                done(Outcome::Cancelled, {});
                return;
            case CashierOutcome::Fail:
                done(Outcome::Failed, {});
                return;
            case CashierOutcome::LeaveUnpaid:
                done(Outcome::Unpaid, {});
                return;
            case CashierOutcome::Pay:
                // Paid at the cashier, but the notification was never applied.
                done(Outcome::Failed, tr("Order %1 was paid at the cashier but is not paid here: %2")
                                          .arg(run->orderSn(), run->errorMessage()));
                return;
            }
            return;
        default:
            done(Outcome::Unpaid, tr("The test payment stopped: %1").arg(run->errorMessage()));
            return;
        }
    });
}
