#include "wechatnotificationverifier.h"

#include "crypto/aesgcm.h"
#include "crypto/strictbase64.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// An integer amount in fen from JSON; -1 when absent or not a non-negative integer.
qint64 fenValue(const QJsonValue &value)
{
    if (!value.isDouble())
        return -1;
    const double d = value.toDouble();
    const qint64 i = value.toInteger(-1);
    if (i < 0 || double(i) != d || i > 10'000'000'000LL)
        return -1;
    return i;
}

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 12)
        return false;
    for (const char c : text)
        if (c < '0' || c > '9')
            return false;
    return true;
}
} // namespace

QString WeChatPlatformKeys::normalized(QStringView serial)
{
    if (serial.startsWith(u"PUB_KEY_ID_"))
        return serial.toString();
    return serial.toString().toUpper();
}

void WeChatPlatformKeys::addCertificate(const X509Certificate &certificate)
{
    m_keys.insert(normalized(certificate.serialHex()), certificate.publicKey());
}

void WeChatPlatformKeys::addPublicKey(const QString &serialOrKeyId, const RsaPublicKey &key)
{
    m_keys.insert(normalized(serialOrKeyId), key);
}

std::optional<RsaPublicKey> WeChatPlatformKeys::find(QStringView serial) const
{
    const auto it = m_keys.constFind(normalized(serial));
    if (it == m_keys.cend())
        return std::nullopt;
    return *it;
}

WeChatNotificationVerifier::WeChatNotificationVerifier(WeChatPlatformKeys keys, QByteArray apiV3Key, Clock clock)
    : m_keys(std::move(keys)), m_apiV3Key(std::move(apiV3Key)), m_clock(std::move(clock))
{
}

qint64 WeChatNotificationVerifier::now() const
{
    return m_clock ? m_clock() : QDateTime::currentSecsSinceEpoch();
}

Result<QString> WeChatNotificationVerifier::verifySignature(const HttpHeaderList &headers, QByteArrayView body) const
{
    bool hasTs = false, hasNonce = false, hasSig = false, hasSerial = false, hasType = false;
    const QByteArray timestamp = httpHeaderValue(headers, "Wechatpay-Timestamp", &hasTs);
    const QByteArray nonce = httpHeaderValue(headers, "Wechatpay-Nonce", &hasNonce);
    const QByteArray signature = httpHeaderValue(headers, "Wechatpay-Signature", &hasSig);
    const QByteArray serial = httpHeaderValue(headers, "Wechatpay-Serial", &hasSerial);
    const QByteArray type = httpHeaderValue(headers, "Wechatpay-Signature-Type", &hasType);
    if (!hasTs || !hasNonce || !hasSig || !hasSerial || timestamp.isEmpty() || nonce.isEmpty() || signature.isEmpty()
        || serial.isEmpty())
        return Error(QCoreApplication::translate("WeChatNotificationVerifier", "A Wechatpay-Timestamp, -Nonce, -Signature or -Serial header is missing."),
                     u"MISSING_HEADER"_s);
    if (hasType && type != "WECHATPAY2-SHA256-RSA2048")
        return Error(QCoreApplication::translate("WeChatNotificationVerifier", "Unsupported signature type %1.").arg(QString::fromLatin1(type.left(64))),
                     u"BAD_SIGNATURE_TYPE"_s);
    if (!isDigits(timestamp))
        return Error(QCoreApplication::translate("WeChatNotificationVerifier", "The Wechatpay-Timestamp header is not a Unix time."), u"BAD_TIMESTAMP"_s);
    const qint64 skew = qAbs(now() - timestamp.toLongLong());
    if (skew >= MaxSkewSeconds)
        return Error(QCoreApplication::translate("WeChatNotificationVerifier", "The notification is %1 s away from the current time (limit 300 s).").arg(skew),
                     u"STALE_TIMESTAMP"_s);
    const QString serialText = QString::fromLatin1(serial);
    const auto key = m_keys.find(serialText);
    if (!key)
        return Error(QCoreApplication::translate("WeChatNotificationVerifier", "No platform key is configured for serial %1.").arg(serialText.left(64)),
                     u"UNKNOWN_SERIAL"_s);
    if (signature.startsWith("WECHATPAY/SIGNTEST/"))
        return Error(QCoreApplication::translate("WeChatNotificationVerifier", "A WeChat Pay signature probe (WECHATPAY/SIGNTEST/) was rejected."), u"SIGN_PROBE"_s);
    const auto signatureBytes = StrictBase64::decode(signature);
    if (!signatureBytes)
        return Error(QCoreApplication::translate("WeChatNotificationVerifier", "The Wechatpay-Signature header is not Base64."), u"BAD_SIGNATURE"_s);
    QByteArray message;
    message.reserve(timestamp.size() + nonce.size() + body.size() + 3);
    message.append(timestamp).append('\n').append(nonce).append('\n').append(body).append('\n');
    if (!key->verifySha256(message, *signatureBytes))
        return Error(QCoreApplication::translate("WeChatNotificationVerifier", "The signature does not verify with the platform key %1.").arg(serialText.left(64)),
                     u"BAD_SIGNATURE"_s);
    return serialText;
}

Result<WeChatNotification> WeChatNotificationVerifier::verify(const HttpHeaderList &headers, QByteArrayView body) const
{
    const auto serial = verifySignature(headers, body);
    if (!serial)
        return serial.error();

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (!doc.isObject())
        return Error(QCoreApplication::translate("WeChatNotificationVerifier", "The notification body is not a JSON object."), u"MALFORMED"_s);
    const QJsonObject envelope = doc.object();
    const QJsonObject resource = envelope.value(u"resource").toObject();
    WeChatNotification n;
    n.serial = *serial;
    n.id = envelope.value(u"id").toString();
    n.eventType = envelope.value(u"event_type").toString();
    n.createTime = envelope.value(u"create_time").toString();
    n.summary = envelope.value(u"summary").toString();
    n.originalType = resource.value(u"original_type").toString();
    if (resource.isEmpty() || n.eventType.isEmpty())
        return Error(QCoreApplication::translate("WeChatNotificationVerifier", "The notification has no event_type or resource."), u"MALFORMED"_s);
    const QString algorithm = resource.value(u"algorithm").toString();
    if (algorithm != u"AEAD_AES_256_GCM")
        return Error(QCoreApplication::translate("WeChatNotificationVerifier", "Unsupported resource algorithm %1.").arg(algorithm.left(64)), u"UNSUPPORTED_ALGORITHM"_s);
    const auto ciphertext = StrictBase64::decode(resource.value(u"ciphertext").toString().toLatin1());
    const QByteArray nonce = resource.value(u"nonce").toString().toUtf8();
    const QByteArray aad = resource.value(u"associated_data").toString().toUtf8();
    if (!ciphertext || nonce.isEmpty())
        return Error(QCoreApplication::translate("WeChatNotificationVerifier", "The resource ciphertext or nonce is missing or not Base64."), u"MALFORMED"_s);
    const auto plaintext = AesGcm::decrypt(m_apiV3Key, nonce, aad, *ciphertext);
    if (!plaintext)
        return Error(QCoreApplication::translate("WeChatNotificationVerifier", "The resource does not decrypt with the APIv3 key: %1").arg(plaintext.errorMessage()),
                     u"DECRYPT_FAILED"_s);
    n.plaintext = *plaintext;

    if (n.eventType.startsWith(u"REFUND.")) {
        auto refund = parseRefund(n.plaintext);
        if (!refund)
            return refund.error();
        n.refund = std::move(*refund);
    } else {
        auto transaction = parseTransaction(n.plaintext);
        if (!transaction)
            return transaction.error();
        n.transaction = std::move(*transaction);
    }
    return n;
}

Result<WeChatTransaction> WeChatNotificationVerifier::parseTransaction(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return Error(QCoreApplication::translate("WeChatNotificationVerifier", "The transaction is not a JSON object."), u"MALFORMED"_s);
    const QJsonObject o = doc.object();
    WeChatTransaction t;
    t.appid = o.value(u"appid").toString();
    t.mchid = o.value(u"mchid").toString();
    t.outTradeNo = o.value(u"out_trade_no").toString();
    t.transactionId = o.value(u"transaction_id").toString();
    t.tradeType = o.value(u"trade_type").toString();
    t.tradeState = o.value(u"trade_state").toString();
    t.tradeStateDesc = o.value(u"trade_state_desc").toString();
    t.bankType = o.value(u"bank_type").toString();
    t.attach = o.value(u"attach").toString();
    t.successTime = o.value(u"success_time").toString();
    t.payerOpenid = o.value(u"payer").toObject().value(u"openid").toString();
    const QJsonObject amount = o.value(u"amount").toObject();
    t.totalFen = fenValue(amount.value(u"total"));
    t.payerTotalFen = fenValue(amount.value(u"payer_total"));
    t.currency = amount.value(u"currency").toString();
    if (t.mchid.isEmpty() || t.outTradeNo.isEmpty() || t.tradeState.isEmpty())
        return Error(QCoreApplication::translate("WeChatNotificationVerifier", "The transaction lacks mchid, out_trade_no or trade_state."), u"MALFORMED"_s);
    if (t.tradeState == u"SUCCESS" && (t.totalFen < 0 || t.transactionId.isEmpty()))
        return Error(QCoreApplication::translate("WeChatNotificationVerifier", "A paid transaction lacks amount.total or transaction_id."), u"MALFORMED"_s);
    return t;
}

Result<WeChatRefund> WeChatNotificationVerifier::parseRefund(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return Error(QCoreApplication::translate("WeChatNotificationVerifier", "The refund is not a JSON object."), u"MALFORMED"_s);
    const QJsonObject o = doc.object();
    WeChatRefund r;
    r.mchid = o.value(u"mchid").toString();
    r.transactionId = o.value(u"transaction_id").toString();
    r.outTradeNo = o.value(u"out_trade_no").toString();
    r.refundId = o.value(u"refund_id").toString();
    r.outRefundNo = o.value(u"out_refund_no").toString();
    r.refundStatus = o.value(u"refund_status").toString();
    r.successTime = o.value(u"success_time").toString();
    const QJsonObject amount = o.value(u"amount").toObject();
    r.totalFen = fenValue(amount.value(u"total"));
    r.refundFen = fenValue(amount.value(u"refund"));
    if (r.outTradeNo.isEmpty() || r.outRefundNo.isEmpty() || r.refundStatus.isEmpty())
        return Error(QCoreApplication::translate("WeChatNotificationVerifier", "The refund lacks out_trade_no, out_refund_no or refund_status."), u"MALFORMED"_s);
    return r;
}
