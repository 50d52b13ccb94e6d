#pragma once

#include "crypto/rsaprivatekey.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

// The parameters a JSAPI / mini-program page passes to wx.requestPayment.
struct WeChatJsapiPayParams
{
    QString appId;
    QString timeStamp; // Unix seconds as text
    QString nonceStr;
    QString package;   // "prepay_id=…"
    QString signType;  // "RSA"
    QString paySign;   // Base64 RSA-SHA256 over "appId\ntimeStamp\nnonceStr\npackage\n"
};

// Signs requests to WeChat Pay API v3 with the merchant's API private key:
//   Authorization: WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",timestamp="…",serial_no="…",signature="…"
// over "METHOD\nCANONICAL_URL\nTIMESTAMP\nNONCE\nBODY\n". Thread-safe.
class WeChatPayV3Signer
{
public:
    static constexpr QLatin1StringView Schema{"WECHATPAY2-SHA256-RSA2048"};

    WeChatPayV3Signer() = default;
    WeChatPayV3Signer(QString mchid, QString certificateSerial, RsaPrivateKey key);

    bool isValid() const { return !m_key.isNull() && !m_mchid.isEmpty() && !m_serial.isEmpty(); }
    const QString &mchid() const { return m_mchid; }
    const QString &certificateSerial() const { return m_serial; }

    // The exact bytes that are signed. canonicalUrl is the path plus "?query".
    static QByteArray message(QByteArrayView method, QByteArrayView canonicalUrl, qint64 timestamp,
                              QByteArrayView nonce, QByteArrayView body);

    // The Authorization header value for a request.
    Result<QByteArray> authorization(QByteArrayView method, QByteArrayView canonicalUrl, QByteArrayView body,
                                     qint64 timestamp, const QString &nonce) const;
    // The same with the current time and a fresh 32-character nonce.
    Result<QByteArray> authorization(QByteArrayView method, QByteArrayView canonicalUrl, QByteArrayView body) const;

    // Parameters for wx.requestPayment / WeixinJSBridge (paySign over appId, timeStamp,
    // nonceStr, package).
    Result<WeChatJsapiPayParams> jsapiPayParams(const QString &appId, const QString &prepayId, qint64 timestamp,
                                                const QString &nonce) const;
    Result<WeChatJsapiPayParams> jsapiPayParams(const QString &appId, const QString &prepayId) const;

    // Splits an Authorization value into its schema and parameters; nullopt when it is not
    // one (for gateways and tests that check a request).
    struct ParsedAuthorization
    {
        QString schema;
        QHash<QString, QString> parameters;
    };
    static std::optional<ParsedAuthorization> parseAuthorization(QByteArrayView header);

private:
    QString m_mchid;
    QString m_serial;
    RsaPrivateKey m_key;
};
