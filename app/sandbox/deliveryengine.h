#pragma once

#include "notificationfactory.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTimer;

// One attempt to deliver a notification, as it went over the wire.
struct DeliveryAttempt
{
    int number = 0;                 // 1 for the first
    qint64 startedAtMs = 0;         // Unix milliseconds
    QUrl url;
    HttpHeaderList requestHeaders;
    QByteArray requestBody;
    int status = 0;                 // 0: no HTTP answer (see error)
    HttpHeaderList responseHeaders;
    QByteArray responseBody;
    qint64 latencyUs = 0;
    QString error;                  // network error or timeout, translated
    bool acknowledged = false;      // the channel would stop retrying
    int scheduleIndex = -1;         // the retry schedule's wait before this attempt (-1: first attempt)
    qint64 scheduledDelayMs = 0;    // that wait as planned, compressed (0 for the first attempt)
};
Q_DECLARE_METATYPE(DeliveryAttempt)

struct Delivery
{
    enum class State {
        Sending,       // an attempt is in flight
        Waiting,       // the next attempt is scheduled (or waits for step() when stepping by hand)
        Acknowledged,  // the receiver gave the channel's success answer
        GaveUp,        // the schedule is exhausted (or retries were off)
        Cancelled,
    };
    qint64 id = 0;
    QUrl target;
    SandboxNotify::Notification notification; // as first sent
    QList<DeliveryAttempt> attempts;
    State state = State::Sending;
    qint64 nextAttemptAtMs = 0;     // Waiting: when (in compressed time, real clock)
    int nextScheduleIndex = 0;      // index into the retry schedule of the next wait
    qint64 replayOf = 0;            // a replay: the delivery it repeats
    QList<qint64> plannedWaitsMs;   // every wait planned so far, compressed, in schedule order
};
Q_DECLARE_METATYPE(Delivery)

// How one delivery goes (DeliveryEngine::Options).
struct DeliveryOptions
{
    bool retry = true;
    int timeoutMs = 10'000;     // per attempt (WeChat waits 5 s, Alipay about 15 s)
};

// Delivers notifications to a notify URL the way the channel does: POST, then retries on
// anything but the channel's success answer (WeChat: HTTP 200/204 — the status decides;
// Alipay: the body is exactly "success") on the channel's own schedule
//   WeChat 15s 15s 30s 3m 10m 20m 30m 30m 30m 60m 3h 3h 3h 6h 6h
//   Alipay 4m 10m 10m 1h 2h 6h 15h
// compressed by a factor (60 = a minute per second) or stepped by hand. Each retry is
// signed afresh (NotificationFactory::resigned). Every attempt is kept with its request,
// answer and latency. Runs in the thread that owns it; all asynchronous.
// The schedule is observable without a clock: each attempt records the index of the wait
// before it and that wait as planned (compressed), and Delivery::plannedWaitsMs lists them.
class DeliveryEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryEngine)

public:
    using Options = DeliveryOptions;

    DeliveryEngine(SandboxNotify::NotificationFactory factory, QNetworkAccessManager *network,
                   QObject *parent = nullptr);
    ~DeliveryEngine() override;

    static QList<int> retryScheduleSeconds(PayWay channel);
    static bool isAcknowledgement(PayWay channel, int httpStatus, const QByteArray &body);
    // base "http://127.0.0.1:8787" + route "/api/pay/notifyMnp"; a URL that already has a
    // path is used as it is.
    static QUrl targetUrl(const QUrl &base, const QString &route);
    // A scheduled wait compressed by `compression`, in milliseconds (never negative).
    static qint64 compressedDelayMs(int scheduledSeconds, int compression);

    // 1 = real time; 60 = each scheduled minute takes a second. At least 1.
    void setCompression(int factor);
    int compression() const { return m_compression; }
    // When on, scheduled retries wait for step() instead of a timer.
    void setManualStepping(bool manual);
    bool manualStepping() const { return m_manual; }

    // Starts delivering; returns the delivery id.
    qint64 deliver(const SandboxNotify::Notification &notification, const QUrl &target, Options options = {});
    // N copies of the same notification sent at once, each its own delivery without retries.
    // (Qt 6.4's network access manager opens at most six connections per host, so at most
    // six copies are on the wire at the same moment; the rest follow as those finish.)
    QList<qint64> deliverBurst(const SandboxNotify::Notification &notification, const QUrl &target, int copies);
    // A waiting delivery's next attempt, now. False when it is not waiting.
    bool step(qint64 deliveryId);
    // Sends a past notification again (signed afresh) as a new delivery.
    qint64 replay(qint64 deliveryId, const QUrl &target = {});
    void cancel(qint64 deliveryId);

    std::optional<Delivery> delivery(qint64 id) const;
    QList<Delivery> deliveries() const; // oldest first

Q_SIGNALS:
    void attemptFinished(qint64 deliveryId, const DeliveryAttempt &attempt);
    void deliveryChanged(qint64 deliveryId);

private:
    struct Private;
    void startAttempt(qint64 id);
    void finishAttempt(qint64 id);
    void scheduleNext(qint64 id);
    void armTimer(qint64 id);
    void changed(qint64 id);

    SandboxNotify::NotificationFactory m_factory;
    QNetworkAccessManager *m_network;
    int m_compression = 1;
    bool m_manual = false;
    std::shared_ptr<Private> d;
};
