#include "wechatpayv2.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace WeChatPayV2 {

QByteArray sign(const QMap<QString, QString> &params, const QByteArray &apiKey, SignType type)
{
    QByteArray text;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (it.key() == u"sign" || it.value().isEmpty())
            continue;
        text += it.key().toUtf8() + '=' + it.value().toUtf8() + '&';
    }
    text += "key=" + apiKey;
    const QByteArray digest = type == SignType::Md5
        ? QCryptographicHash::hash(text, QCryptographicHash::Md5)
        : QMessageAuthenticationCode::hash(text, apiKey, QCryptographicHash::Sha256);
    return digest.toHex().toUpper();
}

Result<QMap<QString, QString>> verifyNotification(const QByteArray &xml, const QByteArray &apiKey)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("WeChatPayV2", text); };
    QXmlStreamReader reader(xml);
    QMap<QString, QString> fields;
    int depth = 0;
    QString current;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference)
            return Error(tr("The XML declares a DTD or entities; refused."), u"MALFORMED"_s);
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 1 && reader.name() != u"xml")
                return Error(tr("The root element is not <xml>."), u"MALFORMED"_s);
            if (depth == 2) {
                current = reader.name().toString();
                if (fields.contains(current))
                    return Error(tr("A field occurs twice."), u"MALFORMED"_s);
                fields.insert(current, QString());
            }
            if (depth > 2)
                return Error(tr("Nested elements are not expected."), u"MALFORMED"_s);
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        } else if (token == QXmlStreamReader::Characters && depth == 2) {
            fields[current] += reader.text().toString();
        }
    }
    if (reader.hasError() || fields.isEmpty())
        return Error(tr("The body is not WeChat Pay v2 XML."), u"MALFORMED"_s);
    if (fields.value(u"return_code"_s) != u"SUCCESS")
        return Error(tr("return_code is not SUCCESS."), u"MALFORMED"_s);
    const QString type = fields.value(u"sign_type"_s, u"MD5"_s);
    const SignType signType = type == u"HMAC-SHA256" ? SignType::HmacSha256 : SignType::Md5;
    if (type != u"MD5" && type != u"HMAC-SHA256")
        return Error(tr("Unsupported sign_type."), u"BAD_SIGNATURE"_s);
    const QByteArray expected = sign(fields, apiKey, signType);
    const QByteArray given = fields.value(u"sign"_s).toLatin1();
    // Constant-time comparison.
    bool equal = expected.size() == given.size();
    unsigned char diff = 0;
    for (qsizetype i = 0; equal && i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(expected[i] ^ given[i]);
    if (!equal || diff != 0)
        return Error(tr("The v2 sign does not match."), u"BAD_SIGNATURE"_s);
    return fields;
}

QByteArray toXml(const QMap<QString, QString> &params)
{
    QByteArray out = "<xml>";
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        QString value = it.value();
        value.replace(u"]]>"_s, u"]]]]><![CDATA[>"_s);
        out += '<' + it.key().toUtf8() + "><![CDATA[" + value.toUtf8() + "]]></" + it.key().toUtf8() + '>';
    }
    return out + "</xml>";
}

QByteArray successReply()
{
    return "<xml><return_code><![CDATA[SUCCESS]]></return_code><return_msg><![CDATA[OK]]></return_msg></xml>";
}

QByteArray failReply(const QString &message)
{
    return toXml({{u"return_code"_s, u"FAIL"_s}, {u"return_msg"_s, message}});
}

} // namespace WeChatPayV2
