#include "channelclient.h"

#include "logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslError>
#endif

using namespace Qt::StringLiterals;

struct ChannelClient::Call
{
    enum class Channel { WeChat, Alipay } channel = Channel::WeChat;
    ChannelRequest request;
    QPointer<QObject> context;
    Callback done;
    int attempts = 0;
    QStringList tlsErrors;
    bool completed = false;

    QString channelName() const { return channel == Channel::WeChat ? tr("WeChat Pay") : tr("Alipay"); }
};

ChannelClient::ChannelClient(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_network(network) {}

void ChannelClient::setWeChat(WeChatPayV3Signer signer, WeChatNotificationVerifier responseVerifier,
                              QString platformSerial)
{
    m_weChatSigner = std::move(signer);
    m_weChatVerifier = std::move(responseVerifier);
    m_weChatPlatformSerial = std::move(platformSerial);
}

void ChannelClient::setAlipay(AlipaySigner signer, AlipayVerifier responseVerifier)
{
    m_alipaySigner = std::move(signer);
    m_alipayVerifier = std::move(responseVerifier);
}

void ChannelClient::sendWeChat(const ChannelRequest &request, QObject *context, Callback done)
{
    auto call = std::make_shared<Call>();
    call->channel = Call::Channel::WeChat;
    call->request = request;
    call->context = context;
    call->done = std::move(done);
    if (!m_weChatSigner.isValid())
        return fail(call, Error(tr("WeChat Pay is not configured: import the merchant key and certificate serial."),
                                u"NOT_CONFIGURED"_s));
    attempt(call);
}

void ChannelClient::sendAlipay(const ChannelRequest &request, QObject *context, Callback done)
{
    auto call = std::make_shared<Call>();
    call->channel = Call::Channel::Alipay;
    call->request = request;
    call->context = context;
    call->done = std::move(done);
    if (!m_alipayVerifier.isValid())
        return fail(call, Error(tr("Alipay is not configured: import the Alipay public key."), u"NOT_CONFIGURED"_s));
    attempt(call);
}

void ChannelClient::attempt(std::shared_ptr<Call> call)
{
    ++call->attempts;
    call->tlsErrors.clear();
    QNetworkRequest request;
    request.setRawHeader("User-Agent", m_options.userAgent);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (call->channel == Call::Channel::WeChat) {
        QUrl url = m_options.weChatBaseUrl;
        const QString base = url.path().endsWith(u'/') ? url.path().chopped(1) : url.path();
        const QString &pathAndQuery = call->request.pathAndQuery;
        const qsizetype q = pathAndQuery.indexOf(u'?');
        url.setPath(base + (q < 0 ? pathAndQuery : pathAndQuery.left(q)), QUrl::StrictMode);
        url.setQuery(q < 0 ? QString() : pathAndQuery.mid(q + 1), QUrl::StrictMode);
        request.setUrl(url);
        // Each attempt gets a fresh timestamp and nonce.
        const auto authorization = m_weChatSigner.authorization(call->request.method, pathAndQuery.toUtf8(),
                                                                call->request.body);
        if (!authorization)
            return fail(call, authorization.error());
        request.setRawHeader("Authorization", *authorization);
        request.setRawHeader("Accept", "application/json");
        if (!m_weChatPlatformSerial.isEmpty())
            request.setRawHeader("Wechatpay-Serial", m_weChatPlatformSerial.toLatin1());
        if (!call->request.body.isEmpty() || call->request.method == "POST")
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    } else {
        request.setUrl(m_options.alipayGateway);
        request.setHeader(QNetworkRequest::ContentTypeHeader, call->request.contentType);
    }

    QNetworkReply *reply = m_network->sendCustomRequest(request, call->request.method, call->request.body);
    auto timer = new QTimer(reply);
    timer->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_options.timeoutMs);
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::sslErrors, this, [call](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            call->tlsErrors << e.errorString();
        // Never ignored: the reply fails with a handshake error.
    });
#endif
    connect(reply, &QNetworkReply::finished, this, [this, call, reply, timedOut] { finished(call, reply, *timedOut); });
}

bool ChannelClient::retryLater(std::shared_ptr<Call> call)
{
    if (!call->request.idempotent || call->attempts > m_options.maxRetries)
        return false;
    const int delay = m_options.retryBaseDelayMs * (1 << (call->attempts - 1));
    qCInfo(lcChannel) << call->request.operation << "retry" << call->attempts << "in" << delay << "ms";
    QTimer::singleShot(delay, this, [this, call] { attempt(call); });
    return true;
}

void ChannelClient::finished(std::shared_ptr<Call> call, QNetworkReply *reply, bool timedOut)
{
    reply->deleteLater();
    const QString what = tr("%1 %2").arg(call->channelName(), call->request.operation);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();

    if (timedOut) {
        if (retryLater(call))
            return;
        return fail(call, Error(tr("%1: no answer within %2 s. Check the network, then try again.")
                                    .arg(what)
                                    .arg(m_options.timeoutMs / 1000.0),
                                u"TIMEOUT"_s));
    }
    if (!call->tlsErrors.isEmpty() || networkError == QNetworkReply::SslHandshakeFailedError) {
        const QString details = call->tlsErrors.isEmpty() ? reply->errorString() : call->tlsErrors.join(u"; "_s);
        return fail(call, Error(tr("%1: the TLS connection is not trusted (%2). Check the system clock and CA "
                                   "certificates; the connection was not used.")
                                    .arg(what, details),
                                u"TLS"_s));
    }
    if (status == 0) {
        if (retryLater(call))
            return;
        return fail(call, Error(tr("%1: network error: %2.").arg(what, reply->errorString()), u"NETWORK"_s));
    }
    const QByteArray body = reply->readAll();
    HttpHeaderList headers;
    for (const auto &pair : reply->rawHeaderPairs())
        headers.append(pair);
    if (status >= 500 || status == 429) {
        if (retryLater(call))
            return;
    }

    ChannelResponse response;
    response.httpStatus = status;
    response.headers = headers;
    response.body = body;
    response.attempts = call->attempts;

    if (call->channel == Call::Channel::WeChat) {
        if (status < 200 || status >= 300) {
            const QJsonObject error = QJsonDocument::fromJson(body).object();
            const QString code = error.value(u"code"_s).toString();
            const QString message = error.value(u"message"_s).toString();
            return fail(call, Error(tr("%1 failed: %2 (%3, HTTP %4)")
                                        .arg(what, message.isEmpty() ? reply->errorString() : message,
                                             code.isEmpty() ? u"-"_s : code)
                                        .arg(status),
                                    code.isEmpty() ? u"HTTP_%1"_s.arg(status) : code));
        }
        const auto verified = m_weChatVerifier.verifySignature(headers, body);
        if (!verified)
            return fail(call, Error(tr("%1: the answer is not signed by WeChat Pay (%2); it was discarded.")
                                        .arg(what, verified.errorMessage()),
                                    u"BAD_SIGNATURE"_s));
        response.json = QJsonDocument::fromJson(body).object();
        return succeed(call, std::move(response));
    }

    if (status < 200 || status >= 300)
        return fail(call, Error(tr("%1: the gateway answered HTTP %2.").arg(what).arg(status), u"HTTP_%1"_s.arg(status)));
    const auto node = m_alipayVerifier.verifyResponse(body, call->request.responseNode);
    if (!node)
        return fail(call, Error(tr("%1 failed: %2").arg(what, node.errorMessage()), node.error().code));
    response.json = *node;
    succeed(call, std::move(response));
}

void ChannelClient::succeed(std::shared_ptr<Call> call, ChannelResponse response)
{
    if (call->completed)
        return;
    call->completed = true;
    if (call->context && call->done)
        call->done(std::move(response));
}

void ChannelClient::fail(std::shared_ptr<Call> call, Error error)
{
    if (call->completed)
        return;
    call->completed = true;
    qCInfo(lcChannel) << call->request.operation << "failed:" << error.code;
    if (!call->done)
        return;
    // Asynchronous even when the failure is immediate, on the context's thread.
    QObject *context = call->context ? call->context.data() : nullptr;
    if (!context)
        return;
    QMetaObject::invokeMethod(
        context, [call, error] { call->done(error); }, Qt::QueuedConnection);
}
