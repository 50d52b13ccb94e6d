#pragma once

#include "db/database.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

class Settings;

// The non-secret configuration of the payment channels, kept in Settings. Secrets live in
// the keychain under the names ChannelSecrets gives; never here.
struct ChannelConfig
{
    struct WeChat
    {
        QString mchid;
        QString miniProgramAppid;      // /api/pay/notifyMnp
        QString officialAccountAppid;  // /api/pay/notifyOa
        QString merchantCertificateSerial;
        QString platformKeyId;         // PUB_KEY_ID_… or a platform certificate serial
        QByteArray platformPublicKeyPem; // public: the key WeChat signs with
        QString notifyBaseUrl;         // https://shop.example.com (routes are appended)
        QUrl apiBaseUrl = QUrl(QStringLiteral("https://api.mch.weixin.qq.com"));
        bool legacyV2 = false;

        QStringList appids() const;
    } wechat;

    struct Alipay
    {
        QString appId;
        QString sellerId;
        QString notifyBaseUrl;
        QUrl gateway = QUrl(QStringLiteral("https://openapi.alipay.com/gateway.do"));
    } alipay;

    static ChannelConfig load(const Settings &settings);
    void save(Settings &settings) const;

    bool operator==(const ChannelConfig &other) const;
    // What changed from `before`, field by field ({"wechat.mchid": {"from": …, "to": …}}),
    // for the audit log. Ids and URLs only; the platform key appears as its fingerprint.
    QJsonObject changesFrom(const ChannelConfig &before) const;
};

// Key names in the SecretStore.
namespace ChannelSecrets {
inline const QString weChatMerchantPrivateKey = QStringLiteral("channels/wechat/merchant-private-key");
inline const QString weChatApiV3Key = QStringLiteral("channels/wechat/apiv3-key");
inline const QString weChatV2ApiKey = QStringLiteral("channels/wechat/v2-api-key");
inline const QString alipayAppPrivateKey = QStringLiteral("channels/alipay/app-private-key");
inline const QString alipayPublicKey = QStringLiteral("channels/alipay/public-key");
} // namespace ChannelSecrets

// What a likeadmin deployment keeps in <prefix>dev_pay_config (JSON in the config column):
// the ids, and — because likeadmin stores them there — the secrets, which the settings
// dialog may offer to import into the keychain.
struct LikeadminPayConfig
{
    ChannelConfig ids;        // mchid, merchant certificate serial (from apiclient_cert), app_id
    QByteArray weChatApiV3Key;    // pay_sign_key
    QByteArray weChatPrivateKey;  // apiclient_key
    QByteArray alipayPrivateKey;  // private_key
    QByteArray alipayPublicKey;   // ali_public_key
    bool hasWeChat = false;
    bool hasAlipay = false;

    // Reads the newest WeChat (pay_way 1) and Alipay (pay_way 2) rows.
    static Result<LikeadminPayConfig> read(const Database &database);
};
