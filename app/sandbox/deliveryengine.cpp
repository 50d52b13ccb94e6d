#include "deliveryengine.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <limits>
#include <map>

using namespace Qt::StringLiterals;

struct DeliveryEngine::Private
{
    struct Entry
    {
        Delivery delivery;
        Options options;
        SandboxNotify::Notification current; // as sent by the latest attempt
        DeliveryAttempt pending;             // the attempt in flight
        QPointer<QNetworkReply> reply;
        QTimer *retryTimer = nullptr;
        QTimer *timeoutTimer = nullptr;
        QElapsedTimer clock;
        bool timedOut = false;
    };
    std::map<qint64, std::unique_ptr<Entry>> entries; // by id: oldest first
    qint64 nextId = 1;

    Entry *find(qint64 id)
    {
        const auto it = entries.find(id);
        return it == entries.end() ? nullptr : it->second.get();
    }
};

namespace {

QString networkErrorText(QNetworkReply *reply, bool timedOut, int timeoutMs, const QUrl &url)
{
    if (timedOut)
        return DeliveryEngine::tr("No answer within %1 s: the receiver took too long (the channel counts this as a failure "
                                  "and retries).")
            .arg(double(timeoutMs) / 1000.0, 0, 'g', 3);
    const QString where = url.host() + (url.port() > 0 ? u":"_s + QString::number(url.port()) : QString());
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return DeliveryEngine::tr("Connection refused by %1: nothing listens there (is the server running, and on this "
                                  "port?).")
            .arg(where);
    case QNetworkReply::RemoteHostClosedError:
        return DeliveryEngine::tr("%1 closed the connection without an HTTP answer (did the server crash?).").arg(where);
    case QNetworkReply::HostNotFoundError:
        return DeliveryEngine::tr("The host %1 was not found (check the notify URL).").arg(url.host());
    case QNetworkReply::TimeoutError:
        return DeliveryEngine::tr("The connection to %1 timed out.").arg(where);
    case QNetworkReply::OperationCanceledError:
        return DeliveryEngine::tr("Cancelled.");
    case QNetworkReply::SslHandshakeFailedError:
        return DeliveryEngine::tr("The TLS handshake with %1 failed: %2").arg(where, reply->errorString());
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
        return DeliveryEngine::tr("%1 did not answer in valid HTTP: %2").arg(where, reply->errorString());
    default:
        return DeliveryEngine::tr("Network error talking to %1: %2").arg(where, reply->errorString());
    }
}
} // namespace

DeliveryEngine::DeliveryEngine(SandboxNotify::NotificationFactory factory, QNetworkAccessManager *network,
                               QObject *parent)
    : QObject(parent)
    , m_factory(std::move(factory))
    , m_network(network)
    , d(std::make_shared<Private>())
{
}

DeliveryEngine::~DeliveryEngine()
{
    for (auto &[id, entry] : d->entries) {
        if (QNetworkReply *reply = entry->reply.data()) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

QList<int> DeliveryEngine::retryScheduleSeconds(PayWay channel)
{
    constexpr int m = 60;
    constexpr int h = 3600;
    switch (channel) {
    case PayWay::WeChat:
        return {15, 15, 30, 3 * m, 10 * m, 20 * m, 30 * m, 30 * m, 30 * m, 60 * m, 3 * h, 3 * h, 3 * h, 6 * h, 6 * h};
    case PayWay::Alipay:
        return {4 * m, 10 * m, 10 * m, 1 * h, 2 * h, 6 * h, 15 * h};
    default:
        return {};
    }
}

bool DeliveryEngine::isAcknowledgement(PayWay channel, int httpStatus, const QByteArray &body)
{
    switch (channel) {
    case PayWay::WeChat:
        return httpStatus == 200 || httpStatus == 204; // the status decides, the body does not
    case PayWay::Alipay:
        return httpStatus == 200 && body == "success"; // exactly these 7 bytes
    default:
        return false;
    }
}

QUrl DeliveryEngine::targetUrl(const QUrl &base, const QString &route)
{
    if (!base.path().isEmpty() && base.path() != u"/")
        return base;
    QUrl url = base;
    url.setPath(route.startsWith(u'/') ? route : u"/"_s + route);
    return url;
}

qint64 DeliveryEngine::compressedDelayMs(int scheduledSeconds, int compression)
{
    return qMax<qint64>(0, qint64(scheduledSeconds) * 1000 / qMax(1, compression));
}

void DeliveryEngine::setCompression(int factor)
{
    m_compression = qMax(1, factor);
}

void DeliveryEngine::setManualStepping(bool manual)
{
    if (m_manual == manual)
        return;
    m_manual = manual;
    for (auto &[id, entry] : d->entries) {
        if (entry->delivery.state != Delivery::State::Waiting)
            continue;
        if (manual) {
            if (entry->retryTimer)
                entry->retryTimer->stop();
        } else {
            armTimer(id);
        }
    }
}

qint64 DeliveryEngine::deliver(const SandboxNotify::Notification &notification, const QUrl &target, Options options)
{
    const qint64 id = d->nextId++;
    auto entry = std::make_unique<Private::Entry>();
    entry->delivery.id = id;
    entry->delivery.target = target;
    entry->delivery.notification = notification;
    entry->current = notification;
    entry->options = options;
    d->entries.emplace(id, std::move(entry));
    startAttempt(id);
    return id;
}

QList<qint64> DeliveryEngine::deliverBurst(const SandboxNotify::Notification &notification, const QUrl &target,
                                           int copies)
{
    QList<qint64> ids;
    Options once;
    once.retry = false;
    for (int i = 0; i < copies; ++i)
        ids << deliver(notification, target, once);
    return ids;
}

bool DeliveryEngine::step(qint64 deliveryId)
{
    Private::Entry *e = d->find(deliveryId);
    if (!e || e->delivery.state != Delivery::State::Waiting)
        return false;
    if (e->retryTimer)
        e->retryTimer->stop();
    startAttempt(deliveryId);
    return true;
}

qint64 DeliveryEngine::replay(qint64 deliveryId, const QUrl &target)
{
    Private::Entry *e = d->find(deliveryId);
    if (!e)
        return 0;
    const QUrl to = target.isEmpty() ? e->delivery.target : target;
    const Options options = e->options;
    const SandboxNotify::Notification again = m_factory.resigned(e->delivery.notification);
    const qint64 id = d->nextId++;
    auto entry = std::make_unique<Private::Entry>();
    entry->delivery.id = id;
    entry->delivery.target = to;
    entry->delivery.notification = again;
    entry->delivery.replayOf = deliveryId;
    entry->current = again;
    entry->options = options;
    d->entries.emplace(id, std::move(entry));
    startAttempt(id);
    return id;
}

void DeliveryEngine::cancel(qint64 deliveryId)
{
    Private::Entry *e = d->find(deliveryId);
    if (!e)
        return;
    const Delivery::State state = e->delivery.state;
    if (state != Delivery::State::Sending && state != Delivery::State::Waiting)
        return;
    e->delivery.state = Delivery::State::Cancelled;
    if (e->retryTimer)
        e->retryTimer->stop();
    if (QNetworkReply *reply = e->reply.data())
        reply->abort(); // finishAttempt() records the attempt as cancelled
    changed(deliveryId);
}

std::optional<Delivery> DeliveryEngine::delivery(qint64 id) const
{
    const auto it = d->entries.find(id);
    if (it == d->entries.end())
        return std::nullopt;
    return it->second->delivery;
}

QList<Delivery> DeliveryEngine::deliveries() const
{
    QList<Delivery> all;
    all.reserve(qsizetype(d->entries.size()));
    for (const auto &[id, entry] : d->entries)
        all << entry->delivery;
    return all;
}

void DeliveryEngine::startAttempt(qint64 id)
{
    Private::Entry *e = d->find(id);
    if (!e)
        return;
    Delivery &dl = e->delivery;
    DeliveryAttempt a;
    a.number = int(dl.attempts.size()) + 1;
    if (a.number > 1) {
        // A retry: signed afresh, after the wait the schedule planned.
        e->current = m_factory.resigned(e->current);
        a.scheduleIndex = dl.nextScheduleIndex;
        a.scheduledDelayMs = dl.plannedWaitsMs.value(dl.nextScheduleIndex);
        ++dl.nextScheduleIndex;
    }
    a.url = dl.target;
    a.requestHeaders = e->current.headers;
    a.requestBody = e->current.body;
    a.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    e->pending = a;
    e->timedOut = false;
    dl.state = Delivery::State::Sending;
    dl.nextAttemptAtMs = 0;

    QNetworkRequest request(dl.target);
    for (const auto &[name, value] : std::as_const(e->current.headers))
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    e->clock.start();
    QNetworkReply *reply = m_network->post(request, e->current.body);
    e->reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, id] { finishAttempt(id); });

    if (!e->timeoutTimer) {
        e->timeoutTimer = new QTimer(this);
        e->timeoutTimer->setSingleShot(true);
        e->timeoutTimer->setTimerType(Qt::PreciseTimer);
        connect(e->timeoutTimer, &QTimer::timeout, this, [this, id] {
            Private::Entry *entry = d->find(id);
            if (entry && entry->reply) {
                entry->timedOut = true;
                entry->reply->abort();
            }
        });
    }
    e->timeoutTimer->start(qMax(1, e->options.timeoutMs));
    changed(id);
}

void DeliveryEngine::finishAttempt(qint64 id)
{
    Private::Entry *e = d->find(id);
    if (!e || !e->reply)
        return;
    QNetworkReply *reply = e->reply.data();
    e->reply.clear();
    if (e->timeoutTimer)
        e->timeoutTimer->stop();
    reply->deleteLater();

    DeliveryAttempt a = e->pending;
    a.latencyUs = e->clock.nsecsElapsed() / 1000;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.responseHeaders = reply->rawHeaderPairs();
    a.responseBody = reply->isOpen() ? reply->readAll() : QByteArray();
    const bool cancelled = e->delivery.state == Delivery::State::Cancelled;
    if (a.status == 0) {
        a.error = cancelled && !e->timedOut ? tr("Cancelled.")
                                            : networkErrorText(reply, e->timedOut, e->options.timeoutMs, a.url);
        if (reply->error() == QNetworkReply::NoError && a.error.isEmpty())
            a.error = tr("No HTTP answer.");
    }
    a.acknowledged = a.status != 0 && isAcknowledgement(e->delivery.notification.channel, a.status, a.responseBody);
    e->delivery.attempts << a;

    if (!cancelled) {
        if (a.acknowledged)
            e->delivery.state = Delivery::State::Acknowledged;
        else
            scheduleNext(id);
    }
    Q_EMIT attemptFinished(id, a);
    changed(id);
}

void DeliveryEngine::scheduleNext(qint64 id)
{
    Private::Entry *e = d->find(id);
    Delivery &dl = e->delivery;
    const QList<int> schedule = retryScheduleSeconds(dl.notification.channel);
    if (!e->options.retry || dl.nextScheduleIndex >= schedule.size()) {
        dl.state = Delivery::State::GaveUp;
        return;
    }
    const qint64 wait = compressedDelayMs(schedule.at(dl.nextScheduleIndex), m_compression);
    while (dl.plannedWaitsMs.size() <= dl.nextScheduleIndex)
        dl.plannedWaitsMs << 0;
    dl.plannedWaitsMs[dl.nextScheduleIndex] = wait;
    dl.state = Delivery::State::Waiting;
    dl.nextAttemptAtMs = QDateTime::currentMSecsSinceEpoch() + wait;
    if (!m_manual)
        armTimer(id);
}

void DeliveryEngine::armTimer(qint64 id)
{
    Private::Entry *e = d->find(id);
    if (!e || e->delivery.state != Delivery::State::Waiting)
        return;
    if (!e->retryTimer) {
        e->retryTimer = new QTimer(this);
        e->retryTimer->setSingleShot(true);
        e->retryTimer->setTimerType(Qt::PreciseTimer);
        connect(e->retryTimer, &QTimer::timeout, this, [this, id] {
            Private::Entry *entry = d->find(id);
            if (entry && entry->delivery.state == Delivery::State::Waiting && !m_manual)
                startAttempt(id);
        });
    }
    const qint64 remaining = qMax<qint64>(0, e->delivery.nextAttemptAtMs - QDateTime::currentMSecsSinceEpoch());
    e->retryTimer->start(int(qMin<qint64>(remaining, std::numeric_limits<int>::max())));
}

void DeliveryEngine::changed(qint64 id)
{
    Q_EMIT deliveryChanged(id);
}
