#include "listener/boundedhttpserver.h"
#include "sandbox/deliveryengine.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <memory>
#include <numeric>

using namespace Qt::StringLiterals;
using SandboxNotify::Notification;
using SandboxNotify::NotificationFactory;

namespace {

// A notify endpoint whose answers the test scripts: the queued replies first, then the
// fallback; every request is kept as it arrived.
class ScriptedEndpoint
{
public:
    ScriptedEndpoint()
        : m_server(std::make_unique<BoundedHttpServer>(NotifyLimits{}, [this](const HttpRequest &r) {
            requests << r;
            return script.isEmpty() ? fallback : script.takeFirst();
        }))
    {
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen: %s", qPrintable(m_server->errorString()));
    }

    QUrl url(const QString &route = u"/api/pay/notifyMnp"_s) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server->serverPort()).arg(route));
    }

    QList<HttpRequest> requests;
    QList<HttpReply> script;
    HttpReply fallback;

private:
    std::unique_ptr<BoundedHttpServer> m_server;
};

HttpReply reply(int status, const QByteArray &body, const QByteArray &type = "text/plain")
{
    HttpReply r;
    r.status = status;
    r.body = body;
    r.contentType = type;
    return r;
}

HttpReply successFor(PayWay channel)
{
    return channel == PayWay::Alipay ? reply(200, "success")
                                     : reply(200, R"({"code":"SUCCESS","message":"成功"})"_ba, "application/json");
}

bool isFinal(const std::optional<Delivery> &d)
{
    return d && (d->state == Delivery::State::Acknowledged || d->state == Delivery::State::GaveUp
                 || d->state == Delivery::State::Cancelled);
}
} // namespace

class TestDeliveryEngine final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void schedules();
    void compressedDelays();
    void targetUrl_data();
    void targetUrl();
    void acknowledgementRule_data();
    void acknowledgementRule();
    void retriesOnScheduleUntilAcknowledged_data();
    void retriesOnScheduleUntilAcknowledged();
    void givesUpWhenScheduleIsExhausted_data();
    void givesUpWhenScheduleIsExhausted();
    void manualSteppingWaitsForStep();
    void replayIsANewDeliveryOfTheSameEvent();
    void burstSendsConcurrentCopies();
    void connectionRefusedIsReportedAndRetried();
    void timeoutEndsAnAttempt();
    void cancelStopsRetries();

private:
    Notification payment(PayWay channel, const QString &sn = u"MC202601301234561234"_s) const;

    SandboxIdentity m_identity;
    std::unique_ptr<NotificationFactory> m_factory;
    QNetworkAccessManager m_network;
};

void TestDeliveryEngine::initTestCase()
{
    auto identity = SandboxIdentity::generate();
    QVERIFY2(identity.ok(), qPrintable(identity.errorMessage()));
    m_identity = *identity;
    m_factory = std::make_unique<NotificationFactory>(m_identity);
}

Notification TestDeliveryEngine::payment(PayWay channel, const QString &sn) const
{
    SandboxNotify::Payment p;
    p.outTradeNo = sn;
    p.amount = Money::fromFen(29);
    return channel == PayWay::Alipay ? m_factory->alipayPayment(p) : m_factory->weChatPayment(p);
}

void TestDeliveryEngine::schedules()
{
    const QList<int> wechat = DeliveryEngine::retryScheduleSeconds(PayWay::WeChat);
    const QList<int> alipay = DeliveryEngine::retryScheduleSeconds(PayWay::Alipay);
    QCOMPARE(wechat, (QList<int>{15, 15, 30, 180, 600, 1200, 1800, 1800, 1800, 3600, 10800, 10800, 10800, 21600, 21600}));
    QCOMPARE(alipay, (QList<int>{240, 600, 600, 3600, 7200, 21600, 54000}));
    QCOMPARE(std::accumulate(wechat.cbegin(), wechat.cend(), 0), 24 * 3600 + 4 * 60); // 24h4m
    QVERIFY(DeliveryEngine::retryScheduleSeconds(PayWay::Balance).isEmpty());
}

void TestDeliveryEngine::compressedDelays()
{
    QCOMPARE(DeliveryEngine::compressedDelayMs(15, 1), 15'000);
    QCOMPARE(DeliveryEngine::compressedDelayMs(15, 60), 250);
    QCOMPARE(DeliveryEngine::compressedDelayMs(21600, 3600), 6'000);
    QCOMPARE(DeliveryEngine::compressedDelayMs(15, 900'000), 0);
    QCOMPARE(DeliveryEngine::compressedDelayMs(15, 0), 15'000); // at least 1
    // A compression of 3600 (a second per hour) plays WeChat's whole day in about 24 s.
    qint64 total = 0;
    for (const int s : DeliveryEngine::retryScheduleSeconds(PayWay::WeChat))
        total += DeliveryEngine::compressedDelayMs(s, 3600);
    QVERIFY2(total >= 24'000 && total <= 24'100, qPrintable(QString::number(total)));

    DeliveryEngine engine(*m_factory, &m_network);
    QCOMPARE(engine.compression(), 1);
    engine.setCompression(0);
    QCOMPARE(engine.compression(), 1);
    engine.setCompression(60);
    QCOMPARE(engine.compression(), 60);
}

void TestDeliveryEngine::targetUrl_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("expected");
    QTest::newRow("host only") << u"http://127.0.0.1:8787"_s << u"/api/pay/notifyMnp"_s
                               << u"http://127.0.0.1:8787/api/pay/notifyMnp"_s;
    QTest::newRow("trailing slash") << u"http://127.0.0.1:8787/"_s << u"/api/pay/aliNotify"_s
                                    << u"http://127.0.0.1:8787/api/pay/aliNotify"_s;
    QTest::newRow("route without slash") << u"https://shop.example"_s << u"api/pay/notifyOa"_s
                                         << u"https://shop.example/api/pay/notifyOa"_s;
    QTest::newRow("full URL kept") << u"https://shop.example/index.php/api/pay/notifyMnp"_s << u"/api/pay/notifyMnp"_s
                                   << u"https://shop.example/index.php/api/pay/notifyMnp"_s;
}

void TestDeliveryEngine::targetUrl()
{
    QFETCH(QString, base);
    QFETCH(QString, route);
    QFETCH(QString, expected);
    QCOMPARE(DeliveryEngine::targetUrl(QUrl(base), route).toString(), expected);
}

void TestDeliveryEngine::acknowledgementRule_data()
{
    QTest::addColumn<int>("channel");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("acknowledged");
    const int w = int(PayWay::WeChat);
    const int a = int(PayWay::Alipay);
    QTest::newRow("wechat 200 SUCCESS") << w << 200 << R"({"code":"SUCCESS","message":"成功"})"_ba << true;
    QTest::newRow("wechat 204 empty") << w << 204 << QByteArray() << true;
    QTest::newRow("wechat 200 with code FAIL: the status decides") << w << 200 << R"({"code":"FAIL","message":"x"})"_ba << true;
    QTest::newRow("wechat 500 with code SUCCESS") << w << 500 << R"({"code":"SUCCESS","message":"成功"})"_ba << false;
    QTest::newRow("wechat 201") << w << 201 << QByteArray() << false;
    QTest::newRow("wechat 401") << w << 401 << R"({"code":"FAIL","message":"sign"})"_ba << false;
    QTest::newRow("alipay success") << a << 200 << "success"_ba << true;
    QTest::newRow("alipay fail") << a << 200 << "fail"_ba << false;
    QTest::newRow("alipay SUCCESS") << a << 200 << "SUCCESS"_ba << false;
    QTest::newRow("alipay success + newline") << a << 200 << "success\n"_ba << false;
    QTest::newRow("alipay space + success") << a << 200 << " success"_ba << false;
    QTest::newRow("alipay BOM + success") << a << 200 << "\xEF\xBB\xBFsuccess"_ba << false;
    QTest::newRow("alipay JSON") << a << 200 << R"({"code":1,"msg":"success"})"_ba << false;
    QTest::newRow("alipay success with 500") << a << 500 << "success"_ba << false;
}

void TestDeliveryEngine::acknowledgementRule()
{
    QFETCH(int, channel);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, acknowledged);
    const auto way = PayWay(channel);
    QCOMPARE(DeliveryEngine::isAcknowledgement(way, status, body), acknowledged);

    // The same over the wire: one attempt without retries.
    ScriptedEndpoint endpoint;
    endpoint.fallback = reply(status, body);
    DeliveryEngine engine(*m_factory, &m_network);
    DeliveryEngine::Options once;
    once.retry = false;
    const qint64 id = engine.deliver(payment(way), endpoint.url(), once);
    QTRY_VERIFY(isFinal(engine.delivery(id)));
    const Delivery d = *engine.delivery(id);
    QCOMPARE(d.state, acknowledged ? Delivery::State::Acknowledged : Delivery::State::GaveUp);
    QCOMPARE(d.attempts.size(), 1);
    QCOMPARE(d.attempts[0].status, status);
    QCOMPARE(d.attempts[0].responseBody, body);
    QCOMPARE(d.attempts[0].acknowledged, acknowledged);
    QVERIFY(d.attempts[0].error.isEmpty());
    QCOMPARE(endpoint.requests.size(), 1);
}

void TestDeliveryEngine::retriesOnScheduleUntilAcknowledged_data()
{
    QTest::addColumn<int>("channel");
    QTest::addColumn<int>("compression");
    QTest::newRow("wechat, an hour per second") << int(PayWay::WeChat) << 3600;
    QTest::newRow("alipay, an hour per second") << int(PayWay::Alipay) << 3600;
    QTest::newRow("wechat, 900000") << int(PayWay::WeChat) << 900'000;
}

void TestDeliveryEngine::retriesOnScheduleUntilAcknowledged()
{
    QFETCH(int, channel);
    QFETCH(int, compression);
    const auto way = PayWay(channel);
    ScriptedEndpoint endpoint;
    endpoint.script = {reply(500, R"({"code":"FAIL","message":"busy"})"_ba), reply(500, "<html>oops</html>"_ba)};
    endpoint.fallback = successFor(way);

    DeliveryEngine engine(*m_factory, &m_network);
    engine.setCompression(compression);
    QSignalSpy attempts(&engine, &DeliveryEngine::attemptFinished);
    const Notification n = payment(way);
    const qint64 id = engine.deliver(n, DeliveryEngine::targetUrl(endpoint.url(u"/"_s), n.route));
    QTRY_VERIFY_WITH_TIMEOUT(isFinal(engine.delivery(id)), 20000);

    const Delivery d = *engine.delivery(id);
    QCOMPARE(d.state, Delivery::State::Acknowledged);
    QCOMPARE(d.attempts.size(), 3);
    QCOMPARE(attempts.size(), 3);
    QCOMPARE(endpoint.requests.size(), 3);
    QCOMPARE(QString::fromLatin1(endpoint.requests[0].path), n.route);
    const QList<int> schedule = DeliveryEngine::retryScheduleSeconds(way);
    QCOMPARE(d.nextScheduleIndex, 2);
    QCOMPARE(d.plannedWaitsMs, (QList<qint64>{DeliveryEngine::compressedDelayMs(schedule[0], compression),
                                               DeliveryEngine::compressedDelayMs(schedule[1], compression)}));
    for (int i = 0; i < 3; ++i) {
        const DeliveryAttempt &a = d.attempts[i];
        QCOMPARE(a.number, i + 1);
        QCOMPARE(a.scheduleIndex, i - 1);
        QCOMPARE(a.scheduledDelayMs, i == 0 ? 0 : d.plannedWaitsMs[i - 1]);
        QCOMPARE(a.status, i < 2 ? 500 : 200);
        QCOMPARE(a.acknowledged, i == 2);
        QVERIFY(a.latencyUs > 0);
        QVERIFY(a.startedAtMs > 0);
        // What the log says went over the wire is what arrived.
        QCOMPARE(a.requestBody, endpoint.requests[i].body);
        for (const auto &[name, value] : a.requestHeaders)
            QCOMPARE(httpHeaderValue(endpoint.requests[i].headers, name), value);
        QVERIFY(!httpHeaderValue(a.responseHeaders, "Content-Length").isEmpty());
    }
    QCOMPARE(d.attempts[1].responseBody, "<html>oops</html>"_ba);
    // Attempts follow one another in order.
    QVERIFY(d.attempts[1].startedAtMs >= d.attempts[0].startedAtMs);
    QVERIFY(d.attempts[2].startedAtMs >= d.attempts[1].startedAtMs);
    // Every retry is signed afresh: same event, new signature.
    if (way == PayWay::WeChat) {
        QCOMPARE(d.attempts[1].requestBody, d.attempts[0].requestBody);
        QVERIFY(httpHeaderValue(d.attempts[1].requestHeaders, "Wechatpay-Nonce")
                != httpHeaderValue(d.attempts[0].requestHeaders, "Wechatpay-Nonce"));
        QVERIFY(httpHeaderValue(d.attempts[1].requestHeaders, "Wechatpay-Signature")
                != httpHeaderValue(d.attempts[0].requestHeaders, "Wechatpay-Signature"));
    } else {
        for (const DeliveryAttempt &a : d.attempts)
            QVERIFY(a.requestBody.contains(QByteArray("notify_id=" + QUrl::toPercentEncoding(n.eventId))));
    }
}

void TestDeliveryEngine::givesUpWhenScheduleIsExhausted_data()
{
    QTest::addColumn<int>("channel");
    QTest::addColumn<int>("attempts");
    QTest::newRow("wechat: 1 + 15 retries") << int(PayWay::WeChat) << 16;
    QTest::newRow("alipay: 1 + 7 retries") << int(PayWay::Alipay) << 8;
}

void TestDeliveryEngine::givesUpWhenScheduleIsExhausted()
{
    QFETCH(int, channel);
    QFETCH(int, attempts);
    const auto way = PayWay(channel);
    ScriptedEndpoint endpoint;
    endpoint.fallback = reply(503, "busy"_ba);
    DeliveryEngine engine(*m_factory, &m_network);
    engine.setCompression(900'000);
    const qint64 id = engine.deliver(payment(way), endpoint.url());
    QTRY_VERIFY_WITH_TIMEOUT(isFinal(engine.delivery(id)), 30000);

    const Delivery d = *engine.delivery(id);
    QCOMPARE(d.state, Delivery::State::GaveUp);
    QCOMPARE(d.attempts.size(), attempts);
    QCOMPARE(endpoint.requests.size(), attempts);
    const QList<int> schedule = DeliveryEngine::retryScheduleSeconds(way);
    QCOMPARE(d.nextScheduleIndex, schedule.size());
    QCOMPARE(d.plannedWaitsMs.size(), schedule.size());
    for (int i = 0; i < schedule.size(); ++i) {
        QCOMPARE(d.plannedWaitsMs[i], DeliveryEngine::compressedDelayMs(schedule[i], 900'000));
        QCOMPARE(d.attempts[i + 1].scheduleIndex, i);
        QVERIFY(d.plannedWaitsMs[i] >= 0);
    }
    // The schedule's growth survives the compression: 6 h waits are longer than 15 s ones.
    QVERIFY(d.plannedWaitsMs.constLast() > d.plannedWaitsMs.constFirst());
}

void TestDeliveryEngine::manualSteppingWaitsForStep()
{
    ScriptedEndpoint endpoint;
    endpoint.fallback = reply(500, "no"_ba);
    endpoint.script = {reply(500, "no"_ba), reply(500, "no"_ba)};
    ScriptedEndpoint control;
    control.fallback = reply(500, "no"_ba);

    DeliveryEngine manual(*m_factory, &m_network);
    manual.setCompression(900'000);
    manual.setManualStepping(true);
    QVERIFY(manual.manualStepping());
    DeliveryEngine automatic(*m_factory, &m_network);
    automatic.setCompression(900'000);

    const qint64 id = manual.deliver(payment(PayWay::WeChat), endpoint.url());
    QCOMPARE(manual.delivery(id)->state, Delivery::State::Sending);
    QVERIFY(!manual.step(id)); // not waiting: the first attempt is in flight
    const qint64 controlId = automatic.deliver(payment(PayWay::WeChat), control.url());
    QTRY_COMPARE(manual.delivery(id)->state, Delivery::State::Waiting);
    // The automatic engine retries at the same compression meanwhile; the manual one does not.
    QTRY_VERIFY_WITH_TIMEOUT(automatic.delivery(controlId)->attempts.size() >= 4, 20000);
    QCOMPARE(manual.delivery(id)->attempts.size(), 1);
    QCOMPARE(endpoint.requests.size(), 1);
    QCOMPARE(manual.delivery(id)->nextScheduleIndex, 0);
    QCOMPARE(manual.delivery(id)->plannedWaitsMs.size(), 1);

    QVERIFY(manual.step(id));
    QTRY_COMPARE(manual.delivery(id)->attempts.size(), 2);
    QTRY_COMPARE(manual.delivery(id)->state, Delivery::State::Waiting);
    QCOMPARE(manual.delivery(id)->attempts[1].scheduleIndex, 0);
    QCOMPARE(manual.delivery(id)->nextScheduleIndex, 1);
    QCOMPARE(endpoint.requests.size(), 2);

    // Back to timers: the rest of the schedule runs by itself.
    manual.setManualStepping(false);
    QTRY_VERIFY_WITH_TIMEOUT(isFinal(manual.delivery(id)), 20000);
    QCOMPARE(manual.delivery(id)->state, Delivery::State::GaveUp);
    QCOMPARE(manual.delivery(id)->attempts.size(), 16);
    QVERIFY(!manual.step(id));
    QVERIFY(!manual.step(12345));
    automatic.cancel(controlId);
}

void TestDeliveryEngine::replayIsANewDeliveryOfTheSameEvent()
{
    ScriptedEndpoint endpoint;
    endpoint.fallback = successFor(PayWay::WeChat);
    ScriptedEndpoint other;
    other.fallback = successFor(PayWay::WeChat);
    DeliveryEngine engine(*m_factory, &m_network);
    const Notification n = payment(PayWay::WeChat);
    const qint64 first = engine.deliver(n, endpoint.url());
    QTRY_VERIFY(isFinal(engine.delivery(first)));

    const qint64 again = engine.replay(first);
    QVERIFY(again > first);
    QTRY_VERIFY(isFinal(engine.delivery(again)));
    const Delivery d = *engine.delivery(again);
    QCOMPARE(d.state, Delivery::State::Acknowledged);
    QCOMPARE(d.replayOf, first);
    QCOMPARE(d.target, endpoint.url());
    QCOMPARE(d.notification.eventId, n.eventId);
    QCOMPARE(d.notification.outTradeNo, n.outTradeNo);
    QCOMPARE(endpoint.requests.size(), 2);
    QCOMPARE(endpoint.requests[1].body, endpoint.requests[0].body);
    QVERIFY(httpHeaderValue(endpoint.requests[1].headers, "Wechatpay-Signature")
            != httpHeaderValue(endpoint.requests[0].headers, "Wechatpay-Signature"));

    const qint64 elsewhere = engine.replay(first, other.url());
    QTRY_VERIFY(isFinal(engine.delivery(elsewhere)));
    QCOMPARE(other.requests.size(), 1);
    QCOMPARE(engine.deliveries().size(), 3);
    QCOMPARE(engine.deliveries().constLast().id, elsewhere);
    QCOMPARE(engine.replay(999), 0);
}

void TestDeliveryEngine::burstSendsConcurrentCopies()
{
    ScriptedEndpoint endpoint;
    endpoint.fallback = successFor(PayWay::Alipay);
    DeliveryEngine engine(*m_factory, &m_network);
    const Notification n = payment(PayWay::Alipay);
    const QList<qint64> ids = engine.deliverBurst(n, endpoint.url(n.route), 20);
    QCOMPARE(ids.size(), 20);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(ids.cbegin(), ids.cend(), [&](qint64 id) { return isFinal(engine.delivery(id)); }),
                             20000);
    QCOMPARE(endpoint.requests.size(), 20);
    for (const HttpRequest &r : std::as_const(endpoint.requests))
        QCOMPARE(r.body, n.body);
    for (const qint64 id : ids)
        QCOMPARE(engine.delivery(id)->state, Delivery::State::Acknowledged);
}

void TestDeliveryEngine::connectionRefusedIsReportedAndRetried()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there any more

    DeliveryEngine engine(*m_factory, &m_network);
    engine.setCompression(900'000);
    const QUrl url(u"http://127.0.0.1:%1/api/pay/aliNotify"_s.arg(port));
    const qint64 id = engine.deliver(payment(PayWay::Alipay), url);
    QTRY_VERIFY_WITH_TIMEOUT(isFinal(engine.delivery(id)), 30000);
    const Delivery d = *engine.delivery(id);
    QCOMPARE(d.state, Delivery::State::GaveUp);
    QCOMPARE(d.attempts.size(), 8);
    for (const DeliveryAttempt &a : d.attempts) {
        QCOMPARE(a.status, 0);
        QVERIFY(!a.acknowledged);
        QVERIFY2(a.error.contains(u"refused"_s) && a.error.contains(QString::number(port)), qPrintable(a.error));
    }
}

void TestDeliveryEngine::timeoutEndsAnAttempt()
{
    QTcpServer silent; // accepts and never answers
    QList<QTcpSocket *> held;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = silent.nextPendingConnection())
            held << s;
    });
    DeliveryEngine engine(*m_factory, &m_network);
    DeliveryEngine::Options options;
    options.retry = false;
    options.timeoutMs = 300;
    const qint64 id = engine.deliver(payment(PayWay::WeChat),
                                     QUrl(u"http://127.0.0.1:%1/api/pay/notifyMnp"_s.arg(silent.serverPort())), options);
    QTRY_VERIFY_WITH_TIMEOUT(isFinal(engine.delivery(id)), 20000);
    const Delivery d = *engine.delivery(id);
    QCOMPARE(d.state, Delivery::State::GaveUp);
    QCOMPARE(d.attempts.size(), 1);
    QCOMPARE(d.attempts[0].status, 0);
    QVERIFY2(d.attempts[0].error.contains(u"0.3"_s), qPrintable(d.attempts[0].error));
    QVERIFY(d.attempts[0].latencyUs > 0);
}

void TestDeliveryEngine::cancelStopsRetries()
{
    ScriptedEndpoint endpoint;
    endpoint.fallback = reply(500, "no"_ba);
    DeliveryEngine engine(*m_factory, &m_network);
    engine.setManualStepping(true);
    QSignalSpy changed(&engine, &DeliveryEngine::deliveryChanged);
    const qint64 id = engine.deliver(payment(PayWay::WeChat), endpoint.url());
    QTRY_COMPARE(engine.delivery(id)->state, Delivery::State::Waiting);
    engine.cancel(id);
    QCOMPARE(engine.delivery(id)->state, Delivery::State::Cancelled);
    QVERIFY(!engine.step(id));
    QVERIFY(!changed.isEmpty());

    // Cancelling an attempt in flight ends it at once.
    QTcpServer silent;
    QList<QTcpSocket *> held;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = silent.nextPendingConnection())
            held << s;
    });
    const qint64 inFlight = engine.deliver(payment(PayWay::WeChat),
                                           QUrl(u"http://127.0.0.1:%1/api/pay/notifyMnp"_s.arg(silent.serverPort())));
    QTRY_VERIFY(!held.isEmpty());
    engine.cancel(inFlight);
    const Delivery d = *engine.delivery(inFlight);
    QCOMPARE(d.state, Delivery::State::Cancelled);
    QCOMPARE(d.attempts.size(), 1);
    QCOMPARE(d.attempts[0].status, 0);
    QVERIFY(!d.attempts[0].error.isEmpty());
}

QTEST_GUILESS_MAIN(TestDeliveryEngine)
#include "tst_deliveryengine.moc"
