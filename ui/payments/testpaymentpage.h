#pragma once

#include "channels/httpheaders.h"
#include "sandbox/testpaymentrun.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class AppContext;
class CashierDialog;
class DeliveryEngine;
class FlowDocument;
class NotificationLogPage;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;
class SandboxActions;
class SandboxService;
class TestPaymentStepModel;
struct DeliveryAttempt;

// A payment button of the flow in the editor, offered as an amount to test.
struct FlowPaymentButton
{
    qsizetype message = -1; // index of the message in the flow
    QString label;          // "[3] 确认支付"
    QString amountText;     // as written in the flow ("0.4"); empty when not a number
};

// The test payment console: a payment without real money from start to finish, and every
// step of it to inspect. Pick an amount (or a payment button of the open flow), a channel
// and scene, a target (the embedded listener on the sandbox channels, or another server's
// notify URL), a fault to inject and how retries are paced; Run (Ctrl+Return). The
// timeline shows order created → prepay → cashier → notification attempts →
// acknowledgement → order paid; the simulated cashier opens when the run reaches it (or
// the H5 cashier in the browser); the deliveries of the run can be replayed or their next
// retry sent at once. Earlier runs stay in the history. Details never show a secret.
//
// The page drives TestPaymentRun and the application's SandboxService; it does no SQL and
// no HTTP itself.
class TestPaymentPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestPaymentPage)

public:
    // The notification page runs the embedded listener that runs target by default.
    TestPaymentPage(AppContext *context, NotificationLogPage *listenerPage, QWidget *parent = nullptr);
    ~TestPaymentPage() override;

    // Where the payment buttons of the open flow come from (the main window's flow editor).
    using PaymentButtonProvider = std::function<QList<FlowPaymentButton>()>;
    void setPaymentButtonProvider(PaymentButtonProvider provider);
    static QList<FlowPaymentButton> paymentButtons(const FlowDocument &document);

    // Create / export the sandbox identity, use the sandbox channels: for the Tools menu.
    SandboxActions *sandboxActions() const { return m_actions; }
    QAction *runAction() const { return m_runAction; }

    // The run shown in the timeline (the newest unless another is picked in the history).
    TestPaymentRun *shownRun() const;
    int runCount() const { return int(m_runs.size()); }
    TestPaymentStepModel *timeline() const { return m_steps; }
    // The cashier dialog open now, if any.
    CashierDialog *cashierDialog() const;
    QString statusText() const;

    // Text of an HTTP exchange for the inspector, signatures shortened and the sandbox's
    // secret keys masked should they ever appear.
    static QString describeAttempt(const DeliveryAttempt &attempt, const QByteArray &secretToMask = {});
    static QString maskSecrets(QString text, const QByteArray &secretToMask = {});

public Q_SLOTS:
    // Starts a test payment with the form's values; false (with a message on the page) when
    // they are not valid or the sandbox cannot start.
    bool run();
    // Starts a test payment as given (the flow preview's payment buttons use this): the
    // sandbox is prepared as for run(); embeddedTarget sends the notification to the
    // embedded listener (started on the sandbox channels when needed) instead of
    // spec.target. The run appears in the history; null (with a message) when it could not
    // start.
    TestPaymentRun *startRun(TestPaymentRun::Spec spec, bool embeddedTarget);
    // The scene chosen on the form.
    SandboxScene scene() const;
    void refreshPaymentButtons();
    // Delivery actions on the delivery selected in the deliveries list.
    void replaySelectedDelivery();
    void stepSelectedDelivery();

Q_SIGNALS:
    // The simulated cashier is open for a run (window-modal; answer it or let it be).
    void cashierOpened(CashierDialog *dialog);
    void runStarted(TestPaymentRun *run);
    void runFinished(TestPaymentRun *run, TestPaymentRun::State state);
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct RunEntry
    {
        QPointer<TestPaymentRun> run;
        TestPaymentRun::Spec spec;
        QElapsedTimer clock;
        qint64 elapsedMs = -1;            // set when finished
        QList<qint64> deliveries;
        QTreeWidgetItem *historyItem = nullptr;
    };

    void buildForm();
    void updateAmountState();
    void updateTargetState();
    void updateIdentityState();
    void updateDeliveryButtons();
    void connectSandbox(SandboxService *sandbox);
    QUrl embeddedListenerTarget();
    void showRun(int index);
    void refreshDeliveries();
    void refreshHistoryItem(RunEntry &entry);
    void openCashier(RunEntry &entry, const SandboxTrade &trade);
    void onRunStateChanged(RunEntry &entry, TestPaymentRun::State state);
    void onRunFinished(RunEntry &entry, TestPaymentRun::State state);
    void setStatus(const QString &text, bool error);
    RunEntry *entryFor(const QString &orderSn);
    RunEntry *shownEntry() const;
    qint64 selectedDelivery() const;
    void restoreViewState();
    void saveViewState();

    AppContext *m_context;
    NotificationLogPage *m_listenerPage;
    SandboxActions *m_actions;
    PaymentButtonProvider m_buttonProvider;
    QPointer<SandboxService> m_sandbox;      // connected to this page
    QPointer<DeliveryEngine> m_engine;       // connected to this page

    // Form
    QLabel *m_identityState = nullptr;
    QPushButton *m_createIdentity = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_amountError = nullptr;
    QComboBox *m_flowButtons = nullptr;
    QComboBox *m_scene = nullptr;
    QComboBox *m_target = nullptr;
    QLineEdit *m_targetUrl = nullptr;
    QComboBox *m_fault = nullptr;
    QCheckBox *m_retryFaulted = nullptr;
    QComboBox *m_retries = nullptr;
    QPushButton *m_runButton = nullptr;
    QAction *m_runAction = nullptr;

    // Results
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    QTreeWidget *m_history = nullptr;
    QTreeView *m_timeline = nullptr;
    TestPaymentStepModel *m_steps = nullptr;
    QTreeWidget *m_deliveries = nullptr;
    QPushButton *m_replay = nullptr;
    QPushButton *m_step = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_cashierLink = nullptr;

    std::vector<std::unique_ptr<RunEntry>> m_runs;
    int m_shown = -1;
    QPointer<CashierDialog> m_cashier;
    bool m_shownOnce = false;
};
