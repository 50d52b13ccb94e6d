#include "channels/channelconfig.h"
#include "core/settings.h"

#include "../crypto/opensslcli.h"
#include "testdatabases.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestChannelConfig final : public QObject
{
    Q_OBJECT

private slots:
    void settingsRoundTrip();
    void secretsNeverInSettings();
    void readsLikeadminPayConfig_data();
    void readsLikeadminPayConfig();
    void plainDatabaseIsNotLikeadmin();

private:
    QTemporaryDir m_dir;
    TestDatabases m_dbs;
};

static ChannelConfig sample()
{
    ChannelConfig c;
    c.wechat.mchid = u"1900000109"_s;
    c.wechat.miniProgramAppid = u"wxd678efh567hg6787"_s;
    c.wechat.officialAccountAppid = u"wx0000000000000002"_s;
    c.wechat.merchantCertificateSerial = u"3775B6A45ACD588826D15E583A95F5DD00000001"_s;
    c.wechat.platformKeyId = u"PUB_KEY_ID_0119000001092025010100000000000001"_s;
    c.wechat.platformPublicKeyPem = "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n";
    c.wechat.notifyBaseUrl = u"https://shop.example.com"_s;
    c.wechat.apiBaseUrl = QUrl(u"http://127.0.0.1:9000"_s);
    c.wechat.legacyV2 = true;
    c.alipay.appId = u"2021000000000001"_s;
    c.alipay.sellerId = u"2088000000000001"_s;
    c.alipay.notifyBaseUrl = u"https://shop.example.com"_s;
    c.alipay.gateway = QUrl(u"https://openapi-sandbox.dl.alipaydev.com/gateway.do"_s);
    return c;
}

void TestChannelConfig::settingsRoundTrip()
{
    const QString ini = m_dir.filePath(u"settings.ini"_s);
    {
        Settings settings(ini);
        QCOMPARE(ChannelConfig::load(settings).wechat.apiBaseUrl, QUrl(u"https://api.mch.weixin.qq.com"_s));
        sample().save(settings);
    }
    Settings again(ini);
    const ChannelConfig loaded = ChannelConfig::load(again);
    QVERIFY(loaded == sample());
    QCOMPARE(loaded.wechat.appids(), (QStringList{u"wxd678efh567hg6787"_s, u"wx0000000000000002"_s}));
}

void TestChannelConfig::secretsNeverInSettings()
{
    const QString ini = m_dir.filePath(u"secrets.ini"_s);
    {
        Settings settings(ini);
        sample().save(settings);
    }
    const QByteArray text = readWholeFile(ini);
    QVERIFY(!text.isEmpty());
    QVERIFY(!text.contains("PRIVATE KEY"));
    QVERIFY(!text.toLower().contains("apiv3"));
}

void TestChannelConfig::readsLikeadminPayConfig_data()
{
    TestDatabases::addBackendColumn();
    TestDatabases::addBackendRows();
}

void TestChannelConfig::readsLikeadminPayConfig()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    CliKeyMaterial keys;
    QVERIFY(makeCliKeyMaterial(m_dir.path(), u"likeadmin"_s, u"3775B6A45ACD588826D15E583A95F5DD0000ABCD"_s, &keys));
    const Database db = m_dbs.create(backend);
    auto connection = db.connection();
    QVERIFY(connection.ok());
    QSqlQuery q(*connection);
    QVERIFY2(q.exec(u"CREATE TABLE "_s + db.table(u"dev_pay_config")
                    + u" (id INTEGER PRIMARY KEY, name varchar(32), pay_way tinyint, config text, icon varchar(255), sort int, remark varchar(255))"_s),
             qPrintable(q.lastError().text()));
    const QJsonObject wechat{{u"interface_version"_s, u"v3"_s}, {u"merchant_type"_s, u"ordinary_merchant"_s},
                             {u"mch_id"_s, u"1900000109"_s}, {u"pay_sign_key"_s, u"a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb"_s},
                             {u"apiclient_cert"_s, QString::fromLatin1(readWholeFile(keys.certPath))},
                             {u"apiclient_key"_s, QString::fromLatin1(readWholeFile(keys.pkcs8Path))}};
    const QJsonObject alipay{{u"mode"_s, u"normal_mode"_s}, {u"merchant_type"_s, u"ordinary_merchant"_s},
                             {u"app_id"_s, u"2021000000000001"_s}, {u"private_key"_s, u"MIIEv..."_s},
                             {u"ali_public_key"_s, u"MIIBIj..."_s}};
    q.prepare(u"INSERT INTO "_s + db.table(u"dev_pay_config") + u" (id, name, pay_way, config) VALUES (?, ?, ?, ?)"_s);
    for (const auto &[id, payWay, config] : {std::tuple{1, 1, wechat}, std::tuple{2, 2, alipay}}) {
        q.addBindValue(id);
        q.addBindValue(payWay == 1 ? u"微信支付"_s : u"支付宝支付"_s);
        q.addBindValue(payWay);
        q.addBindValue(QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    const auto read = LikeadminPayConfig::read(db);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QVERIFY(read->hasWeChat && read->hasAlipay);
    QCOMPARE(read->ids.wechat.mchid, u"1900000109"_s);
    QCOMPARE(read->ids.wechat.merchantCertificateSerial, u"3775B6A45ACD588826D15E583A95F5DD0000ABCD"_s);
    QCOMPARE(read->weChatApiV3Key, "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb"_ba);
    QVERIFY(read->weChatPrivateKey.contains("BEGIN PRIVATE KEY"));
    QCOMPARE(read->ids.alipay.appId, u"2021000000000001"_s);
    QCOMPARE(read->alipayPublicKey, "MIIBIj..."_ba);
}

void TestChannelConfig::plainDatabaseIsNotLikeadmin()
{
    const Database db = m_dbs.createMigrated(u"sqlite"_s);
    const auto read = LikeadminPayConfig::read(db);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, u"NO_TABLE"_s);
}

QTEST_GUILESS_MAIN(TestChannelConfig)
#include "tst_channelconfig.moc"
