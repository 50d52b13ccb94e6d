#include "channelconfig.h"

#include "core/settings.h"
#include "crypto/rsapublickey.h"
#include "crypto/x509certificate.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

QStringList ChannelConfig::WeChat::appids() const
{
    QStringList out;
    for (const QString &id : {miniProgramAppid, officialAccountAppid})
        if (!id.isEmpty() && !out.contains(id))
            out << id;
    return out;
}

ChannelConfig ChannelConfig::load(const Settings &settings)
{
    ChannelConfig c;
    const auto v = [&settings](const QString &key) { return settings.value(u"channels/"_s + key).toString(); };
    c.wechat.mchid = v(u"wechat/mchid"_s);
    c.wechat.miniProgramAppid = v(u"wechat/miniProgramAppid"_s);
    c.wechat.officialAccountAppid = v(u"wechat/officialAccountAppid"_s);
    c.wechat.merchantCertificateSerial = v(u"wechat/merchantCertificateSerial"_s);
    c.wechat.platformKeyId = v(u"wechat/platformKeyId"_s);
    c.wechat.platformPublicKeyPem = settings.value(u"channels/wechat/platformPublicKeyPem"_s).toByteArray();
    c.wechat.notifyBaseUrl = v(u"wechat/notifyBaseUrl"_s);
    if (const QString api = v(u"wechat/apiBaseUrl"_s); !api.isEmpty())
        c.wechat.apiBaseUrl = QUrl(api);
    c.wechat.legacyV2 = settings.value(u"channels/wechat/legacyV2"_s, false).toBool();
    c.alipay.appId = v(u"alipay/appId"_s);
    c.alipay.sellerId = v(u"alipay/sellerId"_s);
    c.alipay.notifyBaseUrl = v(u"alipay/notifyBaseUrl"_s);
    if (const QString gateway = v(u"alipay/gateway"_s); !gateway.isEmpty())
        c.alipay.gateway = QUrl(gateway);
    return c;
}

void ChannelConfig::save(Settings &settings) const
{
    const auto set = [&settings](const QString &key, const QVariant &value) { settings.setValue(u"channels/"_s + key, value); };
    set(u"wechat/mchid"_s, wechat.mchid);
    set(u"wechat/miniProgramAppid"_s, wechat.miniProgramAppid);
    set(u"wechat/officialAccountAppid"_s, wechat.officialAccountAppid);
    set(u"wechat/merchantCertificateSerial"_s, wechat.merchantCertificateSerial);
    set(u"wechat/platformKeyId"_s, wechat.platformKeyId);
    set(u"wechat/platformPublicKeyPem"_s, wechat.platformPublicKeyPem);
    set(u"wechat/notifyBaseUrl"_s, wechat.notifyBaseUrl);
    set(u"wechat/apiBaseUrl"_s, wechat.apiBaseUrl.toString());
    set(u"wechat/legacyV2"_s, wechat.legacyV2);
    set(u"alipay/appId"_s, alipay.appId);
    set(u"alipay/sellerId"_s, alipay.sellerId);
    set(u"alipay/notifyBaseUrl"_s, alipay.notifyBaseUrl);
    set(u"alipay/gateway"_s, alipay.gateway.toString());
    settings.sync();
}

bool ChannelConfig::operator==(const ChannelConfig &o) const
{
    return wechat.mchid == o.wechat.mchid && wechat.miniProgramAppid == o.wechat.miniProgramAppid
        && wechat.officialAccountAppid == o.wechat.officialAccountAppid
        && wechat.merchantCertificateSerial == o.wechat.merchantCertificateSerial
        && wechat.platformKeyId == o.wechat.platformKeyId && wechat.platformPublicKeyPem == o.wechat.platformPublicKeyPem
        && wechat.notifyBaseUrl == o.wechat.notifyBaseUrl && wechat.apiBaseUrl == o.wechat.apiBaseUrl
        && wechat.legacyV2 == o.wechat.legacyV2 && alipay.appId == o.alipay.appId && alipay.sellerId == o.alipay.sellerId
        && alipay.notifyBaseUrl == o.alipay.notifyBaseUrl && alipay.gateway == o.alipay.gateway;
}

QJsonObject ChannelConfig::changesFrom(const ChannelConfig &before) const
{
    const auto keyText = [](const QByteArray &pem) {
        if (pem.isEmpty())
            return QString();
        const auto key = RsaPublicKey::fromPem(pem);
        return key ? key->fingerprint() : QStringLiteral("(unreadable)");
    };
    const QList<std::tuple<QString, QString, QString>> fields{
        {u"wechat.mchid"_s, before.wechat.mchid, wechat.mchid},
        {u"wechat.mini_program_appid"_s, before.wechat.miniProgramAppid, wechat.miniProgramAppid},
        {u"wechat.official_account_appid"_s, before.wechat.officialAccountAppid, wechat.officialAccountAppid},
        {u"wechat.merchant_certificate_serial"_s, before.wechat.merchantCertificateSerial, wechat.merchantCertificateSerial},
        {u"wechat.platform_key_id"_s, before.wechat.platformKeyId, wechat.platformKeyId},
        {u"wechat.platform_public_key"_s, keyText(before.wechat.platformPublicKeyPem), keyText(wechat.platformPublicKeyPem)},
        {u"wechat.notify_base_url"_s, before.wechat.notifyBaseUrl, wechat.notifyBaseUrl},
        {u"wechat.api_base_url"_s, before.wechat.apiBaseUrl.toString(), wechat.apiBaseUrl.toString()},
        {u"wechat.legacy_v2"_s, before.wechat.legacyV2 ? u"true"_s : u"false"_s, wechat.legacyV2 ? u"true"_s : u"false"_s},
        {u"alipay.app_id"_s, before.alipay.appId, alipay.appId},
        {u"alipay.seller_id"_s, before.alipay.sellerId, alipay.sellerId},
        {u"alipay.notify_base_url"_s, before.alipay.notifyBaseUrl, alipay.notifyBaseUrl},
        {u"alipay.gateway"_s, before.alipay.gateway.toString(), alipay.gateway.toString()},
    };
    QJsonObject changes;
    for (const auto &[name, from, to] : fields)
        if (from != to)
            changes.insert(name, QJsonObject{{u"from"_s, from}, {u"to"_s, to}});
    return changes;
}

Result<LikeadminPayConfig> LikeadminPayConfig::read(const Database &database)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT pay_way, config FROM "_s + database.table(u"dev_pay_config") + u" ORDER BY id"_s))
        return Error(QCoreApplication::translate("LikeadminPayConfig",
                                                 "This database has no %1 table: it is not a likeadmin deployment.")
                         .arg(database.table(u"dev_pay_config")),
                     u"NO_TABLE"_s);
    LikeadminPayConfig out;
    while (q.next()) {
        const int payWay = q.value(0).toInt();
        const QJsonObject c = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        if (payWay == 1) {
            out.hasWeChat = true;
            out.ids.wechat.mchid = c.value(u"mch_id"_s).toString();
            out.weChatApiV3Key = c.value(u"pay_sign_key"_s).toString().toUtf8();
            out.weChatPrivateKey = c.value(u"apiclient_key"_s).toString().toUtf8();
            const auto cert = X509Certificate::fromPem(c.value(u"apiclient_cert"_s).toString().toUtf8());
            if (cert)
                out.ids.wechat.merchantCertificateSerial = cert->serialHex();
            out.ids.wechat.legacyV2 = c.value(u"interface_version"_s).toString() == u"v2";
        } else if (payWay == 2) {
            out.hasAlipay = true;
            out.ids.alipay.appId = c.value(u"app_id"_s).toString();
            out.alipayPrivateKey = c.value(u"private_key"_s).toString().toUtf8();
            out.alipayPublicKey = c.value(u"ali_public_key"_s).toString().toUtf8();
        }
    }
    return out;
}
