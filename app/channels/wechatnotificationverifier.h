#pragma once

#include "crypto/rsapublickey.h"
#include "crypto/x509certificate.h"
#include "httpheaders.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>

// The keys WeChat Pay signs with, by the value of the Wechatpay-Serial header: platform
// certificate serials (hex, compared case-insensitively) and WeChat Pay public key ids
// ("PUB_KEY_ID_…", compared exactly).
class WeChatPlatformKeys
{
public:
    void addCertificate(const X509Certificate &certificate);
    void addPublicKey(const QString &serialOrKeyId, const RsaPublicKey &key);
    std::optional<RsaPublicKey> find(QStringView serial) const;
    QStringList serials() const { return m_keys.keys(); }
    bool isEmpty() const { return m_keys.isEmpty(); }

private:
    static QString normalized(QStringView serial);
    QHash<QString, RsaPublicKey> m_keys;
};

// A decrypted payment ("transaction") resource. Amounts are integer fen.
struct WeChatTransaction
{
    QString appid;
    QString mchid;
    QString outTradeNo;
    QString transactionId;
    QString tradeType;
    QString tradeState;
    QString tradeStateDesc;
    QString bankType;
    QString attach;
    QString successTime; // RFC 3339
    QString payerOpenid;
    qint64 totalFen = -1;
    qint64 payerTotalFen = -1;
    QString currency;

    bool isPaid() const { return tradeState == u"SUCCESS"; }
};

// A decrypted refund resource.
struct WeChatRefund
{
    QString mchid;
    QString transactionId;
    QString outTradeNo;
    QString refundId;
    QString outRefundNo;
    QString refundStatus;
    QString successTime;
    qint64 totalFen = -1;
    qint64 refundFen = -1;
};

struct WeChatNotification
{
    QString id;
    QString eventType;    // TRANSACTION.SUCCESS, REFUND.SUCCESS, …
    QString createTime;
    QString summary;
    QString originalType; // transaction | refund
    QString serial;       // the key that verified it
    QByteArray plaintext; // the decrypted resource
    std::optional<WeChatTransaction> transaction;
    std::optional<WeChatRefund> refund;
};

// Verifies WeChat Pay API v3 notifications (and the signatures on API responses): the
// Wechatpay-* headers are present, the signature type is WECHATPAY2-SHA256-RSA2048, the
// timestamp lies less than 300 s from now, the key named by Wechatpay-Serial is known,
// the signature over "TIMESTAMP\nNONCE\nRAW_BODY\n" verifies (WECHATPAY/SIGNTEST/ probes
// never do), the resource algorithm is AEAD_AES_256_GCM and it decrypts with the APIv3 key.
//
// Failures are Errors whose code names the reason; the listener maps them to verdicts:
//   MISSING_HEADER, BAD_SIGNATURE_TYPE, BAD_TIMESTAMP, STALE_TIMESTAMP, UNKNOWN_SERIAL,
//   SIGN_PROBE, BAD_SIGNATURE, MALFORMED, UNSUPPORTED_ALGORITHM, DECRYPT_FAILED.
// Thread-safe (const).
class WeChatNotificationVerifier
{
public:
    using Clock = std::function<qint64()>; // Unix seconds
    static constexpr qint64 MaxSkewSeconds = 300;

    WeChatNotificationVerifier() = default;
    WeChatNotificationVerifier(WeChatPlatformKeys keys, QByteArray apiV3Key, Clock clock = {});

    void setClock(Clock clock) { m_clock = std::move(clock); }
    const WeChatPlatformKeys &keys() const { return m_keys; }

    // Checks headers, time window and signature; returns the serial of the key that
    // verified. Also used for WeChat's signed responses to API calls.
    Result<QString> verifySignature(const HttpHeaderList &headers, QByteArrayView body) const;

    // verifySignature, then parses the envelope and decrypts and parses the resource.
    Result<WeChatNotification> verify(const HttpHeaderList &headers, QByteArrayView body) const;

    // Parsing of decrypted resources (also for query responses, which carry the same object).
    static Result<WeChatTransaction> parseTransaction(const QByteArray &json);
    static Result<WeChatRefund> parseRefund(const QByteArray &json);

private:
    qint64 now() const;

    WeChatPlatformKeys m_keys;
    QByteArray m_apiV3Key;
    Clock m_clock;
};
