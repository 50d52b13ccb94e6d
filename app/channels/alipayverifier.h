#pragma once

#include "crypto/rsapublickey.h"
#include "formencoding.h"
#include "orders/money.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// A verified Alipay asynchronous notification.
struct AlipayNotification
{
    FormEncoding::Fields fields;
    QString notifyId;
    QString appId;
    QString sellerId;
    QString outTradeNo;
    QString tradeNo;
    QString tradeStatus;
    std::optional<Money> totalAmount;

    QString value(QStringView key) const;
    // TRADE_SUCCESS and TRADE_FINISHED mean paid.
    bool isPaid() const { return tradeStatus == u"TRADE_SUCCESS" || tradeStatus == u"TRADE_FINISHED"; }
};

// Verifies what Alipay sends with its RSA2 public key. Thread-safe (const).
//
// Notifications: form-decoded strictly, sign_type must be RSA2, charset utf-8, sign Base64;
// the content is every parameter but sign and sign_type, sorted, "k=v&…" over the decoded
// values. Error codes: MALFORMED, UNSUPPORTED_ALGORITHM, BAD_SIGNATURE.
//
// Responses: the signed content is the raw text of the "<method>_response" node, from its
// '{' to the matching '}', never re-serialized. Business errors (code ≠ 10000) come back
// as Errors whose code is the sub_code (ACQ.TRADE_NOT_EXIST) or the code.
class AlipayVerifier
{
public:
    AlipayVerifier() = default;
    explicit AlipayVerifier(RsaPublicKey alipayPublicKey) : m_key(std::move(alipayPublicKey)) {}

    bool isValid() const { return !m_key.isNull(); }

    Result<AlipayNotification> verifyNotification(QByteArrayView body) const;
    Result<QJsonObject> verifyResponse(const QByteArray &raw, const QString &responseNode) const;

    // The raw substring of a top-level member's value (an object), or nullopt.
    static std::optional<QByteArrayView> rawMember(QByteArrayView json, QByteArrayView name);

private:
    RsaPublicKey m_key;
};
