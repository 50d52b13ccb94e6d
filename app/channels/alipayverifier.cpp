#include "alipayverifier.h"

#include "alipaysigner.h"
#include "crypto/strictbase64.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

// A minimal JSON scanner that finds where values start and end in the original text.
struct Scanner
{
    QByteArrayView s;
    qsizetype i = 0;

    void skipSpace()
    {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
            ++i;
    }
    bool string(QByteArrayView *out)
    {
        if (i >= s.size() || s[i] != '"')
            return false;
        const qsizetype start = ++i;
        while (i < s.size()) {
            const char c = s[i];
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '"') {
                if (out)
                    *out = s.sliced(start, i - start);
                ++i;
                return true;
            }
            ++i;
        }
        return false;
    }
    bool value(qsizetype *begin, qsizetype *end)
    {
        skipSpace();
        *begin = i;
        if (i >= s.size())
            return false;
        const char c = s[i];
        if (c == '"') {
            if (!string(nullptr))
                return false;
        } else if (c == '{' || c == '[') {
            int depth = 0;
            bool closed = false;
            while (i < s.size()) {
                const char ch = s[i];
                if (ch == '"') {
                    if (!string(nullptr))
                        return false;
                    continue;
                }
                if (ch == '{' || ch == '[') {
                    ++depth;
                } else if (ch == '}' || ch == ']') {
                    if (--depth == 0) {
                        ++i;
                        closed = true;
                        break;
                    }
                }
                ++i;
            }
            if (!closed)
                return false;
        } else {
            while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ' && s[i] != '\n'
                   && s[i] != '\r' && s[i] != '\t')
                ++i;
        }
        *end = i;
        return *end > *begin;
    }
};
} // namespace

QString AlipayNotification::value(QStringView key) const
{
    for (const auto &[k, v] : fields)
        if (k == key)
            return v;
    return {};
}

std::optional<QByteArrayView> AlipayVerifier::rawMember(QByteArrayView json, QByteArrayView name)
{
    Scanner sc{json};
    sc.skipSpace();
    if (sc.i >= json.size() || json[sc.i] != '{')
        return std::nullopt;
    ++sc.i;
    while (true) {
        sc.skipSpace();
        if (sc.i < json.size() && json[sc.i] == '}')
            return std::nullopt;
        QByteArrayView key;
        if (!sc.string(&key))
            return std::nullopt;
        sc.skipSpace();
        if (sc.i >= json.size() || json[sc.i] != ':')
            return std::nullopt;
        ++sc.i;
        qsizetype begin = 0, end = 0;
        if (!sc.value(&begin, &end))
            return std::nullopt;
        if (key == name)
            return json[begin] == '{' ? std::optional(json.sliced(begin, end - begin)) : std::nullopt;
        sc.skipSpace();
        if (sc.i < json.size() && json[sc.i] == ',') {
            ++sc.i;
            continue;
        }
        return std::nullopt;
    }
}

Result<AlipayNotification> AlipayVerifier::verifyNotification(QByteArrayView body) const
{
    const auto fields = FormEncoding::decode(body);
    if (!fields || fields->isEmpty())
        return Error(QCoreApplication::translate("AlipayVerifier", "The notification is not a valid UTF-8 form."), u"MALFORMED"_s);
    AlipayNotification n;
    n.fields = *fields;
    const QString signType = n.value(u"sign_type");
    const QString charset = n.value(u"charset");
    if (!charset.isEmpty() && charset.compare(u"utf-8", Qt::CaseInsensitive) != 0)
        return Error(QCoreApplication::translate("AlipayVerifier", "Unsupported charset %1; configure the Alipay app for UTF-8.").arg(charset.left(32)),
                     u"MALFORMED"_s);
    if (signType.isEmpty() && n.value(u"sign").isEmpty())
        return Error(QCoreApplication::translate("AlipayVerifier", "The body is not an Alipay notification (no sign or sign_type)."), u"MALFORMED"_s);
    if (signType != u"RSA2")
        return Error(QCoreApplication::translate("AlipayVerifier", "Unsupported sign_type %1 (RSA2 expected).").arg(signType.left(32)),
                     u"UNSUPPORTED_ALGORITHM"_s);
    const auto signature = StrictBase64::decode(n.value(u"sign").toLatin1());
    if (!signature)
        return Error(QCoreApplication::translate("AlipayVerifier", "The sign parameter is missing or not Base64."), u"BAD_SIGNATURE"_s);
    if (!m_key.verifySha256(AlipaySigner::signContent(n.fields, false), *signature))
        return Error(QCoreApplication::translate("AlipayVerifier", "The signature does not verify with the Alipay public key."), u"BAD_SIGNATURE"_s);

    n.notifyId = n.value(u"notify_id");
    n.appId = n.value(u"app_id");
    n.sellerId = n.value(u"seller_id");
    n.outTradeNo = n.value(u"out_trade_no");
    n.tradeNo = n.value(u"trade_no");
    n.tradeStatus = n.value(u"trade_status");
    const QString total = n.value(u"total_amount");
    if (!total.isEmpty()) {
        const auto money = Money::parse(total);
        if (!money)
            return Error(QCoreApplication::translate("AlipayVerifier", "total_amount %1 is not an amount.").arg(total.left(32)), u"MALFORMED"_s);
        n.totalAmount = *money;
    }
    if (n.appId.isEmpty() || n.outTradeNo.isEmpty() || n.tradeStatus.isEmpty())
        return Error(QCoreApplication::translate("AlipayVerifier", "The notification lacks app_id, out_trade_no or trade_status."), u"MALFORMED"_s);
    if (n.isPaid() && (!n.totalAmount || n.tradeNo.isEmpty()))
        return Error(QCoreApplication::translate("AlipayVerifier", "A paid notification lacks total_amount or trade_no."), u"MALFORMED"_s);
    return n;
}

Result<QJsonObject> AlipayVerifier::verifyResponse(const QByteArray &raw, const QString &responseNode) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
    if (!doc.isObject())
        return Error(QCoreApplication::translate("AlipayVerifier", "Alipay answered with something that is not JSON."), u"MALFORMED"_s);
    const QJsonObject root = doc.object();
    QString nodeName = responseNode;
    if (!root.contains(nodeName) && root.contains(u"error_response"))
        nodeName = u"error_response"_s;
    const auto rawNode = rawMember(raw, nodeName.toLatin1());
    if (!rawNode)
        return Error(QCoreApplication::translate("AlipayVerifier", "The Alipay response has no %1 node.").arg(responseNode), u"MALFORMED"_s);
    const QJsonObject node = root.value(nodeName).toObject();
    const QString code = node.value(u"code").toString();
    const QString signText = root.value(u"sign").toString();
    const auto businessError = [&] {
        const QString subCode = node.value(u"sub_code").toString();
        const QString message = node.value(u"sub_msg").toString(node.value(u"msg").toString());
        return Error(QCoreApplication::translate("AlipayVerifier", "Alipay refused the call: %1 (%2)").arg(message, subCode.isEmpty() ? code : subCode),
                     subCode.isEmpty() ? code : subCode);
    };
    if (signText.isEmpty()) {
        // Alipay may leave business errors unsigned; success must always be signed.
        if (code != u"10000" && !code.isEmpty())
            return businessError();
        return Error(QCoreApplication::translate("AlipayVerifier", "The Alipay response is not signed."), u"BAD_SIGNATURE"_s);
    }
    const auto signature = StrictBase64::decode(signText.toLatin1());
    if (!signature || !m_key.verifySha256(*rawNode, *signature))
        return Error(QCoreApplication::translate("AlipayVerifier", "The Alipay response signature does not verify."), u"BAD_SIGNATURE"_s);
    if (code != u"10000")
        return businessError();
    return node;
}
