#include "cli/cli.h"
#include "testdatabases.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The command line as a user meets it: parsing, exit statuses, the db and orders commands
// against a real database.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wantsGui_data();
    void wantsGui();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
    void migrateSeedExport();
    void databaseErrorExitsOne();

private:
    struct Run
    {
        int status;
        QString out;
        QString err;
    };
    static Run run(QStringList args)
    {
        QString out;
        QString err;
        QTextStream o(&out);
        QTextStream e(&err);
        CliIo io{o, e};
        args.prepend(QStringLiteral("mcpay-admin"));
        const int status = Cli::run(args, io);
        o.flush();
        e.flush();
        return {status, out, err};
    }
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("MCPAY_DB_URL", QByteArray());
}

void TestCli::wantsGui_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("gui");
    QTest::newRow("nothing") << QStringList{QStringLiteral("mcpay-admin")} << true;
    QTest::newRow("db only") << QStringList{QStringLiteral("mcpay-admin"), QStringLiteral("--db"), QStringLiteral("sqlite:///x.db")} << true;
    QTest::newRow("help") << QStringList{QStringLiteral("mcpay-admin"), QStringLiteral("--help")} << false;
    QTest::newRow("version") << QStringList{QStringLiteral("mcpay-admin"), QStringLiteral("--version")} << false;
    QTest::newRow("command") << QStringList{QStringLiteral("mcpay-admin"), QStringLiteral("db"), QStringLiteral("migrate")} << false;
    QTest::newRow("db then command") << QStringList{QStringLiteral("mcpay-admin"), QStringLiteral("--db"), QStringLiteral("sqlite:///x.db"), QStringLiteral("db"), QStringLiteral("seed")} << false;
}

void TestCli::wantsGui()
{
    QFETCH(QStringList, args);
    QFETCH(bool, gui);
    QCOMPARE(Cli::wantsGui(args), gui);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("db"), QStringLiteral("seed"), QStringLiteral("--bogus")};
    QTest::newRow("bad count") << QStringList{QStringLiteral("db"), QStringLiteral("seed"), QStringLiteral("--count"), QStringLiteral("many")};
    QTest::newRow("export without out") << QStringList{QStringLiteral("orders"), QStringLiteral("export")};
    QTest::newRow("bad status") << QStringList{QStringLiteral("orders"), QStringLiteral("export"), QStringLiteral("--out"), QStringLiteral("x.csv"), QStringLiteral("--status"), QStringLiteral("maybe")};
    QTest::newRow("bad amount") << QStringList{QStringLiteral("orders"), QStringLiteral("export"), QStringLiteral("--out"), QStringLiteral("x.csv"), QStringLiteral("--min-amount"), QStringLiteral("1.005")};
    QTest::newRow("bad date") << QStringList{QStringLiteral("orders"), QStringLiteral("export"), QStringLiteral("--out"), QStringLiteral("x.csv"), QStringLiteral("--from"), QStringLiteral("yesterday")};
    QTest::newRow("bad db url") << QStringList{QStringLiteral("--db"), QStringLiteral("postgres://x@y/z"), QStringLiteral("db"), QStringLiteral("migrate")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = run(args);
    QCOMPARE(r.status, 2);
    QVERIFY(r.out.isEmpty());
    // One line saying what is wrong.
    QCOMPARE(r.err.count(u'\n'), 1);
}

void TestCli::helpAndVersion()
{
    Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains(QStringLiteral("db migrate")));
    QVERIFY(r.out.contains(QStringLiteral("orders export")));
    r = run({QStringLiteral("--version")});
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("mcpay-admin " MCPAY_VERSION));
    r = run({QStringLiteral("orders"), QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains(QStringLiteral("--min-amount")));
}

void TestCli::migrateSeedExport()
{
    const QString url = DatabaseUrl::sqlite(m_dir.filePath(QStringLiteral("cli.db"))).toString();
    Run r = run({QStringLiteral("--db"), url, QStringLiteral("db"), QStringLiteral("migrate")});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains(QStringLiteral("0000_marketing_chat_order")));
    r = run({QStringLiteral("--db"), url, QStringLiteral("db"), QStringLiteral("migrate")});
    QCOMPARE(r.status, 0);
    QVERIFY(!r.out.contains(QStringLiteral("0000_marketing_chat_order")));

    r = run({QStringLiteral("db"), QStringLiteral("seed"), QStringLiteral("--count"), QStringLiteral("500"), QStringLiteral("--db"), url});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains(QStringLiteral("500")));

    const QString csv = m_dir.filePath(QStringLiteral("paid.csv"));
    r = run({QStringLiteral("--db"), url, QStringLiteral("orders"), QStringLiteral("export"), QStringLiteral("--status"),
             QStringLiteral("paid"), QStringLiteral("--pay-way"), QStringLiteral("wechat"), QStringLiteral("--out"), csv});
    QCOMPARE(r.status, 0);

    Database db(*DatabaseUrl::parse(url));
    QSqlQuery q(*db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM la_marketing_chat_order WHERE pay_status = 1 AND pay_way = 1 "
                                  "AND delete_time IS NULL")));
    QVERIFY(q.next());
    const int expected = q.value(0).toInt();
    QVERIFY(expected > 0);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(int(bytes.count("\r\n")), expected + 1);
    QVERIFY(r.out.contains(QString::number(expected)));
    db.releaseThreadConnection();
}

void TestCli::databaseErrorExitsOne()
{
    // A MySQL server that is not there: the driver's message, exit 1.
    const Run r = run({QStringLiteral("--db"), QStringLiteral("mysql://nobody@127.0.0.1:1/nothing"), QStringLiteral("db"),
                       QStringLiteral("migrate")});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(QStringLiteral("127.0.0.1")) || r.err.contains(QStringLiteral("connect"), Qt::CaseInsensitive),
             qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
