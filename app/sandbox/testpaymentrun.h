#pragma once

#include "db/database.h"
#include "orders/money.h"
#include "sandboxledger.h"
#include "notificationfactory.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QNetworkReply;
class QTimer;
class SandboxService;
struct DeliveryAttempt;

// One step of a test payment, for the console's timeline. Details never hold a secret
// (keys, Authorization signatures and the APIv3 ciphertext key are masked).
struct TestPaymentStep
{
    enum class Kind { OrderCreated, Prepay, Cashier, NotificationAttempt, Acknowledged, OrderPaid, Failed, Info };
    Kind kind = Kind::Info;
    qint64 atMs = 0;
    QString title;    // translated, one line
    QString detail;   // request/response text, inspectable
    bool ok = true;
};
Q_DECLARE_METATYPE(TestPaymentStep)

// A test payment from start to finish, without real money:
//   order created in the database (OrderRepository) → prepay through the sandbox merchant's
//   ChannelClient against the sandbox gateway (JSAPI, H5 or Alipay wap) → the cashier waits
//   for decide() → on Pay the gateway settles, the service delivers the signed notification
//   to the target → each attempt and the acknowledgement → the order read back until paid.
class TestPaymentRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestPaymentRun)

public:
    struct Spec
    {
        Money amount;
        QString remark = QStringLiteral("营销聊天诚意金");
        quint32 userId = 1;
        SandboxScene scene = SandboxScene::MiniProgram;
        QUrl target;                 // notify base or URL; empty = the embedded listener's
        SandboxNotify::Fault fault = SandboxNotify::Fault::None;
    };
    enum class State { Idle, Creating, AtCashier, Delivering, Paid, NotPaid, Failed };
    Q_ENUM(State)

    TestPaymentRun(Database database, SandboxService *sandbox, Spec spec, QObject *parent = nullptr);
    ~TestPaymentRun() override;

    void start();
    // The payer's decision at the cashier (valid in AtCashier).
    void decide(CashierOutcome outcome);
    // Re-reads the order (the embedded listener's orderPaid calls this).
    void refreshOrder();

    State state() const { return m_state; }
    QString orderSn() const { return m_orderSn; }
    qint64 orderId() const { return m_orderId; }
    const QList<TestPaymentStep> &steps() const { return m_steps; }
    QUrl cashierUrl() const;
    // The notify URL given to the channel at prepay.
    QUrl notifyUrl() const { return m_notifyUrl; }
    // The delivery of the payment notification (0 before the payer paid).
    qint64 deliveryId() const { return m_deliveryId; }
    // Why the run failed (State::Failed), or why the order was not paid (State::NotPaid).
    QString errorMessage() const { return m_error; }
    // What the payer chose at the cashier (none yet before).
    std::optional<CashierOutcome> decision() const { return m_decision; }
    bool isFinished() const { return m_state == State::Paid || m_state == State::NotPaid || m_state == State::Failed; }

    // Whether a careful receiver must leave the order unpaid for a notification with this
    // fault. Alipay has no SIGNTEST probe, no key serial and no timestamp window, so those
    // faults leave an Alipay notification genuine.
    static bool faultPreventsPayment(PayWay channel, SandboxNotify::Fault fault);
    // The fixed openid of the sandbox payer (JSAPI prepay).
    static QString sandboxPayerOpenid();
    // How long an acknowledged notification may take to show as a paid order before the run
    // ends as NotPaid (default 10 s); refreshOrder() re-checks at once.
    void setSettleTimeoutMs(int ms) { m_settleTimeoutMs = ms; }

Q_SIGNALS:
    void stepAdded(const TestPaymentStep &step);
    void cashierReady(const SandboxTrade &trade);
    void stateChanged(TestPaymentRun::State state);
    // Paid (the order turned paid), NotPaid (cancelled, failed, left, or never applied),
    // Failed (an error stopped the run).
    void finished(TestPaymentRun::State state);

private:
    void addStep(TestPaymentStep::Kind kind, const QString &title, const QString &detail = {}, bool ok = true);
    void setState(State state);
    void fail(const QString &message, const QString &detail = {});
    void finishNotPaid(const QString &why);
    void prepayWeChat();
    void prepayAlipay();
    void prepared(const QString &requestText, const QString &answerText);
    void onCashierDecided(const SandboxTrade &trade, CashierOutcome outcome);
    void onAttempt(const DeliveryAttempt &attempt);
    void onDeliveryChanged();
    // Reads the order; true when the run finished because it is paid.
    bool checkPaid(bool quietIfUnpaid);

    Database m_db;
    QPointer<SandboxService> m_sandbox;
    Spec m_spec;
    State m_state = State::Idle;
    QString m_orderSn;
    qint64 m_orderId = 0;
    QList<TestPaymentStep> m_steps;
    QUrl m_notifyUrl;
    QString m_error;
    qint64 m_deliveryId = 0;
    std::optional<CashierOutcome> m_decision;
    int m_lastAttempt = 0;
    bool m_acknowledged = false;
    bool m_paidSeen = false;
    int m_settleTimeoutMs = 10'000;
    qint64 m_acknowledgedAtMs = 0;
    QTimer *m_settleTimer = nullptr;
    QPointer<QNetworkReply> m_payReply;
};
