// The Server Check tab: the battery against this application's own listener (every check
// passes) and against an endpoint that accepts everything (forged notifications accepted),
// over real sockets, with the outcome read from the database.
#include "payments/notificationlogpage.h"
#include "payments/servercheckpage.h"

#include "core/appcontext.h"
#include "listener/boundedhttpserver.h"
#include "sandbox/sandboxservice.h"
#include "testdatabases.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {
constexpr int CheckTimeoutMs = 60'000;
}

class TestServerCheckPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void incompleteFormRunsNothing();
    void ownListenerPassesEveryCheck_data();
    void ownListenerPassesEveryCheck();
    void acceptingEverythingIsReported();

private:
    struct Fixture
    {
        Fixture(TestServerCheckPage *test, const QString &name);
        AppContext context;
        Database db;
        NotificationLogPage listener;
        ServerCheckPage page;
    };

    QTemporaryDir m_dir;
    TestDatabases m_dbs;
    std::optional<SandboxIdentity> m_identity;
};

TestServerCheckPage::Fixture::Fixture(TestServerCheckPage *test, const QString &name)
    : context(test->m_dir.filePath(name + u".ini"_s), u"mcpay-admin-test-servercheck-"_s + name),
      db(test->m_dbs.createMigrated(u"sqlite"_s)), listener(&context), page(&context, &listener)
{
    if (!context.openDatabase(db.url().toString(), {}, 0).ok())
        qFatal("cannot open the test database");
    context.sandbox()->setIdentity(*test->m_identity);
    listener.findChild<QSpinBox *>(u"listenerPort"_s)->setValue(0);
}

void TestServerCheckPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto identity = SandboxIdentity::generate();
    QVERIFY2(identity.ok(), qPrintable(identity.errorMessage()));
    m_identity = *identity;
}

void TestServerCheckPage::incompleteFormRunsNothing()
{
    Fixture f(this, u"incomplete"_s);
    f.page.findChild<QLineEdit *>(u"notifyUrl"_s)->setText(u"not a url"_s);
    QVERIFY(!f.page.run());
    QVERIFY(f.page.summaryText().contains(u"notify URL"_s));
    QCOMPARE(f.page.casesView()->topLevelItemCount(), 0);

    f.page.findChild<QLineEdit *>(u"notifyUrl"_s)->setText(u"http://127.0.0.1:9/api/pay/notifyMnp"_s);
    f.page.findChild<QComboBox *>(u"probeKind"_s)->setCurrentIndex(1); // client API, left empty
    QVERIFY(!f.page.run());
    QVERIFY(f.page.summaryText().contains(u"token"_s));
}

void TestServerCheckPage::ownListenerPassesEveryCheck_data()
{
    QTest::addColumn<int>("channel");
    QTest::newRow("wechat") << int(PayWay::WeChat);
    QTest::newRow("alipay") << int(PayWay::Alipay);
}

void TestServerCheckPage::ownListenerPassesEveryCheck()
{
    QFETCH(int, channel);
    Fixture f(this, QString::fromLatin1(QTest::currentDataTag()));
    auto *channels = f.page.findChild<QComboBox *>(u"channel"_s);
    channels->setCurrentIndex(channels->findData(channel));
    f.page.targetEmbeddedListener();
    QVERIFY(!f.listener.listenerBaseUrl().isEmpty());
    QVERIFY(f.listener.sandboxChannels());
    QVERIFY(f.page.findChild<QLineEdit *>(u"notifyUrl"_s)->text().startsWith(f.listener.listenerBaseUrl().toString()));

    QSignalSpy finished(&f.page, &ServerCheckPage::finished);
    QVERIFY(f.page.run());
    QVERIFY(f.page.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, CheckTimeoutMs);
    const ServerCheckReport report = f.page.report();
    QVERIFY2(report.allPassed(), qPrintable(report.toText()));
    QCOMPARE(report.forgedAccepted, 0);
    QVERIFY(report.cases.size() >= 10);
    QCOMPARE(f.page.casesView()->topLevelItemCount(), report.cases.size());
    QVERIFY(f.page.summaryText().contains(u"Every check passed"_s));
}

void TestServerCheckPage::acceptingEverythingIsReported()
{
    Fixture f(this, u"careless"_s);
    // A notify endpoint that acknowledges everything and never touches an order.
    BoundedHttpServer careless({}, [](const HttpRequest &) {
        return HttpReply{200, "application/json", R"({"code":"SUCCESS","message":"OK"})", {}};
    });
    QVERIFY(careless.listen(QHostAddress::LocalHost, 0));
    f.page.findChild<QLineEdit *>(u"notifyUrl"_s)
        ->setText(u"http://127.0.0.1:%1/api/pay/notifyMnp"_s.arg(careless.serverPort()));
    f.page.findChild<QLineEdit *>(u"databaseUrl"_s)->setText(f.db.url().toString());

    QSignalSpy finished(&f.page, &ServerCheckPage::finished);
    QVERIFY(f.page.run());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, CheckTimeoutMs);
    const ServerCheckReport report = f.page.report();
    QVERIFY(!report.allPassed());
    QVERIFY(report.forgedAccepted > 0);
    QVERIFY(f.page.summaryText().contains(u"failed"_s));

    // The first failure is selected and explained.
    QTreeWidgetItem *current = f.page.casesView()->currentItem();
    QVERIFY(current);
    QVERIFY(current->text(0).contains(u"failed"_s));
    QVERIFY(!f.page.findChild<QPlainTextEdit *>(u"detail"_s)->toPlainText().isEmpty());
}

QTEST_MAIN(TestServerCheckPage)
#include "tst_servercheckpage.moc"
