#include "wechatpayv3signer.h"

#include "crypto/securerandom.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

WeChatPayV3Signer::WeChatPayV3Signer(QString mchid, QString certificateSerial, RsaPrivateKey key)
    : m_mchid(std::move(mchid)), m_serial(std::move(certificateSerial)), m_key(std::move(key))
{
}

QByteArray WeChatPayV3Signer::message(QByteArrayView method, QByteArrayView canonicalUrl, qint64 timestamp,
                                      QByteArrayView nonce, QByteArrayView body)
{
    QByteArray m;
    m.reserve(method.size() + canonicalUrl.size() + nonce.size() + body.size() + 20);
    m.append(method).append('\n').append(canonicalUrl).append('\n').append(QByteArray::number(timestamp)).append('\n');
    m.append(nonce).append('\n').append(body).append('\n');
    return m;
}

Result<QByteArray> WeChatPayV3Signer::authorization(QByteArrayView method, QByteArrayView canonicalUrl,
                                                    QByteArrayView body, qint64 timestamp, const QString &nonce) const
{
    const QByteArray nonceBytes = nonce.toLatin1();
    const auto signature = m_key.signSha256(message(method, canonicalUrl, timestamp, nonceBytes, body));
    if (!signature)
        return signature.error();
    QByteArray header = QByteArray(Schema.data(), Schema.size());
    header += " mchid=\"" + m_mchid.toLatin1() + "\",nonce_str=\"" + nonceBytes + "\",timestamp=\""
        + QByteArray::number(timestamp) + "\",serial_no=\"" + m_serial.toLatin1() + "\",signature=\""
        + signature->toBase64() + '"';
    return header;
}

Result<QByteArray> WeChatPayV3Signer::authorization(QByteArrayView method, QByteArrayView canonicalUrl,
                                                    QByteArrayView body) const
{
    return authorization(method, canonicalUrl, body, QDateTime::currentSecsSinceEpoch(), SecureRandom::nonceString());
}

Result<WeChatJsapiPayParams> WeChatPayV3Signer::jsapiPayParams(const QString &appId, const QString &prepayId,
                                                               qint64 timestamp, const QString &nonce) const
{
    WeChatJsapiPayParams p;
    p.appId = appId;
    p.timeStamp = QString::number(timestamp);
    p.nonceStr = nonce;
    p.package = u"prepay_id="_s + prepayId;
    p.signType = u"RSA"_s;
    const QByteArray text = (p.appId + u'\n' + p.timeStamp + u'\n' + p.nonceStr + u'\n' + p.package + u'\n').toUtf8();
    const auto signature = m_key.signSha256(text);
    if (!signature)
        return signature.error();
    p.paySign = QString::fromLatin1(signature->toBase64());
    return p;
}

Result<WeChatJsapiPayParams> WeChatPayV3Signer::jsapiPayParams(const QString &appId, const QString &prepayId) const
{
    return jsapiPayParams(appId, prepayId, QDateTime::currentSecsSinceEpoch(), SecureRandom::nonceString());
}

std::optional<WeChatPayV3Signer::ParsedAuthorization> WeChatPayV3Signer::parseAuthorization(QByteArrayView header)
{
    const QString text = QString::fromLatin1(header.data(), header.size()).trimmed();
    const qsizetype space = text.indexOf(u' ');
    if (space <= 0)
        return std::nullopt;
    ParsedAuthorization out;
    out.schema = text.left(space);
    static const QRegularExpression pair(u"\\s*([a-z_]+)=\"([^\"]*)\"\\s*(,|$)"_s);
    qsizetype pos = space + 1;
    while (pos < text.size()) {
        const auto m = pair.match(text, pos, QRegularExpression::NormalMatch,
                                  QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch() || out.parameters.contains(m.captured(1)))
            return std::nullopt;
        out.parameters.insert(m.captured(1), m.captured(2));
        pos = m.capturedEnd(0);
    }
    return out;
}
