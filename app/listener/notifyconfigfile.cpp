#include "notifyconfigfile.h"

#include "channels/channelconfig.h"
#include "crypto/rsapublickey.h"
#include "crypto/x509certificate.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

Result<QByteArray> readPublicFile(const QString &path, const QString &field)
{
    if (path.isEmpty())
        return Error(QCoreApplication::translate("NotifyConfigFile", "%1 is empty; give the path of the PEM file.").arg(field));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate("NotifyConfigFile", "Cannot read %1 (%2): %3.").arg(path, field, file.errorString()), u"FILE"_s);
    return file.read(1024 * 1024);
}

// A secret from "<name>_file" or "<name>_env" (or the default environment variable).
Result<QByteArray> secretFrom(const QJsonObject &o, const QString &name, const QString &defaultEnv, bool required)
{
    const QString file = o.value(name + u"_file"_s).toString();
    if (!file.isEmpty())
        return readSecretFile(file);
    const QString env = o.value(name + u"_env"_s).toString(defaultEnv);
    const QByteArray value = qgetenv(env.toLocal8Bit().constData()).trimmed();
    if (value.isEmpty() && required)
        return Error(QCoreApplication::translate("NotifyConfigFile", "No %1: set %1_file to a key file or export %2.").arg(name, env), u"MISSING_SECRET"_s);
    return value;
}
} // namespace

Result<QByteArray> readSecretFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(QCoreApplication::translate("NotifyConfigFile", "The key file %1 does not exist.").arg(path), u"FILE"_s);
    const auto open = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (info.permissions() & open)
        return Error(QCoreApplication::translate("NotifyConfigFile", "The key file %1 is accessible to other users; run: chmod 600 %1").arg(path),
                     u"FILE_PERMISSIONS"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate("NotifyConfigFile", "Cannot read the key file %1: %2.").arg(path, file.errorString()), u"FILE"_s);
    return file.read(1024 * 1024).trimmed();
}

Result<ListenAddress> ListenAddress::parse(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return Error(QCoreApplication::translate("NotifyConfigFile", "--listen needs HOST:PORT, such as 127.0.0.1:8787 (got \"%1\").").arg(text), u"USAGE"_s);
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    ListenAddress out;
    if (!ok || port > 65535 || !out.address.setAddress(host))
        return Error(QCoreApplication::translate("NotifyConfigFile", "--listen needs an IP address and a port 0-65535, such as 127.0.0.1:8787 (got \"%1\").")
                         .arg(text),
                     u"USAGE"_s);
    out.port = quint16(port);
    return out;
}

Result<NotifyConfigFile> NotifyConfigFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate("NotifyConfigFile", "Cannot read the configuration file %1: %2.").arg(path, file.errorString()), u"FILE"_s);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1024 * 1024), &parseError);
    if (!doc.isObject())
        return Error(QCoreApplication::translate("NotifyConfigFile", "%1 is not a JSON object: %2 at offset %3.")
                         .arg(path, parseError.errorString())
                         .arg(parseError.offset),
                     u"CONFIG"_s);
    const QJsonObject root = doc.object();
    NotifyConfigFile out;
    out.listen = root.value(u"listen"_s).toString();

    const QJsonObject wechat = root.value(u"wechat"_s).toObject();
    if (!wechat.isEmpty()) {
        auto &w = out.config.wechat;
        w.mchid = wechat.value(u"mchid"_s).toString();
        if (w.mchid.isEmpty())
            return Error(QCoreApplication::translate("NotifyConfigFile", "wechat.mchid is missing in %1.").arg(path), u"CONFIG"_s);
        for (const QJsonValue &v : wechat.value(u"appids"_s).toArray())
            w.appids.append(v.toString());
        const auto apiV3Key = secretFrom(wechat, u"apiv3_key"_s, u"MCPAY_WECHAT_APIV3_KEY"_s, true);
        if (!apiV3Key)
            return apiV3Key.error();
        if (apiV3Key->size() != 32)
            return Error(QCoreApplication::translate("NotifyConfigFile", "The WeChat Pay APIv3 key must be 32 characters (it has %1); copy it again from the "
                            "merchant platform.")
                             .arg(apiV3Key->size()),
                         u"CONFIG"_s);
        w.apiV3Key = *apiV3Key;
        for (const QJsonValue &v : wechat.value(u"platform_certificates"_s).toArray()) {
            const auto pem = readPublicFile(v.toString(), u"wechat.platform_certificates"_s);
            if (!pem)
                return pem.error();
            const auto cert = X509Certificate::fromPem(*pem);
            if (!cert)
                return Error(QCoreApplication::translate("NotifyConfigFile", "%1: %2").arg(v.toString(), cert.errorMessage()), u"CONFIG"_s);
            w.platformKeys.addCertificate(*cert);
        }
        for (const QJsonValue &v : wechat.value(u"platform_public_keys"_s).toArray()) {
            const QJsonObject entry = v.toObject();
            const QString id = entry.value(u"id"_s).toString();
            if (!id.startsWith(u"PUB_KEY_ID_"))
                return Error(QCoreApplication::translate("NotifyConfigFile", "wechat.platform_public_keys[].id must be the PUB_KEY_ID_… shown on the merchant "
                                "platform (got \"%1\").")
                                 .arg(id),
                             u"CONFIG"_s);
            const auto pem = readPublicFile(entry.value(u"file"_s).toString(), u"wechat.platform_public_keys[].file"_s);
            if (!pem)
                return pem.error();
            const auto key = RsaPublicKey::fromPem(*pem);
            if (!key)
                return Error(QCoreApplication::translate("NotifyConfigFile", "%1: %2").arg(entry.value(u"file"_s).toString(), key.errorMessage()), u"CONFIG"_s);
            w.platformKeys.addPublicKey(id, *key);
        }
        if (w.platformKeys.isEmpty())
            return Error(QCoreApplication::translate("NotifyConfigFile", "WeChat Pay needs wechat.platform_certificates or wechat.platform_public_keys in %1.")
                             .arg(path),
                         u"CONFIG"_s);
        w.legacyV2 = wechat.value(u"legacy_v2"_s).toBool(false);
        if (w.legacyV2) {
            const auto v2 = secretFrom(wechat, u"v2_key"_s, u"MCPAY_WECHAT_V2_KEY"_s, true);
            if (!v2)
                return v2.error();
            w.v2ApiKey = *v2;
        }
    }

    const QJsonObject alipay = root.value(u"alipay"_s).toObject();
    if (!alipay.isEmpty()) {
        auto &a = out.config.alipay;
        a.appId = alipay.value(u"app_id"_s).toString();
        a.sellerId = alipay.value(u"seller_id"_s).toString();
        if (a.appId.isEmpty())
            return Error(QCoreApplication::translate("NotifyConfigFile", "alipay.app_id is missing in %1.").arg(path), u"CONFIG"_s);
        const QString keyFile = alipay.value(u"alipay_public_key_file"_s).toString();
        const auto pem = readPublicFile(keyFile, u"alipay.alipay_public_key_file"_s);
        if (!pem)
            return pem.error();
        const auto key = RsaPublicKey::fromPem(*pem);
        if (!key)
            return Error(QCoreApplication::translate("NotifyConfigFile", "%1: %2").arg(keyFile, key.errorMessage()), u"CONFIG"_s);
        a.alipayPublicKey = *key;
    }

    if (!out.config.wechat.isConfigured() && !out.config.alipay.isConfigured())
        return Error(QCoreApplication::translate("NotifyConfigFile", "%1 configures neither \"wechat\" nor \"alipay\"; see docs/serve.md.").arg(path), u"CONFIG"_s);
    return out;
}

Result<NotifyConfig> notifyConfigFromChannels(const ChannelConfig &channels, const QByteArray &weChatApiV3Key,
                                              const QByteArray &weChatV2Key, const QByteArray &alipayPublicKey)
{
    NotifyConfig c;
    c.wechat.mchid = channels.wechat.mchid;
    c.wechat.appids = channels.wechat.appids();
    c.wechat.apiV3Key = weChatApiV3Key;
    c.wechat.legacyV2 = channels.wechat.legacyV2;
    c.wechat.v2ApiKey = weChatV2Key;
    const QByteArray &platform = channels.wechat.platformPublicKeyPem;
    if (!platform.isEmpty()) {
        if (platform.contains("CERTIFICATE")) {
            const auto cert = X509Certificate::fromPem(platform);
            if (!cert)
                return Error(QCoreApplication::translate("NotifyConfigFile", "The WeChat Pay platform certificate: %1").arg(cert.errorMessage()), u"CONFIG"_s);
            c.wechat.platformKeys.addCertificate(*cert);
        } else {
            const auto key = RsaPublicKey::fromPem(platform);
            if (!key)
                return Error(QCoreApplication::translate("NotifyConfigFile", "The WeChat Pay platform public key: %1").arg(key.errorMessage()), u"CONFIG"_s);
            if (channels.wechat.platformKeyId.isEmpty())
                return Error(QCoreApplication::translate("NotifyConfigFile", "Enter the WeChat Pay public key id (PUB_KEY_ID_…) that goes with the platform key."),
                             u"CONFIG"_s);
            c.wechat.platformKeys.addPublicKey(channels.wechat.platformKeyId, *key);
        }
    }
    c.alipay.appId = channels.alipay.appId;
    c.alipay.sellerId = channels.alipay.sellerId;
    if (!alipayPublicKey.isEmpty()) {
        const auto key = RsaPublicKey::fromPem(alipayPublicKey);
        if (!key)
            return Error(QCoreApplication::translate("NotifyConfigFile", "The Alipay public key: %1").arg(key.errorMessage()), u"CONFIG"_s);
        c.alipay.alipayPublicKey = *key;
    }
    return c;
}
