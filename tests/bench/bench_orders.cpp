// Orders browsing benchmark on a large SQLite table: first screen, filters with totals,
// scrolling, CSV export against the sqlite3 shell, and peak memory.
//
//   bench_orders [--rows 1000000] [--cache FILE] [--fresh] [--sqlite3 PATH]
//
// The seeded database is kept in the cache file (default: <tmp>/mcpay-bench-orders-<rows>.db)
// so that later runs start at once; --fresh seeds it again.

#include "db/database.h"
#include "db/schemamigrator.h"
#include "orders/orderexporter.h"
#include "orders/orderquerymodel.h"
#include "orders/orderrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>
#include <time.h>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 SeedEnd = 1775001600; // 2026-04-01 00:00 UTC; the seed spans the 90 days before

struct Figure
{
    QString what;
    double ms = 0;
    QString detail;
    QString target;
    bool met = true;
    double cpuMs = -1;
};

QList<Figure> g_figures;

void out(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

void record(const QString &what, double ms, double cpuMs, const QString &detail, double targetMs = -1,
            const QString &target = {})
{
    Figure f{what, ms, detail, target, true, cpuMs};
    if (targetMs > 0) {
        f.met = ms < targetMs;
        if (f.target.isEmpty())
            f.target = u"< %1 ms"_s.arg(targetMs);
    }
    out(u"  %1: %2 ms (CPU %3 ms) %4"_s.arg(what).arg(ms, 0, 'f', 1).arg(cpuMs, 0, 'f', 1).arg(detail));
    g_figures << f;
}

// Wall time, and the CPU time of this process and of the children it waited for: on a
// machine whose cores other people are using, CPU time is what a step costs, wall time is
// what it took.
double cpuMsNow()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    rusage children{};
    getrusage(RUSAGE_CHILDREN, &children);
    const auto tv = [](const timeval &v) { return double(v.tv_sec) * 1e3 + double(v.tv_usec) / 1e3; };
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6 + tv(children.ru_utime) + tv(children.ru_stime);
}

class Stopwatch
{
public:
    void start()
    {
        m_wall.start();
        m_cpu = cpuMsNow();
    }
    void restart() { start(); }
    double wallMs() const { return double(m_wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return cpuMsNow() - m_cpu; }

private:
    QElapsedTimer m_wall;
    double m_cpu = 0;
};

double msSince(const Stopwatch &t)
{
    return t.wallMs();
}

// Peak and current resident set size in KiB, from /proc/self/status.
qint64 procStatusKiB(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// The machine's load (other processes share the cores), from /proc/loadavg.
QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    if (!f.open(QIODevice::ReadOnly))
        return u"unknown"_s;
    return QString::fromLatin1(f.readAll().split(' ').mid(0, 3).join(' '));
}

// Resets VmHWM to the current RSS (Linux: write "5" to clear_refs).
bool resetPeakRss()
{
    QFile f(u"/proc/self/clear_refs"_s);
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

// Reads every column of rows [first, first + count) as a view painting them would.
void touchRows(const OrderQueryModel &model, int first, int count)
{
    const int end = std::min(model.rowCount(), first + count);
    for (int row = std::max(0, first); row < end; ++row) {
        for (int c = 0; c < int(OrderColumn::Count); ++c) {
            const QVariant v = model.index(row, c).data();
            Q_UNUSED(v);
        }
    }
}

qint64 scalar(const Database &db, const QString &sql)
{
    auto conn = db.connection();
    QSqlQuery q(*conn);
    if (!q.exec(sql) || !q.next()) {
        out(u"query failed: %1: %2"_s.arg(sql, q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

// Waits for a background count to deliver the totals.
void waitForTotals(OrderQueryModel &model)
{
    if (!model.isCounting())
        return;
    QEventLoop loop;
    QObject::connect(&model, &OrderQueryModel::totalsChanged, &loop, &QEventLoop::quit);
    QObject::connect(&model, &OrderQueryModel::errorOccurred, &loop, &QEventLoop::quit);
    loop.exec();
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_orders"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Benchmarks the order browser on a large SQLite table."_s);
    parser.addHelpOption();
    const QCommandLineOption rowsOption(u"rows"_s, u"Rows to seed (default 1000000)."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption cacheOption(u"cache"_s, u"The seeded database file to reuse."_s, u"FILE"_s);
    const QCommandLineOption freshOption(u"fresh"_s, u"Seed the cache file again."_s);
    const QCommandLineOption sqliteOption(u"sqlite3"_s, u"The sqlite3 shell to compare with."_s, u"PATH"_s, u"sqlite3"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Runs per timed step; the median is shown (default 3)."_s,
                                          u"N"_s, u"3"_s);
    parser.addOptions({rowsOption, cacheOption, freshOption, sqliteOption, repeatOption});
    parser.process(app);

    const qint64 rows = parser.value(rowsOption).toLongLong();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const QString cache = parser.isSet(cacheOption)
        ? QFileInfo(parser.value(cacheOption)).absoluteFilePath()
        : QDir::temp().filePath(u"mcpay-bench-orders-%1.db"_s.arg(rows));
    if (rows <= 0) {
        out(u"--rows must be positive"_s);
        return 2;
    }

    out(u"mcpay-admin orders benchmark: %1 rows, database %2"_s.arg(rows).arg(cache));
    out(u"  load average at start: %1"_s.arg(loadAverage()));
    if (parser.isSet(freshOption)) {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(cache + suffix);
    }
    const bool existed = QFile::exists(cache);
    const Database db(DatabaseUrl::sqlite(cache));
    {
        Stopwatch t;
        t.start();
        auto migrated = SchemaMigrator(db).migrate();
        if (!migrated) {
            out(u"migration failed: %1"_s.arg(migrated.errorMessage()));
            return 1;
        }
        if (!migrated->applied.isEmpty())
            out(u"  applied migrations %1 in %2 ms"_s.arg(migrated->applied.join(u", "_s)).arg(msSince(t), 0, 'f', 0));
    }
    const QString table = db.table(u"marketing_chat_order");
    qint64 present = scalar(db, u"SELECT COUNT(*) FROM `%1`"_s.arg(table));
    if (!existed || present != rows) {
        if (present > 0) {
            out(u"  the cache holds %1 rows, not %2: seeding again"_s.arg(present).arg(rows));
            scalar(db, u"DELETE FROM `%1`"_s.arg(table));
        }
        Stopwatch t;
        t.start();
        OrderRepository::SeedOptions options;
        options.count = rows;
        options.endTime = SeedEnd;
        options.startTime = SeedEnd - 90 * 86400;
        options.seed = 1;
        auto seeded = OrderRepository(db).seedDemoOrders(options);
        if (!seeded) {
            out(u"seeding failed: %1"_s.arg(seeded.errorMessage()));
            return 1;
        }
        out(u"  seeded %1 rows in %2 s"_s.arg(*seeded).arg(msSince(t) / 1000, 0, 'f', 1));
        present = *seeded;
    }
    const qint64 visible = scalar(db, u"SELECT COUNT(*) FROM `%1` WHERE delete_time IS NULL"_s.arg(table));
    out(u"  %1 rows, %2 not deleted"_s.arg(present).arg(visible));
    db.releaseThreadConnection();

    // 1. First screen: a new model on a new connection, then the 40 rows a window shows.
    // The orders page counts in the background; the synchronous count is shown for
    // comparison.
    out(u"\nFirst screen (setDatabase + data() of rows 0–39, all columns)"_s);
    {
        QList<double> rowsTimes;
        QList<double> totalsTimes;
        QList<double> syncTimes;
        QList<double> rowsCpu;
        QList<double> totalsCpu;
        QList<double> syncCpu;
        for (int i = 0; i < repeat; ++i) {
            db.releaseThreadConnection();
            Stopwatch t;
            t.start();
            OrderQueryModel model;
            model.setCountInBackground(true);
            model.setDatabase(db);
            touchRows(model, 0, 40);
            rowsTimes << msSince(t);
            rowsCpu << t.cpuMs();
            waitForTotals(model);
            totalsTimes << msSince(t);
            totalsCpu << t.cpuMs();
            if (model.rowCount() != visible)
                out(u"  WRONG row count %1"_s.arg(model.rowCount()));
        }
        for (int i = 0; i < repeat; ++i) {
            db.releaseThreadConnection();
            Stopwatch t;
            t.start();
            OrderQueryModel model;
            model.setDatabase(db);
            touchRows(model, 0, 40);
            syncTimes << msSince(t);
            syncCpu << t.cpuMs();
        }
        record(u"first screen (rows; count in background)"_s, median(rowsTimes), median(rowsCpu),
               u"(first run %1 ms)"_s.arg(rowsTimes.first(), 0, 'f', 1), 100);
        record(u"first screen: count and totals in"_s, median(totalsTimes), median(totalsCpu), QString());
        record(u"first screen with a synchronous count"_s, median(syncTimes), median(syncCpu), QString());
    }

    // 2. Filters with totals.
    out(u"\nFilters (setFilter → rows 0–39 shown → totals in)"_s);
    OrderQueryModel model;
    model.setCountInBackground(true);
    model.setDatabase(db);
    waitForTotals(model);
    {
        // Values that select realistic amounts of rows, taken from the data.
        const qint64 midId = scalar(db, u"SELECT id FROM `%1` ORDER BY id LIMIT 1 OFFSET %2"_s.arg(table).arg(present / 2));
        const qint64 userId = scalar(db, u"SELECT user_id FROM `%1` WHERE id = %2"_s.arg(table).arg(midId));
        const qint64 midCreated = scalar(db, u"SELECT create_time FROM `%1` WHERE id = %2"_s.arg(table).arg(midId));
        QString snPart;
        {
            auto conn = db.connection();
            QSqlQuery q(*conn);
            q.exec(u"SELECT order_sn FROM `%1` WHERE id = %2"_s.arg(table).arg(midId));
            if (q.next())
                snPart = q.value(0).toString().mid(2, 12); // yyyyMMddHHmm: one minute of orders
        }
        struct Case
        {
            QString name;
            OrderFilter filter;
            bool indexed;
        };
        QList<Case> cases;
        OrderFilter f;
        f.payStatus = PayStatus::Paid;
        cases.append({u"pay status = paid"_s, f, true});
        f = {};
        f.payStatus = PayStatus::Unpaid;
        cases.append({u"pay status = unpaid"_s, f, true});
        f = {};
        f.userId = quint32(userId);
        cases.append({u"user id = %1"_s.arg(userId), f, true});
        f = {};
        f.payWay = PayWay::Alipay;
        cases.append({u"pay way = Alipay"_s, f, true});
        f = {};
        f.createdFrom = SeedEnd - 7 * 86400;
        f.createdTo = SeedEnd;
        cases.append({u"created: last 7 days"_s, f, true});
        f = {};
        f.createdFrom = midCreated - 86400;
        f.createdTo = midCreated;
        cases.append({u"created: one day"_s, f, true});
        f = {};
        f.snContains = snPart;
        cases.append({u"sn contains \"%1\""_s.arg(snPart), f, false});
        f = {};
        f.amountMin = Money::fromFen(9900);
        f.amountMax = Money::fromFen(19900);
        cases.append({u"amount 99.00–199.00"_s, f, false});
        f = {};
        f.payStatus = PayStatus::Paid;
        f.payWay = PayWay::WeChat;
        f.createdFrom = SeedEnd - 30 * 86400;
        f.createdTo = SeedEnd;
        cases.append({u"paid + WeChat + last 30 days"_s, f, true});

        for (const Case &c : std::as_const(cases)) {
            QList<double> rowTimes;
            QList<double> times;
            QList<double> cpu;
            for (int i = 0; i < repeat; ++i) {
                model.setFilter({});
                waitForTotals(model);
                Stopwatch t;
                t.start();
                model.setFilter(c.filter);
                touchRows(model, 0, 40);
                rowTimes << msSince(t);
                waitForTotals(model);
                times << msSince(t);
                cpu << t.cpuMs();
            }
            const OrderTotals &tot = model.totals();
            record(u"filter: "_s + c.name, median(times), median(cpu),
                   u"(rows shown after %1 ms; %2 orders, %3 paid, ¥%4)"_s.arg(median(rowTimes), 0, 'f', 1)
                       .arg(tot.count).arg(tot.paidCount).arg(tot.amount.toString()),
                   c.indexed ? 300 : -1, c.indexed ? QString() : u"(column not indexed)"_s);
        }
        model.setFilter({});
        waitForTotals(model);
    }

    // 3. Scrolling: the last rows, and jumps.
    out(u"\nScrolling (data() of 40 rows at a position, newest first)"_s);
    {
        const int n = model.rowCount();
        const struct
        {
            const char *name;
            double at;
        } jumps[] = {{"jump to the last row", 1.0}, {"jump to 50%", 0.5}, {"jump to 90%", 0.9},
                     {"jump to 10%", 0.1},          {"jump to 75%", 0.75}};
        for (const auto &j : jumps) {
            model.refresh(); // drop cached pages so that every jump reads
            waitForTotals(model);
            const int first = std::clamp(int(j.at * n) - 40, 0, std::max(0, n - 40));
            Stopwatch t;
            t.start();
            touchRows(model, first, 40);
            record(QString::fromLatin1(j.name), msSince(t), t.cpuMs(), u"(rows %1–%2)"_s.arg(first).arg(first + 39));
        }
        // Next screen after the last-row jump and a page further: sequential paging.
        model.refresh();
        waitForTotals(model);
        touchRows(model, n / 2, 40);
        Stopwatch t;
        t.start();
        touchRows(model, n / 2 + OrderQueryModel::PageSize, 40);
        record(u"next page after a jump"_s, msSince(t), t.cpuMs(), QString());
    }

    // 4. Scrolling through every row, page by page, watching memory.
    out(u"\nScrolling through all rows page by page (every column of every row)"_s);
    {
        const bool reset = resetPeakRss();
        const qint64 rssBefore = procStatusKiB("VmRSS");
        model.refresh();
        waitForTotals(model);
        Stopwatch t;
        t.start();
        const int n = model.rowCount();
        for (int first = 0; first < n; first += OrderQueryModel::PageSize)
            touchRows(model, first, OrderQueryModel::PageSize);
        const double ms = msSince(t);
        const double cpuMs = t.cpuMs();
        const qint64 hwm = procStatusKiB("VmHWM");
        record(u"scroll all %1 rows"_s.arg(n), ms, cpuMs, u"(%1 µs per row)"_s.arg(ms * 1000 / std::max(1, n), 0, 'f', 2));
        Figure mem{u"peak memory (VmHWM) while scrolling"_s, 0,
                   u"%1 MB (RSS before %2 MB%3)"_s.arg(hwm / 1024.0, 0, 'f', 1).arg(rssBefore / 1024.0, 0, 'f', 1)
                       .arg(reset ? QString() : u"; peak not reset, includes seeding"_s),
                   u"< 200 MB"_s, hwm < 200 * 1024};
        out(u"  %1: %2"_s.arg(mem.what, mem.detail));
        g_figures << mem;
    }

    // 5. CSV export of every row against the sqlite3 shell on the same SELECT.
    out(u"\nCSV export of all rows (newest first) vs the sqlite3 shell"_s);
    {
        QTemporaryDir dir;
        const QString ours = dir.filePath(u"orders.csv"_s);
        OrderExporter::Options options;
        options.path = ours;
        options.connectionName = u"bench-export"_s;
        qint64 lastProgress = 0;
        options.progress = [&](qint64 done, qint64) { lastProgress = done; };
        options.expectedRows = visible; // as the orders page passes its totals
        QList<double> exportTimes;
        QList<double> exportCpu;
        qint64 written = 0;
        for (int i = 0; i < repeat; ++i) {
            Stopwatch t;
            t.start();
            auto result = OrderExporter(db).exportCsv(options);
            exportTimes << msSince(t);
            exportCpu << t.cpuMs();
            if (!result) {
                out(u"  export failed: %1"_s.arg(result.errorMessage()));
                return 1;
            }
            written = *result;
        }
        const double ourMs = median(exportTimes);

        // Where the export's time goes: stepping the query alone, and reading every value.
        {
            auto conn = db.connection();
            const QString sql = u"SELECT %1 FROM `%2` %3 %4"_s.arg(OrderRepository::selectColumns(db), table,
                                                                  buildOrderCondition(db, {}).sql, buildOrderBy(OrderSort{}));
            Stopwatch t;
            t.start();
            {
                QSqlQuery q(*conn);
                q.setForwardOnly(true);
                q.exec(sql);
                while (q.next()) {
                }
            }
            const double stepMs = msSince(t);
            t.restart();
            {
                QSqlQuery q(*conn);
                q.setForwardOnly(true);
                q.exec(sql);
                while (q.next()) {
                    const Order o = OrderRepository::readOrder(q);
                    Q_UNUSED(o);
                }
            }
            out(u"  (Qt SQL alone: stepping %1 ms, stepping + reading every value %2 ms)"_s.arg(stepMs, 0, 'f', 1)
                    .arg(msSince(t), 0, 'f', 1));
        }

        const QString theirs = dir.filePath(u"sqlite3.csv"_s);
        const QString select = u"SELECT %1 FROM `%2` %3 %4;"_s.arg(OrderRepository::selectColumns(db), table,
                                                                 buildOrderCondition(db, {}).sql,
                                                                 buildOrderBy(OrderSort{}));
        QList<double> shellTimes;
        QList<double> shellCpu;
        bool shellOk = true;
        for (int i = 0; i < repeat && shellOk; ++i) {
            QProcess sqlite;
            sqlite.setStandardOutputFile(theirs);
            Stopwatch t;
            t.start();
            sqlite.start(parser.value(sqliteOption), {u"-csv"_s, u"-header"_s, u"-readonly"_s, cache, select});
            shellOk = sqlite.waitForFinished(600000) && sqlite.exitStatus() == QProcess::NormalExit
                      && sqlite.exitCode() == 0;
            shellTimes << msSince(t);
            shellCpu << t.cpuMs();
            if (!shellOk)
                out(u"  sqlite3 failed: %1 %2"_s.arg(sqlite.errorString(), QString::fromLocal8Bit(sqlite.readAllStandardError())));
        }
        const double shellMs = median(shellTimes);
        const qint64 ourBytes = QFileInfo(ours).size();
        const qint64 theirBytes = QFileInfo(theirs).size();
        record(u"export (OrderExporter, %1 rows)"_s.arg(written), ourMs, median(exportCpu),
               u"(%1 MB; progress reached %2)"_s.arg(ourBytes / 1048576.0, 0, 'f', 1).arg(lastProgress));
        if (shellOk) {
            record(u"export (sqlite3 -csv, same SELECT)"_s, shellMs, median(shellCpu), u"(%1 MB)"_s.arg(theirBytes / 1048576.0, 0, 'f', 1));
            const double ratio = ourMs / shellMs;
            const double cpuRatio = median(exportCpu) / median(shellCpu);
            Figure f{u"export ratio ours / sqlite3"_s, 0,
                     u"%1× (CPU %2×)"_s.arg(ratio, 0, 'f', 2).arg(cpuRatio, 0, 'f', 2), u"≤ 1.5×"_s, ratio <= 1.5};
            out(u"  %1: %2"_s.arg(f.what, f.detail));
            g_figures << f;
        }
    }

    out(u"\n  load average at the end: %1"_s.arg(loadAverage()));

    // Summary.
    out(u"\n| %1 | %2 | %3 | %4 | %5 |"_s.arg(u"measure"_s.leftJustified(44), u"wall"_s.leftJustified(12),
                                             u"CPU"_s.leftJustified(10), u"target"_s.leftJustified(24), u"met (wall)"_s));
    out(u"|%1|%2|%3|%4|%5|"_s.arg(QString(46, u'-'), QString(14, u'-'), QString(12, u'-'), QString(26, u'-'),
                                 QString(12, u'-')));
    for (const Figure &f : std::as_const(g_figures)) {
        const QString figure = f.ms > 0 ? u"%1 ms"_s.arg(f.ms, 0, 'f', 1) : f.detail;
        const QString cpu = f.cpuMs >= 0 ? u"%1 ms"_s.arg(f.cpuMs, 0, 'f', 1) : QString();
        out(u"| %1 | %2 | %3 | %4 | %5 |"_s.arg(f.what.leftJustified(44), figure.leftJustified(12), cpu.leftJustified(10),
                                               f.target.leftJustified(24),
                                               (f.target.isEmpty() || f.target.startsWith(u'(') ? u""_s
                                                                                                : (f.met ? u"yes"_s : u"NO"_s))
                                                   .leftJustified(10)));
    }
    db.releaseThreadConnection();
    return 0;
}
