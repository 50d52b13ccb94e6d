#pragma once

#include "channelrequest.h"
#include "crypto/rsaprivatekey.h"
#include "formencoding.h"
#include "orders/money.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

// The browser-redirect products of Alipay used by the funnel.
enum class AlipayPayProduct {
    Wap,  // alipay.trade.wap.pay, QUICK_WAP_WAY (H5)
    Page, // alipay.trade.page.pay, FAST_INSTANT_TRADE_PAY (PC)
};

struct AlipayPayArgs
{
    QString outTradeNo;
    Money totalAmount;
    QString subject;
    QString notifyUrl;
    QString returnUrl;
    QString quitUrl;          // wap only
    QString passbackParams;   // "marketing_chat"
    QDateTime timeExpire;     // optional
};

// Signs Alipay open-platform requests with RSA2: all parameters except sign (sign_type
// included), empty values skipped, sorted by key, "k=v" joined with '&', no URL-encoding;
// RSA-SHA256 with the app private key, Base64. Thread-safe.
class AlipaySigner
{
public:
    AlipaySigner() = default;
    AlipaySigner(QString appId, RsaPrivateKey key);

    bool isValid() const { return !m_appId.isEmpty() && !m_key.isNull(); }
    const QString &appId() const { return m_appId; }

    // The exact text that is signed (also used to verify notifications, without sign_type).
    static QByteArray signContent(const FormEncoding::Fields &params, bool includeSignType = true);

    // Common parameters + biz_content, signed; timestamp "yyyy-MM-dd HH:mm:ss" in GMT+8
    // (the current time when invalid).
    Result<FormEncoding::Fields> signedParameters(const QString &method, const QJsonObject &bizContent,
                                                  const QString &notifyUrl = {}, const QString &returnUrl = {},
                                                  const QDateTime &timestamp = {}) const;

    // The wap/page pay redirect as a GET URL on the gateway, or as an HTML page whose form
    // submits itself (what Alipay's SDKs call pageExecute).
    Result<QUrl> payUrl(const QUrl &gateway, AlipayPayProduct product, const AlipayPayArgs &args,
                        const QDateTime &timestamp = {}) const;
    Result<QByteArray> payForm(const QUrl &gateway, AlipayPayProduct product, const AlipayPayArgs &args,
                               const QDateTime &timestamp = {}) const;

    // A signed server-to-server call (trade.query, trade.refund, trade.close) as a form POST.
    Result<ChannelRequest> apiRequest(const QString &method, const QJsonObject &bizContent,
                                      const QDateTime &timestamp = {}) const;

    static QString responseNodeName(const QString &method); // alipay.trade.query -> alipay_trade_query_response

private:
    QString m_appId;
    RsaPrivateKey m_key;
};

// biz_content builders for the server calls.
namespace AlipayApi {
inline constexpr QLatin1StringView TradeQuery{"alipay.trade.query"};
inline constexpr QLatin1StringView TradeRefund{"alipay.trade.refund"};
inline constexpr QLatin1StringView TradeClose{"alipay.trade.close"};
QJsonObject tradeQuery(const QString &outTradeNo);
// outRequestNo identifies the refund; reusing it retries the same refund idempotently.
QJsonObject tradeRefund(const QString &outTradeNo, Money refundAmount, const QString &outRequestNo,
                        const QString &reason = {});
QJsonObject tradeClose(const QString &outTradeNo);
} // namespace AlipayApi
