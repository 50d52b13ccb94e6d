#include "orders/orderexporter.h"
#include "orders/orderrepository.h"
#include "testdatabases.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 SeedStart = 1769904000; // 2026-02-01 UTC
constexpr qint64 SeedEnd = 1775001600;   // 2026-04-01 UTC

// An RFC 4180 reader: quoted fields with doubled quotes, commas, CR and LF inside quotes,
// CRLF between records. Returns nullopt on malformed input.
std::optional<QList<QStringList>> parseCsv(const QByteArray &bytes, bool *hadBom)
{
    QByteArray data = bytes;
    *hadBom = data.startsWith("\xEF\xBB\xBF");
    if (*hadBom)
        data.remove(0, 3);
    const QString text = QString::fromUtf8(data);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty())
                return std::nullopt; // a quote inside an unquoted field
            quoted = true;
            fieldWasQuoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
            fieldWasQuoted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                return std::nullopt; // records end with CRLF, nothing else
            record << field;
            records << record;
            record.clear();
            field.clear();
            fieldWasQuoted = false;
            ++i;
        } else if (c == u'\n') {
            return std::nullopt; // a bare LF outside quotes
        } else {
            if (fieldWasQuoted)
                return std::nullopt; // text after a closing quote
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        return std::nullopt; // the last record must end with CRLF
    return records;
}

QString localTime(qint64 t)
{
    return t > 0 ? QDateTime::fromSecsSinceEpoch(t).toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QString guarded(const QString &text)
{
    static const QString formulaStarts = u"=+-@\t\r"_s;
    return !text.isEmpty() && formulaStarts.contains(text.front()) ? u'\'' + text : text;
}

QString amountText(const QVariant &v)
{
    // SQLite returns the NUMERIC column as 0.4 or 199, MySQL as "0.40": normalise to two
    // decimals without floating point.
    QString s = v.toString();
    const qsizetype dot = s.indexOf(u'.');
    if (dot < 0)
        return s + u".00"_s;
    while (s.size() - dot < 3)
        s += u'0';
    return s;
}

bool insertTrickyRows(const Database &db)
{
    auto conn = db.connection();
    if (!conn)
        return false;
    const QStringList remarks = {u"comma, inside"_s, u"say \"hi\""_s, u"two\nlines"_s, u"crlf\r\ninside"_s,
                                 u"=HYPERLINK(\"http://x\")"_s, u"+86 138"_s, u"-5"_s, u"@SUM(A1)"_s,
                                 u"\ttabbed"_s, u"营销聊天诚意金，含中文"_s, u"  spaced  "_s};
    QSqlQuery q(*conn);
    q.prepare(u"INSERT INTO `%1` (order_sn, user_id, order_amount, pay_way, pay_status, pay_time, transaction_id, "
              "remark, create_time, update_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(db.table(u"marketing_chat_order")));
    for (int i = 0; i < remarks.size(); ++i) {
        const qint64 t = SeedStart + 3600 * (i + 1);
        q.addBindValue(u"MCX%1,\"q\""_s.arg(i));
        q.addBindValue(qint64(500 + i));
        q.addBindValue(u"12.3%1"_s.arg(i % 10));
        q.addBindValue(i % 4);
        q.addBindValue(i % 2);
        q.addBindValue(i % 2 ? t + 10 : 0);
        q.addBindValue(i % 2 ? u"=tx%1"_s.arg(i) : u""_s);
        q.addBindValue(remarks.at(i));
        q.addBindValue(t);
        q.addBindValue(t + 5);
        if (!q.exec()) {
            qWarning() << q.lastError().text();
            return false;
        }
    }
    return true;
}

struct ExportCase
{
    OrderFilter filter;
    OrderSort sort;
    QString where;     // the test's own SQL for the same selection
    QVariantList binds;
};
} // namespace

class TestOrderExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvField_data();
    void csvField();
    void csvEqualsSqlResult_data();
    void csvEqualsSqlResult();
    void progressReportsEveryRow_data() { backends(); }
    void progressReportsEveryRow();
    void cancelLeavesNoFile_data() { backends(); }
    void cancelLeavesNoFile();
    void unwritablePathFails();
    void emptySelectionWritesHeaderOnly();
    void timeFormatterMatchesQDateTime();

private:
    static void backends()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    Database seeded(const QString &backend);

    TestDatabases m_dbs;
    QTemporaryDir m_dir;
    std::map<QString, Database> m_seeded;
};

Database TestOrderExporter::seeded(const QString &backend)
{
    if (auto it = m_seeded.find(backend); it != m_seeded.end())
        return it->second;
    Database db = m_dbs.createMigrated(backend);
    OrderRepository::SeedOptions options;
    options.count = 4500; // more than two progress/cancel intervals of 2,048 rows
    options.startTime = SeedStart;
    options.endTime = SeedEnd;
    options.seed = 77;
    auto n = OrderRepository(db).seedDemoOrders(options);
    if (!n || *n != options.count || !insertTrickyRows(db))
        qFatal("seeding failed: %s", qPrintable(n.errorMessage()));
    m_seeded.emplace(backend, db);
    return db;
}

void TestOrderExporter::csvField_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"MC202601300001"_s << u"MC202601300001"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("chinese") << u"营销聊天诚意金"_s << u"营销聊天诚意金"_s;
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("only a quote") << u"\""_s << u"\"\"\"\""_s;
    QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("spaces kept") << u" a "_s << u" a "_s;
    QTest::newRow("equals") << u"=1+2"_s << u"'=1+2"_s;
    QTest::newRow("plus") << u"+86"_s << u"'+86"_s;
    QTest::newRow("minus") << u"-5"_s << u"'-5"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab first") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("carriage return first") << u"\r=1"_s << u"\"'\r=1\""_s;
    QTest::newRow("formula with comma") << u"=A1,B1"_s << u"\"'=A1,B1\""_s;
    QTest::newRow("formula with quote") << u"=\"x\""_s << u"\"'=\"\"x\"\"\""_s;
    QTest::newRow("equals later is fine") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("apostrophe first is kept") << u"'quoted"_s << u"'quoted"_s;
}

void TestOrderExporter::csvField()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(OrderExporter::csvField(input), expected);
}

void TestOrderExporter::csvEqualsSqlResult_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("which");
    const char *names[] = {"everything by id desc", "paid by amount asc", "tricky rows by remark desc",
                           "created range and wechat by create time asc", "including deleted by user asc"};
    for (const QString &backend : {u"sqlite"_s, u"mariadb"_s}) {
        for (int i = 0; i < int(std::size(names)); ++i)
            QTest::addRow("%s/%s", qPrintable(backend), names[i]) << backend << i;
    }
}

void TestOrderExporter::csvEqualsSqlResult()
{
    QFETCH(QString, backend);
    QFETCH(int, which);
    MCPAY_REQUIRE_BACKEND(backend);
    const Database db = seeded(backend);

    ExportCase c;
    switch (which) {
    case 0:
        c.where = u"delete_time IS NULL ORDER BY id DESC"_s;
        break;
    case 1:
        c.filter.payStatus = PayStatus::Paid;
        c.sort = {OrderColumn::Amount, Qt::AscendingOrder};
        c.where = u"delete_time IS NULL AND pay_status = 1 ORDER BY order_amount ASC, id ASC"_s;
        break;
    case 2:
        c.filter.snContains = u"MCX"_s;
        c.sort = {OrderColumn::Remark, Qt::DescendingOrder};
        c.where = u"delete_time IS NULL AND order_sn LIKE 'MCX%' ORDER BY remark DESC, id DESC"_s;
        break;
    case 3:
        c.filter.createdFrom = SeedStart + 86400 * 5;
        c.filter.createdTo = SeedStart + 86400 * 20;
        c.filter.payWay = PayWay::WeChat;
        c.sort = {OrderColumn::CreateTime, Qt::AscendingOrder};
        c.where = u"delete_time IS NULL AND create_time >= ? AND create_time < ? AND pay_way = 1 "
                  "ORDER BY create_time ASC, id ASC"_s;
        c.binds = {*c.filter.createdFrom, *c.filter.createdTo};
        break;
    default:
        c.filter.includeDeleted = true;
        c.sort = {OrderColumn::UserId, Qt::AscendingOrder};
        c.where = u"1 = 1 ORDER BY user_id ASC, id ASC"_s;
        break;
    }

    const QString path = m_dir.filePath(u"export-%1-%2.csv"_s.arg(backend).arg(which));
    OrderExporter::Options options;
    options.filter = c.filter;
    options.sort = c.sort;
    options.path = path;
    options.connectionName = u"export-test"_s;
    auto written = OrderExporter(db).exportCsv(options);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    bool bom = false;
    const auto records = parseCsv(file.readAll(), &bom);
    QVERIFY2(records.has_value(), "the file is not well-formed CSV with CRLF records");
    QVERIFY(bom);

    QStringList header;
    for (int col = 0; col < int(OrderColumn::Count); ++col)
        header << orderColumnTitle(OrderColumn(col));
    QVERIFY(!records->isEmpty());
    QCOMPARE(records->first(), header);

    auto conn = db.connection();
    QVERIFY(conn.ok());
    QSqlQuery q(*conn);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, order_sn, user_id, order_amount, pay_way, pay_status, pay_time, transaction_id, remark, "
              "create_time, update_time FROM `%1` WHERE "_s.arg(db.table(u"marketing_chat_order")) + c.where);
    for (const QVariant &v : std::as_const(c.binds))
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const QString wayNames[] = {QString(), payWayDisplayName(PayWay::WeChat), payWayDisplayName(PayWay::Alipay),
                                payWayDisplayName(PayWay::Balance)};
    int row = 0;
    while (q.next()) {
        ++row;
        QVERIFY2(row < records->size(), "the file has fewer rows than the query");
        const QStringList expected = {
            q.value(0).toString(),
            guarded(q.value(1).toString()),
            q.value(2).toString(),
            amountText(q.value(3)),
            wayNames[q.value(4).toInt()],
            payStatusDisplayName(q.value(5).toInt() == 1 ? PayStatus::Paid : PayStatus::Unpaid),
            localTime(q.value(6).toLongLong()),
            guarded(q.value(7).toString()),
            guarded(q.value(8).toString()),
            localTime(q.value(9).toLongLong()),
            localTime(q.value(10).toLongLong()),
        };
        if (records->at(row) != expected) {
            qWarning() << "file:" << records->at(row);
            qWarning() << "SQL: " << expected;
            QFAIL(qPrintable(u"row %1 differs"_s.arg(row)));
        }
    }
    QCOMPARE(records->size() - 1, row);
    QCOMPARE(*written, qint64(row));
    QVERIFY(row > 0);
}

void TestOrderExporter::progressReportsEveryRow()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    const Database db = seeded(backend);
    QList<std::pair<qint64, qint64>> calls;
    OrderExporter::Options options;
    options.path = m_dir.filePath(u"progress-%1.csv"_s.arg(backend));
    options.progress = [&](qint64 done, qint64 total) { calls.append({done, total}); };
    auto written = OrderExporter(db).exportCsv(options);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QVERIFY(calls.size() >= 3);
    QCOMPARE(calls.last(), std::make_pair(*written, *written));
    for (qsizetype i = 1; i < calls.size(); ++i)
        QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
    QVERIFY(calls.first().second == *written); // the expected total came from the same filter
}

void TestOrderExporter::cancelLeavesNoFile()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    const Database db = seeded(backend);

    // A new file: nothing is left behind.
    std::atomic_bool cancel = false;
    OrderExporter::Options options;
    options.path = m_dir.filePath(u"cancelled-%1.csv"_s.arg(backend));
    options.cancel = &cancel;
    options.progress = [&](qint64, qint64) { cancel = true; }; // cancel at the first report
    auto written = OrderExporter(db).exportCsv(options);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, u"cancelled"_s);
    QVERIFY(!written.errorMessage().isEmpty());
    QVERIFY(!QFile::exists(options.path));

    // An existing file: it stays as it was.
    const QString existing = m_dir.filePath(u"existing-%1.csv"_s.arg(backend));
    {
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("previous export\r\n");
    }
    options.path = existing;
    cancel = true; // cancelled before it starts
    options.progress = nullptr;
    written = OrderExporter(db).exportCsv(options);
    QCOMPARE(written.error().code, u"cancelled"_s);
    QFile f(existing);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("previous export\r\n"));
    QCOMPARE(QDir(m_dir.path()).entryList({u"existing-%1*"_s.arg(backend)}, QDir::Files | QDir::Hidden).size(), 1);
}

void TestOrderExporter::unwritablePathFails()
{
    const Database db = seeded(u"sqlite"_s);
    OrderExporter::Options options;
    options.path = m_dir.filePath(u"no/such/folder/orders.csv"_s);
    auto written = OrderExporter(db).exportCsv(options);
    QVERIFY(!written.ok());
    QVERIFY(written.errorMessage().contains(options.path));
}

void TestOrderExporter::emptySelectionWritesHeaderOnly()
{
    const Database db = seeded(u"sqlite"_s);
    OrderExporter::Options options;
    options.filter.snContains = u"no such order"_s;
    options.path = m_dir.filePath(u"empty.csv"_s);
    auto written = OrderExporter(db).exportCsv(options);
    QVERIFY(written.ok());
    QCOMPARE(*written, 0);
    QFile f(options.path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    bool bom = false;
    const auto records = parseCsv(f.readAll(), &bom);
    QVERIFY(records.has_value());
    QVERIFY(bom);
    QCOMPARE(records->size(), 1);
}

void TestOrderExporter::timeFormatterMatchesQDateTime()
{
    // Over two days in steps that cross every quarter-hour boundary, and backwards, the
    // fast formatter agrees with QDateTime.
    UnixTimeFormatter formatter;
    for (qint64 t = SeedStart - 1; t < SeedStart + 2 * 86400; t += 37)
        QCOMPARE(formatter.format(t), localTime(t));
    QCOMPARE(formatter.format(0), QString());
    QCOMPARE(formatter.format(SeedStart + 900), localTime(SeedStart + 900));
    QCOMPARE(formatter.format(SeedStart + 899), localTime(SeedStart + 899));
    QCOMPARE(formatter.format(SeedStart), localTime(SeedStart)); // going back in time

    // Rows in any order over two years: more quarter hours than the formatter remembers.
    QRandomGenerator rng(7);
    const qint64 span = 2 * 366 * 86400;
    for (int i = 0; i < 20000; ++i) {
        const qint64 t = SeedStart - span / 2 + qint64(rng.bounded(quint32(span)));
        QString appended = u"x"_s;
        formatter.appendTo(appended, t);
        QCOMPARE(appended, u"x"_s + localTime(t));
    }
}

QTEST_GUILESS_MAIN(TestOrderExporter)
#include "tst_orderexporter.moc"
