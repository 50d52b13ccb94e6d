#pragma once

#include "channels/alipaysigner.h"
#include "channels/alipayverifier.h"
#include "channels/channelconfig.h"
#include "channels/wechatnotificationverifier.h"
#include "channels/wechatpayv3signer.h"
#include "crypto/rsaprivatekey.h"
#include "listener/notifyconfig.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

class SecretStore;

// The keys and ids of the offline payment sandbox: both sides of WeChat Pay v3 and of
// Alipay, generated on this machine. Nothing here is a production credential; a sandbox
// identity is useless against the real channels, and the real channels' keys are never
// part of it.
//
// WeChat: the platform key pair (WeChat's side; it signs notifications and API answers)
// with its "PUB_KEY_ID_…" id, the merchant API key pair with a self-signed certificate and
// its serial, the APIv3 key (32 ASCII alphanumerics), a merchant id and two appids.
// Alipay: the app key pair (merchant side; signs gateway requests) and the Alipay key pair
// (Alipay's side; signs notifications and responses), an app id and a seller id.
struct SandboxIdentity
{
    // WeChat Pay
    QString mchid;                     // 10 digits
    QString miniProgramAppid;          // "wx" + 16 hex (/api/pay/notifyMnp)
    QString officialAccountAppid;      // "wx" + 16 hex (/api/pay/notifyOa)
    RsaPrivateKey weChatPlatformKey;   // WeChat's side
    QString weChatPlatformKeyId;       // "PUB_KEY_ID_" + digits
    RsaPrivateKey merchantKey;         // the merchant's API key
    QByteArray merchantCertificatePem; // self-signed, subject CN = mchid
    QString merchantCertificateSerial; // upper-case hex
    QByteArray apiV3Key;               // exactly 32 bytes
    // Alipay
    QString alipayAppId;               // 16 digits
    QString alipaySellerId;            // "2088" + 12 digits
    RsaPrivateKey alipayAppKey;        // the merchant's app key
    RsaPrivateKey alipayPlatformKey;   // Alipay's side
    QDateTime createdAt;               // UTC

    bool isValid() const;

    // Fresh keys (RSA 2048) and ids.
    static Result<SandboxIdentity> generate();

    // Everything, private keys included, as one JSON document (for the keychain entry and
    // the private identity file of the export); and back. Parse errors name the field.
    QByteArray toJson() const;
    static Result<SandboxIdentity> fromJson(const QByteArray &json);

    // The keychain entry that holds toJson().
    static QString secretKey(); // "sandbox/identity"
    Status saveTo(SecretStore &store) const;             // blocking
    static Result<SandboxIdentity> loadFrom(SecretStore &store); // code "not-found" when none

    // What the embedded listener trusts while the sandbox is active: the sandbox mchid and
    // appids, APIv3 key, platform public key by its PUB_KEY_ID_, Alipay app id, seller id and
    // Alipay public key.
    NotifyConfig notifyConfig() const;

    // The merchant side, as a server under test (and mcpay-admin's channel client) uses it.
    WeChatPayV3Signer merchantSigner() const;
    WeChatNotificationVerifier platformVerifier() const; // verifies the sandbox's WeChat answers
    AlipaySigner alipayAppSigner() const;
    AlipayVerifier alipayVerifier() const;               // verifies the sandbox's Alipay answers
    // Ids and public keys as channel settings (apiBaseUrl / gateway / notify base given).
    ChannelConfig channelConfig(const QUrl &weChatBaseUrl, const QUrl &alipayGateway,
                                const QString &notifyBaseUrl) const;

    // Writes what a server under test needs into `directory` (created if needed):
    //   README.md                        for that server's developers (zh + en)
    //   wechat/apiclient_key.pem         merchant private key (0600)
    //   wechat/apiclient_cert.pem        merchant certificate
    //   wechat/pub_key.pem               WeChat Pay public key; its id in wechat/ids.json
    //   wechat/apiv3_key.txt             (0600)
    //   wechat/ids.json                  mchid, appids, serials
    //   alipay/app_private_key.pem       (0600)   alipay/app_public_key.pem
    //   alipay/alipay_public_key.pem              alipay/ids.json
    //   mcpay-serve.json                 a `mcpay-admin serve --config` file using the above
    //   sandbox-identity.json            the whole identity (0600), for `--identity` on a
    //                                    machine without a keychain
    // Returns the files written (relative paths).
    Result<QStringList> exportTo(const QString &directory) const;
};
