#include "payments/channelsettingsdialog.h"
#include "payments/notificationlogpage.h"
#include "payments/notifylogmodel.h"

#include "../../app/channels/testnotifications.h"
#include "../../app/listener/httptestclient.h"
#include "core/appcontext.h"
#include "core/settings.h"
#include "db/databaseurl.h"
#include "finance/auditlog.h"
#include "listener/notifylistener.h"
#include "orders/orderrepository.h"
#include "testdatabases.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPaymentsUi final : public QObject
{
    Q_OBJECT

private slots:
    void logModelPassesModelTester();
    void logPageShowsLiveNotifications();
    void settingsDialogNeverShowsSecrets();
    void settingsDialogSavesIds();

private:
    QTemporaryDir m_dir;
    TestDatabases m_dbs;
};

void TestPaymentsUi::logModelPassesModelTester()
{
    NotifyLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    NotifyRecord r;
    r.receivedAtMs = 1769747696000;
    r.channel = u"wechat"_s;
    r.verdict = NotifyVerdict::Applied;
    r.notifiedFen = 29;
    r.latencyUs = 1500;
    model.setRecords({r, r});
    r.verdict = NotifyVerdict::AmountMismatch;
    model.prepend(r);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(0, NotifyLogModel::Amount)).toString(), u"0.29"_s);
    QCOMPARE(model.data(model.index(0, NotifyLogModel::Verdict), Qt::UserRole).toString(), u"amount_mismatch"_s);
    QCOMPARE(model.data(model.index(1, NotifyLogModel::Verdict), Qt::UserRole).toString(), u"applied"_s);
    model.setRecords({});
    QCOMPARE(model.rowCount(), 0);

    // Bounded: the oldest rows fall off.
    NotifyLogModel bounded;
    for (int i = 0; i < NotifyLogModel::MaxRows + 5; ++i) {
        r.latencyUs = i;
        bounded.prepend(r);
    }
    QCOMPARE(bounded.rowCount(), NotifyLogModel::MaxRows);
    QCOMPARE(bounded.record(0).latencyUs, NotifyLogModel::MaxRows + 4);
}

void TestPaymentsUi::logPageShowsLiveNotifications()
{
    AppContext context(m_dir.filePath(u"page.ini"_s), u"mcpay-admin-test-page"_s);
    const Database db = m_dbs.createMigrated(u"sqlite"_s);
    QVERIFY(context.openDatabase(db.url().toString(), {}, 0).ok());
    NotificationLogPage page(&context);
    page.show();
    QCOMPARE(page.model()->rowCount(), 0);

    // A listener of the application (as the main window or the page runs it).
    WeChatTestMerchant wechat;
    wechat.platformKey = RsaPrivateKey::generate().value();
    NotifyConfig config;
    config.wechat.mchid = wechat.mchid;
    config.wechat.apiV3Key = wechat.apiV3Key;
    config.wechat.platformKeys.addPublicKey(wechat.platformSerial, wechat.platformKey.publicKey());
    NotifyListener listener(context.database(), config);
    connect(&listener, &NotifyListener::notificationHandled, &page, &NotificationLogPage::addRecord);
    QVERIFY(listener.start(QHostAddress::LocalHost, 0).ok());

    const auto order = OrderRepository(context.database()).create(Money::fromFen(29), 1);
    WeChatTransactionSpec t;
    t.outTradeNo = order->orderSn;
    t.totalFen = 29;
    const auto r = makeWeChatNotification(wechat, t);
    QCOMPARE(httpRoundTrip(listener.serverPort(), buildHttpRequest("/api/pay/notifyMnp", r.headers, r.body)).status, 200);
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->data(page.model()->index(0, NotifyLogModel::Order)).toString(), order->orderSn);
    QCOMPARE(page.model()->data(page.model()->index(0, NotifyLogModel::Verdict), Qt::UserRole).toString(), u"applied"_s);
    listener.stop();

    // Reloading reads the journal back.
    page.reload();
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.listenerActions().size(), 3);
}

void TestPaymentsUi::settingsDialogNeverShowsSecrets()
{
    AppContext context(m_dir.filePath(u"dialog.ini"_s), u"mcpay-admin-test-dialog"_s);
    ChannelSettingsDialog dialog(&context);
    const RsaPrivateKey merchant = RsaPrivateKey::generate().value();
    const QByteArray apiV3Key = "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb";
    dialog.setSecretValue(ChannelSecrets::weChatMerchantPrivateKey, merchant.toPkcs8Pem());
    dialog.setSecretValue(ChannelSecrets::weChatApiV3Key, apiV3Key + '\n');
    dialog.setSecretValue(ChannelSecrets::alipayAppPrivateKey, merchant.toPkcs1Pem());
    dialog.setSecretValue(ChannelSecrets::alipayPublicKey, merchant.publicKey().toPem());
    dialog.setSecretValue(ChannelSecrets::weChatV2ApiKey, "192006250b4c09247ec02edce69f6a2d");
    QCOMPARE(dialog.pendingSecretNames().size(), 5);
    // Rejected imports do not replace anything.
    dialog.setSecretValue(ChannelSecrets::weChatMerchantPrivateKey, "not a key");
    dialog.setSecretValue(ChannelSecrets::weChatApiV3Key, "short");

    QSignalSpy tested(&dialog, &ChannelSettingsDialog::keysTested);
    dialog.testKeys();
    QTRY_COMPARE(tested.size(), 1);
    QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
    QVERIFY(tested.first().at(1).toString().contains(u"AES-256-GCM"_s));

    // No widget shows a secret.
    const QByteArray pem = merchant.toPkcs8Pem();
    const QString secretLine = QString::fromLatin1(pem.split('\n').at(1));
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        QVERIFY(!label->text().contains(QString::fromLatin1(apiV3Key)));
        QVERIFY(!label->text().contains(secretLine));
    }
    for (const QLineEdit *edit : dialog.findChildren<QLineEdit *>())
        QVERIFY(!edit->text().contains(QString::fromLatin1(apiV3Key)));
    const QString report = dialog.findChild<QPlainTextEdit *>(u"testReport"_s)->toPlainText();
    QVERIFY(!report.contains(QString::fromLatin1(apiV3Key)));
    QVERIFY(dialog.findChild<QLabel *>(u"state:"_s + ChannelSecrets::weChatApiV3Key)->text().contains(u"32"_s));
}

void TestPaymentsUi::settingsDialogSavesIds()
{
    const QString ini = m_dir.filePath(u"save.ini"_s);
    {
        AppContext context(ini, u"mcpay-admin-test-save"_s);
        const QString url = DatabaseUrl::sqlite(m_dir.filePath(u"save.db"_s)).toString();
        auto opened = context.openDatabase(url, {}, 0);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        ChannelSettingsDialog dialog(&context);
        dialog.setActor(AuditActor{u"dora"_s, Profiles::key(Profile::Admin)});
        QLineEdit *mchid = dialog.findChild<QLineEdit *>(u"mchid"_s);
        QVERIFY(mchid);
        mchid->clear();
        QTest::keyClicks(mchid, u"1900000109"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"alipayAppId"_s), u"2021000000000001"_s);
        QSignalSpy saved(&dialog, &ChannelSettingsDialog::saved);
        dialog.save();
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // The change is in the audit log: who, which channels, each id from and to.
        auto audit = AuditLog(context.database()).query({});
        QVERIFY2(audit.ok(), qPrintable(audit.errorMessage()));
        QCOMPARE(audit->size(), 1);
        const AuditEntry &entry = audit->first();
        QCOMPARE(entry.action, QString(AuditAction::ChannelConfigChanged));
        QCOMPARE(entry.actor.osUser, u"dora"_s);
        QCOMPARE(entry.object, u"alipay,wechat"_s);
        const QJsonObject changes = entry.details.value(u"changes"_s).toObject();
        QCOMPARE(changes.value(u"wechat.mchid"_s).toObject().value(u"to"_s).toString(), u"1900000109"_s);
        QCOMPARE(changes.value(u"alipay.app_id"_s).toObject().value(u"to"_s).toString(), u"2021000000000001"_s);
        QVERIFY(!changes.contains(u"alipay.seller_id"_s)); // unchanged fields are not listed

        // Saving again without a change records nothing.
        ChannelSettingsDialog again(&context);
        QSignalSpy savedAgain(&again, &ChannelSettingsDialog::saved);
        again.save();
        QTRY_COMPARE(savedAgain.size(), 1);
        QCOMPARE(AuditLog(context.database()).query({})->size(), 1);
    }
    Settings settings(ini);
    const ChannelConfig config = ChannelConfig::load(settings);
    QCOMPARE(config.wechat.mchid, u"1900000109"_s);
    QCOMPARE(config.alipay.appId, u"2021000000000001"_s);
}

QTEST_MAIN(TestPaymentsUi)
#include "tst_paymentsui.moc"
