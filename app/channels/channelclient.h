#pragma once

#include "alipaysigner.h"
#include "alipayverifier.h"
#include "channelrequest.h"
#include "httpheaders.h"
#include "result.h"
#include "wechatnotificationverifier.h"
#include "wechatpayv3signer.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// A verified answer of a payment channel.
struct ChannelResponse
{
    int httpStatus = 0;
    HttpHeaderList headers;
    QByteArray body;
    QJsonObject json; // WeChat: the body; Alipay: the verified response node
    int attempts = 1;
};

// Calls WeChat Pay API v3 and the Alipay gateway over QNetworkAccessManager. Every call is
// asynchronous and has a deadline (10 s by default); only idempotent calls are retried,
// with exponential backoff, after a timeout, a network error, 429 or 5xx. Answers are
// verified (WeChat: the Wechatpay-Signature headers; Alipay: the response sign over the
// raw node) before anyone sees them. TLS errors are reported, never ignored. Failures are
// Errors with a translated message naming the call, and the channel's own code
// (ORDER_NOT_EXIST, ACQ.TRADE_NOT_EXIST) or TIMEOUT, NETWORK, TLS, BAD_SIGNATURE, HTTP_<n>.
class ChannelClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelClient)

public:
    struct Options
    {
        QUrl weChatBaseUrl = QUrl(QStringLiteral("https://api.mch.weixin.qq.com"));
        QUrl alipayGateway = QUrl(QStringLiteral("https://openapi.alipay.com/gateway.do"));
        int timeoutMs = 10'000;
        int maxRetries = 2;          // extra attempts for idempotent calls
        int retryBaseDelayMs = 500;  // doubled each retry
        QByteArray userAgent = QByteArrayLiteral("mcpay-admin/" MCPAY_VERSION);
    };
    using Callback = std::function<void(Result<ChannelResponse>)>;

    explicit ChannelClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    // WeChat Pay: the request signer, the verifier of WeChat's answers, and the serial (or
    // PUB_KEY_ID_…) sent as Wechatpay-Serial.
    void setWeChat(WeChatPayV3Signer signer, WeChatNotificationVerifier responseVerifier, QString platformSerial);
    void setAlipay(AlipaySigner signer, AlipayVerifier responseVerifier);

    // The callback runs on the thread of `context` unless the context is gone.
    void sendWeChat(const ChannelRequest &request, QObject *context, Callback done);
    void sendAlipay(const ChannelRequest &request, QObject *context, Callback done);

private:
    struct Call;
    void attempt(std::shared_ptr<Call> call);
    void finished(std::shared_ptr<Call> call, QNetworkReply *reply, bool timedOut);
    void fail(std::shared_ptr<Call> call, Error error);
    void succeed(std::shared_ptr<Call> call, ChannelResponse response);
    bool retryLater(std::shared_ptr<Call> call);

    QNetworkAccessManager *m_network;
    Options m_options;
    WeChatPayV3Signer m_weChatSigner;
    WeChatNotificationVerifier m_weChatVerifier;
    QString m_weChatPlatformSerial;
    AlipaySigner m_alipaySigner;
    AlipayVerifier m_alipayVerifier;
};
