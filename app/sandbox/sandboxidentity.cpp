#include "sandboxidentity.h"

#include "crypto/rsapublickey.h"
#include "crypto/securerandom.h"
#include "crypto/x509certificate.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

constexpr int CertificateDays = 3650;
const QString identityKind = u"mcpay-sandbox-identity"_s;

QString randomAppid()
{
    return u"wx"_s + QString::fromLatin1(SecureRandom::bytes(8).toHex());
}

// 20 random bytes whose first byte lies in 0x10..0x7F: a positive serial with exactly 40
// hex digits, like the serials WeChat Pay issues.
QByteArray randomSerial()
{
    QByteArray serial = SecureRandom::bytes(20);
    serial[0] = char((static_cast<unsigned char>(serial[0]) % 0x70) + 0x10);
    return serial;
}

QString fieldError(const QString &field, const QString &why)
{
    return QCoreApplication::translate("SandboxIdentity", "The sandbox identity is not valid: %1 %2.").arg(field, why);
}

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

// Writes a file, creating it with the given permissions (and forcing them when the file
// already existed) before any content is written.
Status writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, permissions) || !file.setPermissions(permissions)
        || file.write(data) != data.size() || !file.flush()) {
        return Error(QCoreApplication::translate("SandboxIdentity", "Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()),
                     u"FILE"_s);
    }
    file.close();
    return {};
}

QByteArray jsonBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray readmeText(const SandboxIdentity &id, const QString &directory);

} // namespace

bool SandboxIdentity::isValid() const
{
    return !mchid.isEmpty() && !miniProgramAppid.isEmpty() && !officialAccountAppid.isEmpty() && !weChatPlatformKey.isNull()
        && weChatPlatformKeyId.startsWith(u"PUB_KEY_ID_") && !merchantKey.isNull() && !merchantCertificatePem.isEmpty()
        && !merchantCertificateSerial.isEmpty() && apiV3Key.size() == 32 && !alipayAppId.isEmpty() && !alipaySellerId.isEmpty()
        && !alipayAppKey.isNull() && !alipayPlatformKey.isNull();
}

Result<SandboxIdentity> SandboxIdentity::generate()
{
    SandboxIdentity id;
    id.createdAt = QDateTime::currentDateTimeUtc();
    id.createdAt.setTime(QTime(id.createdAt.time().hour(), id.createdAt.time().minute(), id.createdAt.time().second()));
    id.mchid = u"19"_s + SecureRandom::digits(8);
    id.miniProgramAppid = randomAppid();
    do {
        id.officialAccountAppid = randomAppid();
    } while (id.officialAccountAppid == id.miniProgramAppid);
    // "01" + mchid + the day it was issued + a sequence: 30 digits.
    const QString issued = id.createdAt.toTimeZone(QTimeZone(8 * 3600)).toString(u"yyyyMMdd"_s);
    id.weChatPlatformKeyId = u"PUB_KEY_ID_01"_s + id.mchid + issued + SecureRandom::digits(10);
    id.apiV3Key = SecureRandom::nonceString(32).toLatin1();
    id.alipayAppId = u"9021"_s + SecureRandom::digits(12);
    id.alipaySellerId = u"2088"_s + SecureRandom::digits(12);

    RsaPrivateKey *keys[] = {&id.weChatPlatformKey, &id.merchantKey, &id.alipayAppKey, &id.alipayPlatformKey};
    for (RsaPrivateKey *key : keys) {
        auto generated = RsaPrivateKey::generate(2048);
        if (!generated)
            return generated.error();
        *key = *generated;
    }
    auto certificate = X509Certificate::createSelfSigned(id.merchantKey, id.mchid, randomSerial(), CertificateDays);
    if (!certificate)
        return certificate.error();
    id.merchantCertificatePem = certificate->toPem();
    id.merchantCertificateSerial = certificate->serialHex();
    return id;
}

QByteArray SandboxIdentity::toJson() const
{
    const QJsonObject wechat{{u"mchid"_s, mchid},
                             {u"mini_program_appid"_s, miniProgramAppid},
                             {u"official_account_appid"_s, officialAccountAppid},
                             {u"platform_key_id"_s, weChatPlatformKeyId},
                             {u"platform_private_key"_s, QString::fromLatin1(weChatPlatformKey.toPkcs8Pem())},
                             {u"merchant_private_key"_s, QString::fromLatin1(merchantKey.toPkcs8Pem())},
                             {u"merchant_certificate"_s, QString::fromLatin1(merchantCertificatePem)},
                             {u"merchant_certificate_serial"_s, merchantCertificateSerial},
                             {u"apiv3_key"_s, QString::fromLatin1(apiV3Key)}};
    const QJsonObject alipay{{u"app_id"_s, alipayAppId},
                             {u"seller_id"_s, alipaySellerId},
                             {u"app_private_key"_s, QString::fromLatin1(alipayAppKey.toPkcs8Pem())},
                             {u"alipay_private_key"_s, QString::fromLatin1(alipayPlatformKey.toPkcs8Pem())}};
    const QJsonObject root{{u"kind"_s, identityKind},
                           {u"version"_s, 1},
                           {u"created_at"_s, createdAt.toUTC().toString(Qt::ISODate)},
                           {u"wechat"_s, wechat},
                           {u"alipay"_s, alipay}};
    return jsonBytes(root);
}

Result<SandboxIdentity> SandboxIdentity::fromJson(const QByteArray &json)
{
    const auto bad = [](const QString &field, const QString &why) { return Error(fieldError(field, why), u"BAD_IDENTITY"_s); };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error(QCoreApplication::translate("SandboxIdentity", "The sandbox identity is not a JSON object: %1 at offset %2.")
                         .arg(parseError.errorString())
                         .arg(parseError.offset),
                     u"BAD_IDENTITY"_s);
    const QJsonObject root = doc.object();
    if (root.value(u"kind"_s).toString() != identityKind)
        return bad(u"kind"_s, QCoreApplication::translate("SandboxIdentity", "must be \"%1\"").arg(identityKind));
    if (root.value(u"version"_s).toInt() != 1)
        return bad(u"version"_s, QCoreApplication::translate("SandboxIdentity", "must be 1 (this file was written by another version)"));
    const QJsonObject wechat = root.value(u"wechat"_s).toObject();
    const QJsonObject alipay = root.value(u"alipay"_s).toObject();
    if (wechat.isEmpty())
        return bad(u"wechat"_s, QCoreApplication::translate("SandboxIdentity", "is missing"));
    if (alipay.isEmpty())
        return bad(u"alipay"_s, QCoreApplication::translate("SandboxIdentity", "is missing"));

    SandboxIdentity id;
    // Ids: checked against the shape the sandbox gives them.
    struct IdField
    {
        const QJsonObject *object;
        QString name;
        QString pattern;
        QString description;
        QString *target;
    };
    const IdField ids[] = {
        {&wechat, u"mchid"_s, u"[0-9]{8,12}"_s, QCoreApplication::translate("SandboxIdentity", "must be 8 to 12 digits"), &id.mchid},
        {&wechat, u"mini_program_appid"_s, u"wx[0-9a-f]{16}"_s, QCoreApplication::translate("SandboxIdentity", "must be \"wx\" and 16 hex digits"),
         &id.miniProgramAppid},
        {&wechat, u"official_account_appid"_s, u"wx[0-9a-f]{16}"_s,
         QCoreApplication::translate("SandboxIdentity", "must be \"wx\" and 16 hex digits"), &id.officialAccountAppid},
        {&wechat, u"platform_key_id"_s, u"PUB_KEY_ID_[0-9]{10,40}"_s,
         QCoreApplication::translate("SandboxIdentity", "must be \"PUB_KEY_ID_\" and digits"), &id.weChatPlatformKeyId},
        {&wechat, u"merchant_certificate_serial"_s, u"[0-9A-F]{1,40}"_s,
         QCoreApplication::translate("SandboxIdentity", "must be upper-case hex"), &id.merchantCertificateSerial},
        {&alipay, u"app_id"_s, u"[0-9]{16}"_s, QCoreApplication::translate("SandboxIdentity", "must be 16 digits"), &id.alipayAppId},
        {&alipay, u"seller_id"_s, u"2088[0-9]{12}"_s, QCoreApplication::translate("SandboxIdentity", "must be \"2088\" and 12 digits"),
         &id.alipaySellerId},
    };
    for (const IdField &f : ids) {
        const QString value = f.object->value(f.name).toString();
        const QString path = (f.object == &wechat ? u"wechat."_s : u"alipay."_s) + f.name;
        if (!matches(f.pattern, value))
            return bad(path, f.description);
        *f.target = value;
    }

    const QByteArray apiV3Key = wechat.value(u"apiv3_key"_s).toString().toLatin1();
    if (apiV3Key.size() != 32 || !matches(u"[0-9A-Za-z]{32}"_s, QString::fromLatin1(apiV3Key)))
        return bad(u"wechat.apiv3_key"_s, QCoreApplication::translate("SandboxIdentity", "must be exactly 32 letters and digits"));
    id.apiV3Key = apiV3Key;

    struct KeyField
    {
        const QJsonObject *object;
        QString name;
        RsaPrivateKey *target;
    };
    const KeyField keys[] = {
        {&wechat, u"platform_private_key"_s, &id.weChatPlatformKey},
        {&wechat, u"merchant_private_key"_s, &id.merchantKey},
        {&alipay, u"app_private_key"_s, &id.alipayAppKey},
        {&alipay, u"alipay_private_key"_s, &id.alipayPlatformKey},
    };
    for (const KeyField &f : keys) {
        const QString path = (f.object == &wechat ? u"wechat."_s : u"alipay."_s) + f.name;
        const QByteArray pem = f.object->value(f.name).toString().toLatin1();
        if (pem.isEmpty())
            return bad(path, QCoreApplication::translate("SandboxIdentity", "is missing"));
        auto key = RsaPrivateKey::fromPem(pem);
        if (!key)
            return bad(path, QCoreApplication::translate("SandboxIdentity", "is not usable (%1)").arg(key.errorMessage()));
        *f.target = *key;
    }

    id.merchantCertificatePem = wechat.value(u"merchant_certificate"_s).toString().toLatin1();
    const auto certificate = X509Certificate::fromPem(id.merchantCertificatePem);
    if (!certificate)
        return bad(u"wechat.merchant_certificate"_s,
                   QCoreApplication::translate("SandboxIdentity", "is not usable (%1)").arg(certificate.errorMessage()));
    if (certificate->serialHex() != id.merchantCertificateSerial)
        return bad(u"wechat.merchant_certificate_serial"_s,
                   QCoreApplication::translate("SandboxIdentity", "does not match the certificate's serial %1").arg(certificate->serialHex()));
    if (certificate->publicKey().fingerprint() != id.merchantKey.publicKey().fingerprint())
        return bad(u"wechat.merchant_certificate"_s,
                   QCoreApplication::translate("SandboxIdentity", "does not hold the public key of wechat.merchant_private_key"));

    id.createdAt = QDateTime::fromString(root.value(u"created_at"_s).toString(), Qt::ISODate);
    if (!id.createdAt.isValid())
        return bad(u"created_at"_s, QCoreApplication::translate("SandboxIdentity", "must be an ISO 8601 date and time"));
    id.createdAt = id.createdAt.toUTC();
    return id;
}

QString SandboxIdentity::secretKey()
{
    return u"sandbox/identity"_s;
}

Status SandboxIdentity::saveTo(SecretStore &store) const
{
    return store.writeNow(secretKey(), toJson());
}

Result<SandboxIdentity> SandboxIdentity::loadFrom(SecretStore &store)
{
    const auto json = store.readNow(secretKey());
    if (!json)
        return json.error();
    return fromJson(*json);
}

NotifyConfig SandboxIdentity::notifyConfig() const
{
    NotifyConfig c;
    c.wechat.mchid = mchid;
    c.wechat.appids = {miniProgramAppid, officialAccountAppid};
    c.wechat.apiV3Key = apiV3Key;
    c.wechat.platformKeys.addPublicKey(weChatPlatformKeyId, weChatPlatformKey.publicKey());
    c.alipay.appId = alipayAppId;
    c.alipay.sellerId = alipaySellerId;
    c.alipay.alipayPublicKey = alipayPlatformKey.publicKey();
    return c;
}

WeChatPayV3Signer SandboxIdentity::merchantSigner() const
{
    return WeChatPayV3Signer(mchid, merchantCertificateSerial, merchantKey);
}

WeChatNotificationVerifier SandboxIdentity::platformVerifier() const
{
    WeChatPlatformKeys keys;
    keys.addPublicKey(weChatPlatformKeyId, weChatPlatformKey.publicKey());
    return WeChatNotificationVerifier(keys, apiV3Key);
}

AlipaySigner SandboxIdentity::alipayAppSigner() const
{
    return AlipaySigner(alipayAppId, alipayAppKey);
}

AlipayVerifier SandboxIdentity::alipayVerifier() const
{
    return AlipayVerifier(alipayPlatformKey.publicKey());
}

ChannelConfig SandboxIdentity::channelConfig(const QUrl &weChatBaseUrl, const QUrl &alipayGateway,
                                             const QString &notifyBaseUrl) const
{
    ChannelConfig c;
    c.wechat.mchid = mchid;
    c.wechat.miniProgramAppid = miniProgramAppid;
    c.wechat.officialAccountAppid = officialAccountAppid;
    c.wechat.merchantCertificateSerial = merchantCertificateSerial;
    c.wechat.platformKeyId = weChatPlatformKeyId;
    c.wechat.platformPublicKeyPem = weChatPlatformKey.publicKey().toPem();
    c.wechat.notifyBaseUrl = notifyBaseUrl;
    c.wechat.apiBaseUrl = weChatBaseUrl;
    c.wechat.legacyV2 = false;
    c.alipay.appId = alipayAppId;
    c.alipay.sellerId = alipaySellerId;
    c.alipay.notifyBaseUrl = notifyBaseUrl;
    c.alipay.gateway = alipayGateway;
    return c;
}

Result<QStringList> SandboxIdentity::exportTo(const QString &directory) const
{
    if (!isValid())
        return Error(QCoreApplication::translate("SandboxIdentity", "The sandbox identity is incomplete; create one with: mcpay-admin sandbox init"),
                     u"BAD_IDENTITY"_s);
    const QDir root(QFileInfo(directory).absoluteFilePath());
    for (const QString &sub : {u"wechat"_s, u"alipay"_s}) {
        if (!root.mkpath(sub))
            return Error(QCoreApplication::translate("SandboxIdentity", "Cannot create the folder %1.").arg(QDir::toNativeSeparators(root.filePath(sub))),
                         u"FILE"_s);
    }
    const auto secret = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto open = secret | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto path = [&root](const QString &relative) { return root.filePath(relative); };

    const QJsonObject weChatIds{{u"mchid"_s, mchid},
                                {u"mini_program_appid"_s, miniProgramAppid},
                                {u"official_account_appid"_s, officialAccountAppid},
                                {u"merchant_certificate_serial"_s, merchantCertificateSerial},
                                {u"wechatpay_public_key_id"_s, weChatPlatformKeyId},
                                {u"notify_routes"_s, QJsonObject{{miniProgramAppid, u"/api/pay/notifyMnp"_s},
                                                                 {officialAccountAppid, u"/api/pay/notifyOa"_s}}}};
    const QJsonObject alipayIds{{u"app_id"_s, alipayAppId},
                                {u"seller_id"_s, alipaySellerId},
                                {u"notify_route"_s, u"/api/pay/aliNotify"_s}};
    const QJsonObject serve{
        {u"listen"_s, u"127.0.0.1:8787"_s},
        {u"wechat"_s,
         QJsonObject{{u"mchid"_s, mchid},
                     {u"appids"_s, QJsonArray{miniProgramAppid, officialAccountAppid}},
                     {u"apiv3_key_file"_s, path(u"wechat/apiv3_key.txt"_s)},
                     {u"platform_public_keys"_s,
                      QJsonArray{QJsonObject{{u"id"_s, weChatPlatformKeyId}, {u"file"_s, path(u"wechat/pub_key.pem"_s)}}}}}},
        {u"alipay"_s,
         QJsonObject{{u"app_id"_s, alipayAppId},
                     {u"seller_id"_s, alipaySellerId},
                     {u"alipay_public_key_file"_s, path(u"alipay/alipay_public_key.pem"_s)}}}};

    struct Output
    {
        QString name;
        QByteArray data;
        QFileDevice::Permissions permissions;
    };
    const Output outputs[] = {
        {u"README.md"_s, readmeText(*this, root.absolutePath()), open},
        {u"wechat/apiclient_key.pem"_s, merchantKey.toPkcs8Pem(), secret},
        {u"wechat/apiclient_cert.pem"_s, merchantCertificatePem, open},
        {u"wechat/pub_key.pem"_s, weChatPlatformKey.publicKey().toPem(), open},
        {u"wechat/apiv3_key.txt"_s, apiV3Key, secret},
        {u"wechat/ids.json"_s, jsonBytes(weChatIds), open},
        {u"alipay/app_private_key.pem"_s, alipayAppKey.toPkcs1Pem(), secret},
        {u"alipay/app_public_key.pem"_s, alipayAppKey.publicKey().toPem(), open},
        {u"alipay/alipay_public_key.pem"_s, alipayPlatformKey.publicKey().toPem(), open},
        {u"alipay/ids.json"_s, jsonBytes(alipayIds), open},
        {u"mcpay-serve.json"_s, jsonBytes(serve), open},
        {u"sandbox-identity.json"_s, toJson(), secret},
    };
    QStringList written;
    for (const Output &o : outputs) {
        if (const Status s = writeFile(path(o.name), o.data, o.permissions); !s)
            return s.error();
        written << o.name;
    }
    return written;
}

namespace {

QByteArray readmeText(const SandboxIdentity &id, const QString &directory)
{
    // The README is documentation for the developers of the server under test; it names
    // ids and files but holds no secret.
    QString t;
    t += u"# mcpay-admin 支付沙箱 / payment sandbox\n\n"_s;
    t += u"> **警告：这些是沙箱密钥，由 mcpay-admin 在本机生成，对真实的微信支付和支付宝永远无效；"
         "请勿用于生产环境，也不要把生产密钥放进这个文件夹。**\n"
         "> **Warning: these are sandbox keys generated on this machine by mcpay-admin. They never work against the real "
         "WeChat Pay or Alipay; never use them in production, and never put production keys into this folder.**\n\n"_s;
    t += u"生成时间 / created: %1 (UTC)  \n文件夹 / folder: `%2`\n\n"_s.arg(id.createdAt.toUTC().toString(Qt::ISODate), directory);

    t += u"## 中文\n\n"_s;
    t += u"mcpay-admin 的沙箱扮演微信支付和支付宝：它用这里的密钥签名并加密支付通知，发到被测服务器的"
         "`/api/pay/notifyMnp`、`/api/pay/notifyOa`、`/api/pay/aliNotify`。被测服务器配置以下商户资料后，"
         "就能像对待真实渠道一样验证这些通知。\n\n"_s;
    t += u"### 文件\n\n"
         "| 文件 | 内容 |\n|---|---|\n"
         "| `wechat/apiclient_key.pem` | 商户 API 私钥（PKCS#8，权限 0600） |\n"
         "| `wechat/apiclient_cert.pem` | 商户 API 证书（自签名，序列号见 `wechat/ids.json`） |\n"
         "| `wechat/pub_key.pem` | 微信支付公钥：用它验证通知的 `Wechatpay-Signature` |\n"
         "| `wechat/apiv3_key.txt` | APIv3 密钥，32 个字符，无换行（权限 0600）：解密通知的 `resource` |\n"
         "| `wechat/ids.json` | 商户号 mchid、小程序与公众号 appid、商户证书序列号、微信支付公钥 ID |\n"
         "| `alipay/app_private_key.pem` | 应用私钥（PKCS#1，权限 0600） |\n"
         "| `alipay/app_public_key.pem` | 应用公钥 |\n"
         "| `alipay/alipay_public_key.pem` | 支付宝公钥：用它验证支付宝通知的 `sign` |\n"
         "| `alipay/ids.json` | 支付宝 app_id 与卖家 seller_id |\n"
         "| `mcpay-serve.json` | `mcpay-admin serve --config` 的配置文件（引用本文件夹中的绝对路径；移动文件夹后需重新导出） |\n"
         "| `sandbox-identity.json` | 完整的沙箱身份（含全部私钥，权限 0600），供 `mcpay-admin sandbox export --identity` 在没有钥匙串的机器上使用 |\n\n"_s;
    t += u"### 配置 likeadmin（`la_dev_pay_config` 的 config 字段）\n\n"
         "微信支付（pay_way = 1）：\n\n"
         "```json\n"
         "{\"interface_version\":\"v3\",\"merchant_type\":\"ordinary_merchant\",\n"
         " \"mch_id\":\"%1\",\n"
         " \"pay_sign_key\":\"<wechat/apiv3_key.txt 的内容>\",\n"
         " \"apiclient_cert\":\"<wechat/apiclient_cert.pem 的全文>\",\n"
         " \"apiclient_key\":\"<wechat/apiclient_key.pem 的全文>\"}\n"
         "```\n\n"
         "小程序 appid：`%2`（通知发往 `/api/pay/notifyMnp`）；公众号/H5 appid：`%3`（通知发往 `/api/pay/notifyOa`）。\n\n"
         "**微信支付公钥 ID 必须用于 `Wechatpay-Serial`**：沙箱的通知在 `Wechatpay-Serial` 头里带 `%4`。"
         "服务器必须按这个 ID 找到 `wechat/pub_key.pem` 并验证签名；只会从 `/v3/certificates` 下载平台证书的代码"
         "找不到这个 ID，应当拒绝通知（不要跳过验签）。\n\n"
         "支付宝（pay_way = 2）：\n\n"
         "```json\n"
         "{\"mode\":\"normal_mode\",\"merchant_type\":\"ordinary_merchant\",\n"
         " \"app_id\":\"%5\",\n"
         " \"private_key\":\"<alipay/app_private_key.pem 去掉首尾两行后连成一行>\",\n"
         " \"ali_public_key\":\"<alipay/alipay_public_key.pem 去掉首尾两行后连成一行>\"}\n"
         "```\n\n"
         "连成一行：`grep -v -- ----- alipay/alipay_public_key.pem | tr -d '\\n'`。卖家 seller_id：`%6`。\n\n"_s
             .arg(id.mchid, id.miniProgramAppid, id.officialAccountAppid, id.weChatPlatformKeyId, id.alipayAppId,
                  id.alipaySellerId);
    t += u"### 用 mcpay-admin serve 接收通知\n\n"
         "```sh\nmcpay-admin db migrate --db URL\nmcpay-admin serve --db URL --config %1/mcpay-serve.json\n```\n\n"_s.arg(directory);

    t += u"## English\n\n"_s;
    t += u"mcpay-admin's sandbox plays WeChat Pay and Alipay: it signs and encrypts payment notifications with the keys "
         "in this folder and posts them to the server under test at `/api/pay/notifyMnp`, `/api/pay/notifyOa` and "
         "`/api/pay/aliNotify`. Configure that server with the merchant data below and it verifies these notifications "
         "exactly as it would verify the real channels'.\n\n"_s;
    t += u"### Files\n\n"
         "| File | What it is |\n|---|---|\n"
         "| `wechat/apiclient_key.pem` | The merchant API private key (PKCS#8, mode 0600) |\n"
         "| `wechat/apiclient_cert.pem` | The merchant API certificate (self-signed; serial in `wechat/ids.json`) |\n"
         "| `wechat/pub_key.pem` | The WeChat Pay public key: verifies the `Wechatpay-Signature` of notifications |\n"
         "| `wechat/apiv3_key.txt` | The APIv3 key, 32 characters, no newline (mode 0600): decrypts the notification `resource` |\n"
         "| `wechat/ids.json` | mchid, mini-program and official-account appids, merchant certificate serial, WeChat Pay public key id |\n"
         "| `alipay/app_private_key.pem` | The app private key (PKCS#1, mode 0600) |\n"
         "| `alipay/app_public_key.pem` | The app public key |\n"
         "| `alipay/alipay_public_key.pem` | The Alipay public key: verifies the `sign` of Alipay notifications |\n"
         "| `alipay/ids.json` | The Alipay app_id and seller_id |\n"
         "| `mcpay-serve.json` | A configuration for `mcpay-admin serve --config` (absolute paths into this folder; export again after moving it) |\n"
         "| `sandbox-identity.json` | The whole sandbox identity, every private key included (mode 0600), for `mcpay-admin sandbox export --identity` on a machine without a keychain |\n\n"_s;
    t += u"### Configuring likeadmin (the config column of `la_dev_pay_config`)\n\n"
         "WeChat Pay (pay_way = 1): `mch_id` = `%1`; `pay_sign_key` = the content of `wechat/apiv3_key.txt` (the APIv3 key); "
         "`apiclient_cert` = the whole of `wechat/apiclient_cert.pem`; `apiclient_key` = the whole of `wechat/apiclient_key.pem`. "
         "Mini-program appid `%2` (notifications go to `/api/pay/notifyMnp`); official-account/H5 appid `%3` "
         "(notifications go to `/api/pay/notifyOa`).\n\n"
         "**The WeChat Pay public key id must be used for `Wechatpay-Serial`:** the sandbox's notifications carry `%4` in "
         "the `Wechatpay-Serial` header. The server must look that id up, find `wechat/pub_key.pem` and verify the "
         "signature with it. Code that only knows platform certificates downloaded from `/v3/certificates` will not find "
         "this id and must then refuse the notification — never skip the signature check.\n\n"
         "Alipay (pay_way = 2): `app_id` = `%5`; `private_key` = the body of `alipay/app_private_key.pem` without its first "
         "and last line, joined into one line; `ali_public_key` = the body of `alipay/alipay_public_key.pem`, likewise "
         "(`grep -v -- ----- alipay/alipay_public_key.pem | tr -d '\\n'`). Seller id: `%6`.\n\n"_s
             .arg(id.mchid, id.miniProgramAppid, id.officialAccountAppid, id.weChatPlatformKeyId, id.alipayAppId,
                  id.alipaySellerId);
    t += u"### Receiving notifications with mcpay-admin serve\n\n"
         "```sh\nmcpay-admin db migrate --db URL\nmcpay-admin serve --db URL --config %1/mcpay-serve.json\n```\n"_s.arg(directory);
    return t.toUtf8();
}

} // namespace
