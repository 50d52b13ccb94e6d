#include "crypto/rsapublickey.h"
#include "crypto/x509certificate.h"
#include "listener/notifyconfigfile.h"
#include "sandbox/notificationfactory.h"
#include "sandbox/sandboxidentity.h"
#include "secrets/secretstore.h"

#include "../crypto/opensslcli.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The sandbox identity: generated ids and keys, the JSON form kept in the keychain, the
// views the listener and the channel client use, and the folder exported for a server
// under test (checked by loading its serve configuration and verifying notifications).
class TestSandboxIdentity final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void generatedIdsLookReal_data();
    void generatedIdsLookReal();
    void generatedKeysAndCertificate();
    void twoIdentitiesShareNothing();
    void certificateMatchesOpenSslCli();
    void createSelfSignedRejectsBadInput_data();
    void createSelfSignedRejectsBadInput();
    void jsonRoundTrip();
    void fromJsonNamesTheBadField_data();
    void fromJsonNamesTheBadField();
    void derivedConfigurations();
    void exportWritesTheFolder();
    void exportedServeConfigVerifiesNotifications();
    void exportTightensExistingFiles();
    void keychainRoundTrip();

private:
    static QJsonObject identityObject(const SandboxIdentity &id);
    SandboxIdentity m_id;
};

void TestSandboxIdentity::initTestCase()
{
    auto id = SandboxIdentity::generate();
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    m_id = *id;
    QVERIFY(m_id.isValid());
}

QJsonObject TestSandboxIdentity::identityObject(const SandboxIdentity &id)
{
    return QJsonDocument::fromJson(id.toJson()).object();
}

void TestSandboxIdentity::generatedIdsLookReal_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("mchid") << u"mchid"_s << u"19[0-9]{8}"_s;
    QTest::newRow("mini-program appid") << u"mini"_s << u"wx[0-9a-f]{16}"_s;
    QTest::newRow("official-account appid") << u"oa"_s << u"wx[0-9a-f]{16}"_s;
    QTest::newRow("platform key id") << u"keyid"_s << u"PUB_KEY_ID_01[0-9]{28}"_s;
    QTest::newRow("certificate serial") << u"serial"_s << u"[1-7][0-9A-F]{39}"_s;
    QTest::newRow("APIv3 key") << u"apiv3"_s << u"[0-9A-Za-z]{32}"_s;
    QTest::newRow("Alipay app id") << u"appid"_s << u"9021[0-9]{12}"_s;
    QTest::newRow("Alipay seller id") << u"seller"_s << u"2088[0-9]{12}"_s;
}

void TestSandboxIdentity::generatedIdsLookReal()
{
    QFETCH(QString, field);
    QFETCH(QString, pattern);
    const QHash<QString, QString> values{{u"mchid"_s, m_id.mchid},
                                         {u"mini"_s, m_id.miniProgramAppid},
                                         {u"oa"_s, m_id.officialAccountAppid},
                                         {u"keyid"_s, m_id.weChatPlatformKeyId},
                                         {u"serial"_s, m_id.merchantCertificateSerial},
                                         {u"apiv3"_s, QString::fromLatin1(m_id.apiV3Key)},
                                         {u"appid"_s, m_id.alipayAppId},
                                         {u"seller"_s, m_id.alipaySellerId}};
    const QString value = values.value(field);
    QVERIFY2(QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(value).hasMatch(), qPrintable(value));
    // The platform key id embeds the merchant id, as WeChat Pay's do.
    if (field == u"keyid")
        QCOMPARE(value.mid(13, 10), m_id.mchid);
}

void TestSandboxIdentity::generatedKeysAndCertificate()
{
    const RsaPrivateKey keys[] = {m_id.weChatPlatformKey, m_id.merchantKey, m_id.alipayAppKey, m_id.alipayPlatformKey};
    QSet<QString> fingerprints;
    for (const RsaPrivateKey &key : keys) {
        QCOMPARE(key.bits(), 2048);
        fingerprints.insert(key.publicKey().fingerprint());
    }
    QCOMPARE(fingerprints.size(), 4);
    QVERIFY(m_id.miniProgramAppid != m_id.officialAccountAppid);

    const auto cert = X509Certificate::fromPem(m_id.merchantCertificatePem);
    QVERIFY2(cert.ok(), qPrintable(cert.errorMessage()));
    QCOMPARE(cert->serialHex(), m_id.merchantCertificateSerial);
    QCOMPARE(cert->publicKey().fingerprint(), m_id.merchantKey.publicKey().fingerprint());
    QVERIFY2(cert->subject().contains(u"CN="_s + m_id.mchid), qPrintable(cert->subject()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(cert->notBefore() <= now.addSecs(60));
    QVERIFY(cert->notAfter() > now.addDays(3000));
    QVERIFY(qAbs(m_id.createdAt.secsTo(now)) < 600);
    QCOMPARE(m_id.createdAt.timeSpec(), Qt::UTC);
}

void TestSandboxIdentity::twoIdentitiesShareNothing()
{
    const auto other = SandboxIdentity::generate();
    QVERIFY(other.ok());
    QVERIFY(other->mchid != m_id.mchid);
    QVERIFY(other->miniProgramAppid != m_id.miniProgramAppid);
    QVERIFY(other->weChatPlatformKeyId != m_id.weChatPlatformKeyId);
    QVERIFY(other->merchantCertificateSerial != m_id.merchantCertificateSerial);
    QVERIFY(other->apiV3Key != m_id.apiV3Key);
    QVERIFY(other->alipayAppId != m_id.alipayAppId);
    QVERIFY(other->alipayPlatformKey.publicKey().fingerprint() != m_id.alipayPlatformKey.publicKey().fingerprint());
}

void TestSandboxIdentity::certificateMatchesOpenSslCli()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString certPath = dir.filePath(u"cert.pem"_s);
    const QString keyPath = dir.filePath(u"key.pem"_s);
    QVERIFY(writeWholeFile(certPath, m_id.merchantCertificatePem));
    QVERIFY(writeWholeFile(keyPath, m_id.merchantKey.toPkcs8Pem()));

    const OpenSslRun serial = runOpenSsl({u"x509"_s, u"-in"_s, certPath, u"-noout"_s, u"-serial"_s});
    QCOMPARE(serial.exitCode, 0);
    QCOMPARE(serial.out.trimmed(), "serial=" + m_id.merchantCertificateSerial.toLatin1());

    // The certificate's key is the merchant key, and its self-signature holds.
    const OpenSslRun certKey = runOpenSsl({u"x509"_s, u"-in"_s, certPath, u"-noout"_s, u"-pubkey"_s});
    QCOMPARE(certKey.exitCode, 0);
    QCOMPARE(certKey.out, m_id.merchantKey.publicKey().toPem());
    const OpenSslRun verify = runOpenSsl({u"verify"_s, u"-partial_chain"_s, u"-check_ss_sig"_s, u"-trusted"_s, certPath, certPath});
    QVERIFY2(verify.exitCode == 0, verify.err.constData());
    const OpenSslRun text = runOpenSsl({u"x509"_s, u"-in"_s, certPath, u"-noout"_s, u"-text"_s});
    QVERIFY(text.out.contains("sha256WithRSAEncryption"));
    QVERIFY(text.out.contains("CA:FALSE"));
}

void TestSandboxIdentity::createSelfSignedRejectsBadInput_data()
{
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<QByteArray>("serial");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("ok");
    QTest::newRow("valid") << true << QByteArray::fromHex("01") << 1 << true;
    QTest::newRow("no key") << false << QByteArray::fromHex("01") << 1 << false;
    QTest::newRow("empty serial") << true << QByteArray() << 1 << false;
    QTest::newRow("zero serial") << true << QByteArray::fromHex("0000") << 1 << false;
    QTest::newRow("21-byte serial") << true << QByteArray(21, '\x11') << 1 << false;
    QTest::newRow("no validity") << true << QByteArray::fromHex("01") << 0 << false;
}

void TestSandboxIdentity::createSelfSignedRejectsBadInput()
{
    QFETCH(bool, withKey);
    QFETCH(QByteArray, serial);
    QFETCH(int, days);
    QFETCH(bool, ok);
    const auto cert = X509Certificate::createSelfSigned(withKey ? m_id.merchantKey : RsaPrivateKey(), u"1900000109"_s, serial, days);
    QCOMPARE(cert.ok(), ok);
    if (ok) {
        QCOMPARE(cert->serialHex(), u"01"_s);
        QVERIFY(X509Certificate::fromPem(cert->toPem()).ok());
    } else {
        QVERIFY(!cert.errorMessage().isEmpty());
    }
}

void TestSandboxIdentity::jsonRoundTrip()
{
    const QByteArray json = m_id.toJson();
    const auto back = SandboxIdentity::fromJson(json);
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    QCOMPARE(back->mchid, m_id.mchid);
    QCOMPARE(back->miniProgramAppid, m_id.miniProgramAppid);
    QCOMPARE(back->officialAccountAppid, m_id.officialAccountAppid);
    QCOMPARE(back->weChatPlatformKeyId, m_id.weChatPlatformKeyId);
    QCOMPARE(back->merchantCertificatePem, m_id.merchantCertificatePem);
    QCOMPARE(back->merchantCertificateSerial, m_id.merchantCertificateSerial);
    QCOMPARE(back->apiV3Key, m_id.apiV3Key);
    QCOMPARE(back->alipayAppId, m_id.alipayAppId);
    QCOMPARE(back->alipaySellerId, m_id.alipaySellerId);
    QCOMPARE(back->createdAt, m_id.createdAt);
    QCOMPARE(back->weChatPlatformKey.toPkcs8Pem(), m_id.weChatPlatformKey.toPkcs8Pem());
    QCOMPARE(back->merchantKey.toPkcs8Pem(), m_id.merchantKey.toPkcs8Pem());
    QCOMPARE(back->alipayAppKey.toPkcs8Pem(), m_id.alipayAppKey.toPkcs8Pem());
    QCOMPARE(back->alipayPlatformKey.toPkcs8Pem(), m_id.alipayPlatformKey.toPkcs8Pem());
    QCOMPARE(back->toJson(), json);
    // Keys are PKCS#8 PEM in the document.
    const QJsonObject o = identityObject(m_id);
    QVERIFY(o.value(u"wechat"_s).toObject().value(u"merchant_private_key"_s).toString().startsWith(u"-----BEGIN PRIVATE KEY-----"));
}

void TestSandboxIdentity::fromJsonNamesTheBadField_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");

    const auto other = X509Certificate::createSelfSigned(m_id.weChatPlatformKey, m_id.mchid,
                                                         QByteArray::fromHex(m_id.merchantCertificateSerial.toLatin1()), 10);
    QVERIFY(other.ok());
    const QString otherCert = QString::fromLatin1(other->toPem());

    QTest::newRow("kind") << QString() << u"kind"_s << QJsonValue(u"something"_s) << u"kind"_s;
    QTest::newRow("version") << QString() << u"version"_s << QJsonValue(2) << u"version"_s;
    QTest::newRow("no wechat") << QString() << u"wechat"_s << QJsonValue() << u"wechat"_s;
    QTest::newRow("no alipay") << QString() << u"alipay"_s << QJsonValue() << u"alipay"_s;
    QTest::newRow("created_at") << QString() << u"created_at"_s << QJsonValue(u"yesterday"_s) << u"created_at"_s;
    QTest::newRow("mchid letters") << u"wechat"_s << u"mchid"_s << QJsonValue(u"19000abc09"_s) << u"wechat.mchid"_s;
    QTest::newRow("mchid missing") << u"wechat"_s << u"mchid"_s << QJsonValue() << u"wechat.mchid"_s;
    QTest::newRow("appid upper") << u"wechat"_s << u"mini_program_appid"_s << QJsonValue(u"wxD678EFH567HG6787"_s)
                                 << u"wechat.mini_program_appid"_s;
    QTest::newRow("oa appid short") << u"wechat"_s << u"official_account_appid"_s << QJsonValue(u"wx1234"_s)
                                    << u"wechat.official_account_appid"_s;
    QTest::newRow("key id") << u"wechat"_s << u"platform_key_id"_s << QJsonValue(u"5157F09EFDC096DE15EBE81A47057A7232F1B8E1"_s)
                            << u"wechat.platform_key_id"_s;
    QTest::newRow("apiv3 31") << u"wechat"_s << u"apiv3_key"_s << QJsonValue(u"a7cde1ZJB1kG2e7VfTs3jQzaWizur8G"_s)
                              << u"wechat.apiv3_key"_s;
    QTest::newRow("apiv3 33") << u"wechat"_s << u"apiv3_key"_s << QJsonValue(u"a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gbx"_s)
                              << u"wechat.apiv3_key"_s;
    QTest::newRow("apiv3 symbol") << u"wechat"_s << u"apiv3_key"_s << QJsonValue(u"a7cde1ZJB1kG2e7VfTs3jQzaWizur8G-"_s)
                                  << u"wechat.apiv3_key"_s;
    QTest::newRow("apiv3 non-ASCII") << u"wechat"_s << u"apiv3_key"_s << QJsonValue(u"a7cde1ZJB1kG2e7VfTs3jQzaWizur8G密"_s)
                                     << u"wechat.apiv3_key"_s;
    QTest::newRow("platform key") << u"wechat"_s << u"platform_private_key"_s << QJsonValue(u"-----BEGIN PRIVATE KEY-----\nAAAA\n"_s)
                                  << u"wechat.platform_private_key"_s;
    QTest::newRow("merchant key public") << u"wechat"_s << u"merchant_private_key"_s
                                         << QJsonValue(QString::fromLatin1(m_id.merchantKey.publicKey().toPem()))
                                         << u"wechat.merchant_private_key"_s;
    QTest::newRow("merchant key missing") << u"wechat"_s << u"merchant_private_key"_s << QJsonValue() << u"wechat.merchant_private_key"_s;
    QTest::newRow("certificate garbage") << u"wechat"_s << u"merchant_certificate"_s << QJsonValue(u"not a certificate"_s)
                                         << u"wechat.merchant_certificate"_s;
    QTest::newRow("certificate of another key") << u"wechat"_s << u"merchant_certificate"_s << QJsonValue(otherCert)
                                                << u"wechat.merchant_certificate"_s;
    QTest::newRow("serial mismatch") << u"wechat"_s << u"merchant_certificate_serial"_s
                                     << QJsonValue(u"5157F09EFDC096DE15EBE81A47057A7232F1B8E1"_s)
                                     << u"wechat.merchant_certificate_serial"_s;
    QTest::newRow("serial lower case") << u"wechat"_s << u"merchant_certificate_serial"_s
                                       << QJsonValue(m_id.merchantCertificateSerial.toLower())
                                       << u"wechat.merchant_certificate_serial"_s;
    QTest::newRow("alipay app id") << u"alipay"_s << u"app_id"_s << QJsonValue(u"902100000000001"_s) << u"alipay.app_id"_s;
    QTest::newRow("seller id") << u"alipay"_s << u"seller_id"_s << QJsonValue(u"2089000000000001"_s) << u"alipay.seller_id"_s;
    QTest::newRow("app key") << u"alipay"_s << u"app_private_key"_s << QJsonValue(u""_s) << u"alipay.app_private_key"_s;
    QTest::newRow("alipay key") << u"alipay"_s << u"alipay_private_key"_s << QJsonValue(42) << u"alipay.alipay_private_key"_s;
}

void TestSandboxIdentity::fromJsonNamesTheBadField()
{
    QFETCH(QString, section);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    QJsonObject root = identityObject(m_id);
    if (section.isEmpty()) {
        if (value.isUndefined() || value.isNull())
            root.remove(field);
        else
            root.insert(field, value);
    } else {
        QJsonObject o = root.value(section).toObject();
        if (value.isUndefined() || value.isNull())
            o.remove(field);
        else
            o.insert(field, value);
        root.insert(section, o);
    }
    const auto parsed = SandboxIdentity::fromJson(QJsonDocument(root).toJson());
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, u"BAD_IDENTITY"_s);
    QVERIFY2(parsed.errorMessage().contains(message), qPrintable(parsed.errorMessage()));
    // Never echoes a secret.
    QVERIFY(!parsed.errorMessage().contains(QString::fromLatin1(m_id.apiV3Key)));
}

void TestSandboxIdentity::derivedConfigurations()
{
    const NotifyConfig config = m_id.notifyConfig();
    QCOMPARE(config.wechat.mchid, m_id.mchid);
    QCOMPARE(config.wechat.appids, (QStringList{m_id.miniProgramAppid, m_id.officialAccountAppid}));
    QCOMPARE(config.wechat.apiV3Key, m_id.apiV3Key);
    QCOMPARE(config.wechat.platformKeys.serials(), QStringList{m_id.weChatPlatformKeyId});
    QVERIFY(config.wechat.isConfigured());
    QCOMPARE(config.alipay.appId, m_id.alipayAppId);
    QCOMPARE(config.alipay.sellerId, m_id.alipaySellerId);
    QCOMPARE(config.alipay.alipayPublicKey.fingerprint(), m_id.alipayPlatformKey.publicKey().fingerprint());

    const WeChatPayV3Signer signer = m_id.merchantSigner();
    QVERIFY(signer.isValid());
    QCOMPARE(signer.mchid(), m_id.mchid);
    QCOMPARE(signer.certificateSerial(), m_id.merchantCertificateSerial);
    // The merchant's request signature verifies with the certificate's key.
    const auto auth = signer.authorization("POST", "/v3/pay/transactions/jsapi", "{}", 1700000000, u"NONCE"_s);
    QVERIFY(auth.ok());
    const auto parsed = WeChatPayV3Signer::parseAuthorization(*auth);
    QVERIFY(parsed);
    const auto sig = QByteArray::fromBase64(parsed->parameters.value(u"signature"_s).toLatin1());
    const auto cert = X509Certificate::fromPem(m_id.merchantCertificatePem);
    QVERIFY(cert->publicKey().verifySha256(WeChatPayV3Signer::message("POST", "/v3/pay/transactions/jsapi", 1700000000, "NONCE", "{}"), sig));

    QCOMPARE(m_id.platformVerifier().keys().serials(), QStringList{m_id.weChatPlatformKeyId});
    QCOMPARE(m_id.alipayAppSigner().appId(), m_id.alipayAppId);
    QVERIFY(m_id.alipayVerifier().isValid());

    const QUrl wechatBase(u"http://127.0.0.1:9001/wechat"_s);
    const QUrl gateway(u"http://127.0.0.1:9001/alipay/gateway.do"_s);
    const ChannelConfig channels = m_id.channelConfig(wechatBase, gateway, u"http://127.0.0.1:8787"_s);
    QCOMPARE(channels.wechat.mchid, m_id.mchid);
    QCOMPARE(channels.wechat.miniProgramAppid, m_id.miniProgramAppid);
    QCOMPARE(channels.wechat.officialAccountAppid, m_id.officialAccountAppid);
    QCOMPARE(channels.wechat.merchantCertificateSerial, m_id.merchantCertificateSerial);
    QCOMPARE(channels.wechat.platformKeyId, m_id.weChatPlatformKeyId);
    QCOMPARE(channels.wechat.platformPublicKeyPem, m_id.weChatPlatformKey.publicKey().toPem());
    QCOMPARE(channels.wechat.apiBaseUrl, wechatBase);
    QCOMPARE(channels.wechat.notifyBaseUrl, u"http://127.0.0.1:8787"_s);
    QCOMPARE(channels.alipay.appId, m_id.alipayAppId);
    QCOMPARE(channels.alipay.sellerId, m_id.alipaySellerId);
    QCOMPARE(channels.alipay.gateway, gateway);
    QCOMPARE(channels.alipay.notifyBaseUrl, u"http://127.0.0.1:8787"_s);
    // The desktop listener's own path from channel settings + keychain gives the same trust.
    const auto fromChannels = notifyConfigFromChannels(channels, m_id.apiV3Key, {}, m_id.alipayPlatformKey.publicKey().toPem());
    QVERIFY2(fromChannels.ok(), qPrintable(fromChannels.errorMessage()));
    QCOMPARE(fromChannels->wechat.platformKeys.serials(), QStringList{m_id.weChatPlatformKeyId});
}

void TestSandboxIdentity::exportWritesTheFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.filePath(u"export/nested"_s); // created on the way
    const auto written = m_id.exportTo(root);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    const QStringList expected{u"README.md"_s,
                               u"wechat/apiclient_key.pem"_s,
                               u"wechat/apiclient_cert.pem"_s,
                               u"wechat/pub_key.pem"_s,
                               u"wechat/apiv3_key.txt"_s,
                               u"wechat/ids.json"_s,
                               u"alipay/app_private_key.pem"_s,
                               u"alipay/app_public_key.pem"_s,
                               u"alipay/alipay_public_key.pem"_s,
                               u"alipay/ids.json"_s,
                               u"mcpay-serve.json"_s,
                               u"sandbox-identity.json"_s};
    QCOMPARE(QSet<QString>(written->cbegin(), written->cend()), QSet<QString>(expected.cbegin(), expected.cend()));
    QCOMPARE(written->size(), expected.size());

    const QSet<QString> secret{u"wechat/apiclient_key.pem"_s, u"wechat/apiv3_key.txt"_s, u"alipay/app_private_key.pem"_s,
                               u"sandbox-identity.json"_s};
    const auto groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QString &name : expected) {
        const QFileInfo info(QDir(root).filePath(name));
        QVERIFY2(info.isFile(), qPrintable(name));
        QVERIFY2(info.size() > 0, qPrintable(name));
        if (secret.contains(name)) {
            QVERIFY2(!(info.permissions() & groupOrOther), qPrintable(name));
            QVERIFY(readSecretFile(info.filePath()).ok());
        } else {
            QVERIFY2(info.permissions() & QFileDevice::ReadOther, qPrintable(name));
        }
    }
    // No other files.
    QStringList all;
    for (const QString &sub : {u"."_s, u"wechat"_s, u"alipay"_s})
        for (const QString &f : QDir(QDir(root).filePath(sub)).entryList(QDir::Files | QDir::Hidden))
            all << f;
    QCOMPARE(all.size(), expected.size());

    const QDir d(root);
    QCOMPARE(readWholeFile(d.filePath(u"wechat/apiv3_key.txt"_s)), m_id.apiV3Key);
    QCOMPARE(RsaPrivateKey::fromPem(readWholeFile(d.filePath(u"wechat/apiclient_key.pem"_s)))->publicKey().fingerprint(),
             m_id.merchantKey.publicKey().fingerprint());
    QCOMPARE(X509Certificate::fromPem(readWholeFile(d.filePath(u"wechat/apiclient_cert.pem"_s)))->serialHex(),
             m_id.merchantCertificateSerial);
    QCOMPARE(RsaPublicKey::fromPem(readWholeFile(d.filePath(u"wechat/pub_key.pem"_s)))->fingerprint(),
             m_id.weChatPlatformKey.publicKey().fingerprint());
    const QByteArray alipayKey = readWholeFile(d.filePath(u"alipay/app_private_key.pem"_s));
    QVERIFY(alipayKey.startsWith("-----BEGIN RSA PRIVATE KEY-----"));
    QCOMPARE(RsaPrivateKey::fromPem(alipayKey)->publicKey().fingerprint(), m_id.alipayAppKey.publicKey().fingerprint());
    QCOMPARE(RsaPublicKey::fromPem(readWholeFile(d.filePath(u"alipay/app_public_key.pem"_s)))->fingerprint(),
             m_id.alipayAppKey.publicKey().fingerprint());
    QCOMPARE(RsaPublicKey::fromPem(readWholeFile(d.filePath(u"alipay/alipay_public_key.pem"_s)))->fingerprint(),
             m_id.alipayPlatformKey.publicKey().fingerprint());

    const QJsonObject weChatIds = QJsonDocument::fromJson(readWholeFile(d.filePath(u"wechat/ids.json"_s))).object();
    QCOMPARE(weChatIds.value(u"mchid"_s).toString(), m_id.mchid);
    QCOMPARE(weChatIds.value(u"mini_program_appid"_s).toString(), m_id.miniProgramAppid);
    QCOMPARE(weChatIds.value(u"official_account_appid"_s).toString(), m_id.officialAccountAppid);
    QCOMPARE(weChatIds.value(u"merchant_certificate_serial"_s).toString(), m_id.merchantCertificateSerial);
    QCOMPARE(weChatIds.value(u"wechatpay_public_key_id"_s).toString(), m_id.weChatPlatformKeyId);
    const QJsonObject alipayIds = QJsonDocument::fromJson(readWholeFile(d.filePath(u"alipay/ids.json"_s))).object();
    QCOMPARE(alipayIds.value(u"app_id"_s).toString(), m_id.alipayAppId);
    QCOMPARE(alipayIds.value(u"seller_id"_s).toString(), m_id.alipaySellerId);

    const auto identity = SandboxIdentity::fromJson(readWholeFile(d.filePath(u"sandbox-identity.json"_s)));
    QVERIFY2(identity.ok(), qPrintable(identity.errorMessage()));
    QCOMPARE(identity->toJson(), m_id.toJson());

    // The README is for people: both languages, the ids, the warning, and no secret.
    const QString readme = QString::fromUtf8(readWholeFile(d.filePath(u"README.md"_s)));
    for (const QString &needle : {m_id.mchid, m_id.weChatPlatformKeyId, m_id.miniProgramAppid, m_id.alipayAppId,
                                  u"Wechatpay-Serial"_s, u"pay_sign_key"_s, u"apiclient_cert"_s, u"ali_public_key"_s,
                                  u"沙箱密钥"_s, u"never work against the real"_s})
        QVERIFY2(readme.contains(needle), qPrintable(needle));
    QVERIFY(!readme.contains(QString::fromLatin1(m_id.apiV3Key)));
    QVERIFY(!readme.contains(u"PRIVATE KEY-----"_s));
}

void TestSandboxIdentity::exportedServeConfigVerifiesNotifications()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(m_id.exportTo(dir.path()).ok());
    const auto file = NotifyConfigFile::load(QDir(dir.path()).filePath(u"mcpay-serve.json"_s));
    QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
    const NotifyConfig &config = file->config;
    QCOMPARE(file->listen, u"127.0.0.1:8787"_s);
    QVERIFY(config.wechat.isConfigured());
    QVERIFY(config.alipay.isConfigured());
    QCOMPARE(config.wechat.mchid, m_id.mchid);
    QCOMPARE(config.wechat.appids, (QStringList{m_id.miniProgramAppid, m_id.officialAccountAppid}));
    QCOMPARE(config.wechat.apiV3Key, m_id.apiV3Key);
    QCOMPARE(config.alipay.appId, m_id.alipayAppId);
    QCOMPARE(config.alipay.sellerId, m_id.alipaySellerId);

    // What the factory makes verifies with what the server under test loaded.
    const SandboxNotify::NotificationFactory factory(m_id);
    SandboxNotify::Payment payment;
    payment.outTradeNo = u"MC202601301234561234"_s;
    payment.amount = Money::fromFen(29);
    const auto wechat = factory.weChatPayment(payment);
    const WeChatNotificationVerifier verifier(config.wechat.platformKeys, config.wechat.apiV3Key);
    const auto verified = verifier.verify(wechat.headers, wechat.body);
    QVERIFY2(verified.ok(), qPrintable(verified.errorMessage()));
    QVERIFY(verified->transaction);
    QCOMPARE(verified->transaction->totalFen, 29);
    QCOMPARE(verified->transaction->mchid, config.wechat.mchid);
    QVERIFY(config.wechat.appids.contains(verified->transaction->appid));

    const auto alipay = factory.alipayPayment(payment);
    const auto alipayVerified = AlipayVerifier(config.alipay.alipayPublicKey).verifyNotification(alipay.body);
    QVERIFY2(alipayVerified.ok(), qPrintable(alipayVerified.errorMessage()));
    QCOMPARE(alipayVerified->appId, config.alipay.appId);
    QCOMPARE(alipayVerified->sellerId, config.alipay.sellerId);
    QCOMPARE(alipayVerified->totalAmount, std::optional<Money>(Money::fromFen(29)));

    // A forgery does not.
    const auto forged = factory.weChatPayment(payment, SandboxNotify::Fault::BadSignature);
    QCOMPARE(verifier.verify(forged.headers, forged.body).error().code, u"BAD_SIGNATURE"_s);
}

void TestSandboxIdentity::exportTightensExistingFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"wechat"_s));
    const QString keyFile = QDir(dir.path()).filePath(u"wechat/apiv3_key.txt"_s);
    QFile f(keyFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("an older, longer content that must be replaced entirely");
    f.close();
    QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(m_id.exportTo(dir.path()).ok());
    QCOMPARE(QFileInfo(keyFile).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QCOMPARE(readWholeFile(keyFile), m_id.apiV3Key);
}

void TestSandboxIdentity::keychainRoundTrip()
{
    SecretStore store(u"mcpay-admin-test-sandbox"_s);
    const Status saved = m_id.saveTo(store);
    if (!saved) {
        if (!qEnvironmentVariableIsSet("CI"))
            QSKIP(qPrintable(u"No Secret Service here: "_s + saved.errorMessage()));
        QFAIL(qPrintable(saved.errorMessage()));
    }
    const auto loaded = SandboxIdentity::loadFrom(store);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded->toJson(), m_id.toJson());
    QVERIFY(store.removeNow(SandboxIdentity::secretKey()).ok());
    const auto gone = SandboxIdentity::loadFrom(store);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, u"not-found"_s);
}

QTEST_GUILESS_MAIN(TestSandboxIdentity)
#include "tst_sandboxidentity.moc"
