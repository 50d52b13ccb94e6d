#pragma once

// Test helper: genuine-looking WeChat Pay v3 and Alipay notifications, signed with keys the
// test owns, and variants of them for every rejection the listener must make.

#include "channels/httpheaders.h"
#include "crypto/aesgcm.h"
#include "crypto/rsaprivatekey.h"
#include "crypto/securerandom.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <algorithm>

struct WeChatTestMerchant
{
    QString mchid = QStringLiteral("1900000109");
    QString appid = QStringLiteral("wxd678efh567hg6787");
    QString platformSerial = QStringLiteral("PUB_KEY_ID_0119000001092025010100000000000001");
    QByteArray apiV3Key = QByteArrayLiteral("a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb");
    RsaPrivateKey platformKey; // WeChat's side: signs notifications
};

struct WeChatTransactionSpec
{
    QString outTradeNo;
    qint64 totalFen = 0;
    QString tradeState = QStringLiteral("SUCCESS");
    QString appid;  // empty: the merchant's
    QString mchid;  // empty: the merchant's
    QString transactionId = QStringLiteral("4200000000202601301234567890");
};

struct WeChatNotifyOptions
{
    qint64 timestamp = 0;          // 0: now
    QByteArray associatedData = QByteArrayLiteral("transaction");
    QByteArray decryptAad;         // non-empty: the envelope claims this AAD instead (wrong AAD)
    QString algorithm = QStringLiteral("AEAD_AES_256_GCM");
    QString eventType = QStringLiteral("TRANSACTION.SUCCESS");
    QString serial;                // empty: the merchant's platform serial
    RsaPrivateKey signingKey;      // null: the platform key
    QByteArray encryptKey;         // empty: the merchant's APIv3 key
    bool probe = false;            // WECHATPAY/SIGNTEST/ signature
    bool flipCiphertext = false;   // before signing: reaches GCM authentication
    bool flipTag = false;
};

struct TestHttpRequest
{
    HttpHeaderList headers;
    QByteArray body;
};

inline QByteArray weChatTransactionJson(const WeChatTestMerchant &m, const WeChatTransactionSpec &t)
{
    const QJsonObject o{
        {QStringLiteral("appid"), t.appid.isEmpty() ? m.appid : t.appid},
        {QStringLiteral("mchid"), t.mchid.isEmpty() ? m.mchid : t.mchid},
        {QStringLiteral("out_trade_no"), t.outTradeNo},
        {QStringLiteral("transaction_id"), t.transactionId},
        {QStringLiteral("trade_type"), QStringLiteral("JSAPI")},
        {QStringLiteral("trade_state"), t.tradeState},
        {QStringLiteral("trade_state_desc"), QStringLiteral("支付成功")},
        {QStringLiteral("bank_type"), QStringLiteral("CMC")},
        {QStringLiteral("attach"), QStringLiteral("marketing_chat")},
        {QStringLiteral("success_time"), QStringLiteral("2026-01-30T12:34:56+08:00")},
        {QStringLiteral("payer"), QJsonObject{{QStringLiteral("openid"), QStringLiteral("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")}}},
        {QStringLiteral("amount"), QJsonObject{{QStringLiteral("total"), t.totalFen},
                                               {QStringLiteral("payer_total"), t.totalFen},
                                               {QStringLiteral("currency"), QStringLiteral("CNY")},
                                               {QStringLiteral("payer_currency"), QStringLiteral("CNY")}}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline TestHttpRequest signWeChatBody(const WeChatTestMerchant &m, const QByteArray &body, const WeChatNotifyOptions &o)
{
    const qint64 ts = o.timestamp ? o.timestamp : QDateTime::currentSecsSinceEpoch();
    const QByteArray nonce = SecureRandom::nonceString(32).toLatin1();
    const QByteArray message = QByteArray::number(ts) + '\n' + nonce + '\n' + body + '\n';
    const RsaPrivateKey &key = o.signingKey.isNull() ? m.platformKey : o.signingKey;
    QByteArray signature = o.probe ? QByteArrayLiteral("WECHATPAY/SIGNTEST/") + SecureRandom::nonceString(40).toLatin1()
                                   : key.signSha256(message).value().toBase64();
    TestHttpRequest r;
    r.body = body;
    r.headers = {{"Content-Type", "application/json"},
                 {"Wechatpay-Timestamp", QByteArray::number(ts)},
                 {"Wechatpay-Nonce", nonce},
                 {"Wechatpay-Signature", signature},
                 {"Wechatpay-Serial", (o.serial.isEmpty() ? m.platformSerial : o.serial).toLatin1()},
                 {"Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048"},
                 {"Request-ID", SecureRandom::nonceString(16).toLatin1()}};
    return r;
}

inline QByteArray weChatEnvelope(const WeChatTestMerchant &m, const QByteArray &plaintext, const WeChatNotifyOptions &o)
{
    const QByteArray gcmNonce = SecureRandom::nonceString(12).toLatin1();
    QByteArray ciphertext = AesGcm::encrypt(o.encryptKey.isEmpty() ? m.apiV3Key : o.encryptKey, gcmNonce,
                                            o.associatedData, plaintext).value();
    if (o.flipCiphertext)
        ciphertext[0] = char(ciphertext[0] ^ 0x01);
    if (o.flipTag)
        ciphertext[ciphertext.size() - 1] = char(ciphertext[ciphertext.size() - 1] ^ 0x01);
    const QJsonObject resource{{QStringLiteral("original_type"), QStringLiteral("transaction")},
                               {QStringLiteral("algorithm"), o.algorithm},
                               {QStringLiteral("ciphertext"), QString::fromLatin1(ciphertext.toBase64())},
                               {QStringLiteral("associated_data"),
                                QString::fromLatin1(o.decryptAad.isEmpty() ? o.associatedData : o.decryptAad)},
                               {QStringLiteral("nonce"), QString::fromLatin1(gcmNonce)}};
    const QJsonObject envelope{{QStringLiteral("id"), QStringLiteral("EV-2018022511223320873")},
                               {QStringLiteral("create_time"), QStringLiteral("2026-01-30T12:34:56+08:00")},
                               {QStringLiteral("resource_type"), QStringLiteral("encrypt-resource")},
                               {QStringLiteral("event_type"), o.eventType},
                               {QStringLiteral("summary"), QStringLiteral("支付成功")},
                               {QStringLiteral("resource"), resource}};
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

inline TestHttpRequest makeWeChatNotification(const WeChatTestMerchant &m, const WeChatTransactionSpec &t,
                                              const WeChatNotifyOptions &o = {})
{
    return signWeChatBody(m, weChatEnvelope(m, weChatTransactionJson(m, t), o), o);
}

// Alipay: fields signed with the test's "Alipay" key, form-encoded the way Alipay does it
// (space as '+', everything else outside [A-Za-z0-9*-._] as %XX).
struct AlipayTestMerchant
{
    QString appId = QStringLiteral("2021000000000001");
    QString sellerId = QStringLiteral("2088000000000001");
    RsaPrivateKey alipayKey; // Alipay's side: signs notifications and responses
};

inline QByteArray alipayFormEncode(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '*' || u == '-'
            || u == '.' || u == '_')
            out += c;
        else if (u == ' ')
            out += '+';
        else
            out += '%' + QByteArray::number(u, 16).toUpper().rightJustified(2, '0');
    }
    return out;
}

inline QList<QPair<QString, QString>> alipayPaidFields(const AlipayTestMerchant &m, const QString &outTradeNo,
                                                       const QString &totalAmount,
                                                       const QString &tradeStatus = QStringLiteral("TRADE_SUCCESS"))
{
    return {{QStringLiteral("gmt_create"), QStringLiteral("2026-01-30 12:34:50")},
            {QStringLiteral("charset"), QStringLiteral("utf-8")},
            {QStringLiteral("seller_email"), QStringLiteral("shop+pay@example.com")},
            {QStringLiteral("subject"), QStringLiteral("营销聊天诚意金 A+B 1/2")},
            {QStringLiteral("buyer_id"), QStringLiteral("2088102122524333")},
            {QStringLiteral("invoice_amount"), totalAmount},
            {QStringLiteral("notify_id"), QStringLiteral("2026013000222123456789012345678901")},
            {QStringLiteral("fund_bill_list"), QStringLiteral("[{\"amount\":\"%1\",\"fundChannel\":\"ALIPAYACCOUNT\"}]").arg(totalAmount)},
            {QStringLiteral("notify_type"), QStringLiteral("trade_status_sync")},
            {QStringLiteral("trade_status"), tradeStatus},
            {QStringLiteral("receipt_amount"), totalAmount},
            {QStringLiteral("app_id"), m.appId},
            {QStringLiteral("buyer_pay_amount"), totalAmount},
            {QStringLiteral("sign_type"), QStringLiteral("RSA2")},
            {QStringLiteral("seller_id"), m.sellerId},
            {QStringLiteral("gmt_payment"), QStringLiteral("2026-01-30 12:34:56")},
            {QStringLiteral("notify_time"), QStringLiteral("2026-01-30 12:34:57")},
            {QStringLiteral("passback_params"), QStringLiteral("marketing_chat")},
            {QStringLiteral("version"), QStringLiteral("1.0")},
            {QStringLiteral("out_trade_no"), outTradeNo},
            {QStringLiteral("total_amount"), totalAmount},
            {QStringLiteral("trade_no"), QStringLiteral("2026013022001400000000000001")},
            {QStringLiteral("auth_app_id"), m.appId},
            {QStringLiteral("buyer_logon_id"), QStringLiteral("159****5620")},
            {QStringLiteral("point_amount"), QStringLiteral("0.00")}};
}

// Signs independently of the product's AlipaySigner: sorted, without sign and sign_type.
inline QByteArray alipaySignedBody(const RsaPrivateKey &key, QList<QPair<QString, QString>> fields)
{
    auto sorted = fields;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray content;
    for (const auto &[k, v] : sorted) {
        if (k == u"sign" || k == u"sign_type" || v.isEmpty())
            continue;
        if (!content.isEmpty())
            content += '&';
        content += k.toUtf8() + '=' + v.toUtf8();
    }
    fields.append({QStringLiteral("sign"), QString::fromLatin1(key.signSha256(content).value().toBase64())});
    QByteArray body;
    for (const auto &[k, v] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += alipayFormEncode(k) + '=' + alipayFormEncode(v);
    }
    return body;
}
