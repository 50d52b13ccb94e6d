// The `flow …` command line (app/cli/flowcommands), run in-process against real files and a
// real SQLite database.
#include "cli/cli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exit = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    CliIo io{out, err};
    r.exit = Cli::run(QStringList{u"mcpay-admin"_s} + args, io);
    out.flush();
    err.flush();
    return r;
}

QString write(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(text.toUtf8());
    return path;
}

QString seedPath()
{
    return qEnvironmentVariable("MCPAY_SOURCE_DIR") + u"/resources/flows/seed-payment.json"_s;
}

const QString badFlow = u"[\n    {\n        \"content\": \"pay\",\n        \"waitForResponse\": true,\n"
                        "        \"responseKey\": \"p\",\n        \"buttons\": [\n            {\n"
                        "                \"text\": \"Pay\",\n                \"type\": \"payment\",\n"
                        "                \"amount\": \"0.40\"\n            }\n        ]\n    }\n]\n"_s;
} // namespace

class tst_FlowCommands : public QObject
{
    Q_OBJECT

private slots:
    void validateClean();
    void validateErrors();
    void validateJson();
    void validateMaxAmount();
    void validateUsage();
    void publishPullHistoryRollback();
};

void tst_FlowCommands::validateClean()
{
    const Run r = run({u"flow"_s, u"validate"_s, seedPath()});
    QCOMPARE(r.exit, 0);
    QCOMPARE(r.out, QString());
}

void tst_FlowCommands::validateErrors()
{
    QTemporaryDir dir;
    const QString bad = write(dir, u"bad.json"_s, badFlow);
    const Run r = run({u"flow"_s, u"validate"_s, seedPath(), bad});
    QCOMPARE(r.exit, 1);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(bad + u":10:27: error: payment-amount-string: "_s), qPrintable(lines.first()));
    QVERIFY(r.err.contains(u"2 file(s)"_s));

    const Run missing = run({u"flow"_s, u"validate"_s, dir.filePath(u"nope.json"_s)});
    QCOMPARE(missing.exit, 1);
    QVERIFY(missing.out.contains(u"flow-file-open"_s));
}

void tst_FlowCommands::validateJson()
{
    QTemporaryDir dir;
    const QString bad = write(dir, u"bad.json"_s, badFlow);
    const Run r = run({u"flow"_s, u"validate"_s, u"--json"_s, bad});
    QCOMPARE(r.exit, 1);
    const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(a.size(), 1);
    const QJsonObject d = a.first().toObject();
    QCOMPARE(d[u"code"_s].toString(), u"payment-amount-string"_s);
    QCOMPARE(d[u"severity"_s].toString(), u"error"_s);
    QCOMPARE(d[u"path"_s].toString(), u"[0].buttons[0].amount"_s);
    QCOMPARE(d[u"line"_s].toInt(), 10);
    QCOMPARE(d[u"column"_s].toInt(), 27);
    QCOMPARE(d[u"file"_s].toString(), bad);
}

void tst_FlowCommands::validateMaxAmount()
{
    QCOMPARE(run({u"flow"_s, u"validate"_s, u"--max-amount"_s, u"0.30"_s, seedPath()}).exit, 1);
    QCOMPARE(run({u"flow"_s, u"validate"_s, u"--max-amount"_s, u"0.40"_s, seedPath()}).exit, 0);
}

void tst_FlowCommands::validateUsage()
{
    QCOMPARE(run({u"flow"_s, u"validate"_s}).exit, 2);
    QCOMPARE(run({u"flow"_s, u"validate"_s, u"--max-amount"_s, u"0.001"_s, seedPath()}).exit, 2);
}

void tst_FlowCommands::publishPullHistoryRollback()
{
    QTemporaryDir dir;
    const QString db = u"sqlite://"_s + dir.filePath(u"flow.db"_s);
    QTemporaryDir other;
    const QString v2 = write(other, u"v2.json"_s, u"[{\"type\":\"service\",\"content\":\"v2\"}]"_s);
    const QString warn = write(other, u"warn.json"_s, u"[{\"content\":\"\"}]"_s);

    Run r = run({u"flow"_s, u"publish"_s, u"--db"_s, db, seedPath(), u"--comment"_s, u"first"_s, u"--author"_s, u"ann"_s});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    r = run({u"flow"_s, u"publish"_s, u"--db"_s, db, v2, u"--comment"_s, u"second"_s});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    r = run({u"flow"_s, u"publish"_s, u"--db"_s, db, warn, u"--comment"_s, u"w"_s});
    QCOMPARE(r.exit, 1);
    QVERIFY(r.err.contains(u"--accept-warnings"_s));

    const QString pulled = dir.filePath(u"pulled.json"_s);
    r = run({u"flow"_s, u"pull"_s, u"--db"_s, db, u"--out"_s, pulled});
    QCOMPARE(r.exit, 0);
    QFile f(pulled);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()), u"[{\"type\":\"service\",\"content\":\"v2\"}]"_s);

    r = run({u"flow"_s, u"history"_s, u"--db"_s, db});
    QCOMPARE(r.exit, 0);
    const QStringList rows = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(1).startsWith(u"1\t"_s));
    QVERIFY(rows.at(1).contains(u"ann"_s));

    r = run({u"flow"_s, u"rollback"_s, u"--db"_s, db, u"1"_s});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    r = run({u"flow"_s, u"pull"_s, u"--db"_s, db, u"--out"_s, u"-"_s});
    QFile seed(seedPath());
    QVERIFY(seed.open(QIODevice::ReadOnly));
    QCOMPARE(r.out, QString::fromUtf8(seed.readAll()));
}

QTEST_GUILESS_MAIN(tst_FlowCommands)
#include "tst_flowcommands.moc"
