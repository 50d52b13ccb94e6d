// End-to-end notification throughput: distinct, genuine WeChat Pay v3 and Alipay
// notifications sent over 16 concurrent keep-alive connections on loopback to the
// listener (its own thread, SQLite in WAL mode), each verified, decrypted, matched to its
// order, marked paid and journaled. Prints throughput and latency percentiles, and
// `openssl speed -seconds 3 rsa2048` of the same machine for comparison.
//
//   bench_notify [notifications per channel, default 3000]

#include "../app/channels/testnotifications.h"
#include "../app/listener/httptestclient.h"

#include "db/schemamigrator.h"
#include "listener/notifyjournal.h"
#include "listener/notifylistener.h"
#include "orders/orderrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <thread>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
QTextStream out(stdout);

struct Run
{
    double seconds = 0;
    int ok = 0;
    int failed = 0;
    std::vector<qint64> latenciesUs;
};

// Sends every request over `connections` keep-alive connections, one request in flight per
// connection, and measures each from write to complete response.
Run drive(quint16 port, const QList<QByteArray> &requests, int connections)
{
    Run run;
    run.latenciesUs.reserve(size_t(requests.size()));
    struct Client
    {
        std::unique_ptr<QTcpSocket> socket;
        QByteArray buffer;
        QElapsedTimer sent;
    };
    std::vector<Client> clients;
    clients.resize(size_t(connections));
    qsizetype next = 0;
    int answered = 0;
    QEventLoop loop;
    QElapsedTimer wall;
    const auto sendNext = [&](Client &c) {
        if (next >= requests.size())
            return;
        c.sent.start();
        c.socket->write(requests.at(next++));
    };
    for (Client &c : clients) {
        c.socket = std::make_unique<QTcpSocket>();
        QTcpSocket *s = c.socket.get();
        Client *client = &c;
        QObject::connect(s, &QTcpSocket::connected, s, [&, client] { sendNext(*client); });
        QObject::connect(s, &QTcpSocket::readyRead, s, [&, client, s] {
            client->buffer += s->readAll();
            TestHttpResponse r;
            while (parseHttpResponse(client->buffer, &r)) {
                run.latenciesUs.push_back(client->sent.nsecsElapsed() / 1000);
                (r.status == 200 ? run.ok : run.failed)++;
                if (++answered == requests.size())
                    loop.quit();
                else
                    sendNext(*client);
            }
        });
        QObject::connect(s, &QTcpSocket::errorOccurred, s, [&](QAbstractSocket::SocketError) {
            if (s->error() != QAbstractSocket::RemoteHostClosedError)
                std::fprintf(stderr, "socket error: %s\n", qPrintable(s->errorString()));
        });
    }
    wall.start();
    for (Client &c : clients)
        c.socket->connectToHost(QHostAddress::LocalHost, port);
    loop.exec();
    run.seconds = double(wall.nsecsElapsed()) / 1e9;
    std::sort(run.latenciesUs.begin(), run.latenciesUs.end());
    return run;
}

// CPU seconds used so far by the listener's threads (Linux /proc).
double listenerThreadCpuSeconds()
{
    double total = 0;
    const QDir tasks(u"/proc/self/task"_s);
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + u"/comm"_s));
        if (!comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != "notify-listener")
            continue;
        QFile stat(tasks.filePath(tid + u"/stat"_s));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        // utime and stime are fields 14 and 15 of stat, 12 and 13 after "(comm) ".
        total += double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
    }
    return total;
}

double percentileMs(const std::vector<qint64> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t i = std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5));
    return double(sorted[i]) / 1000.0;
}

void report(const QString &name, const Run &run, qint64 transitions, double listenerCpuSeconds)
{
    out << u"%1: %2 notifications in %3 s = %4/s; latency p50 %5 ms, p99 %6 ms, max %7 ms; "
           u"200 answers %8, others %9; orders marked paid %10\n"_s.arg(name)
               .arg(run.ok + run.failed)
               .arg(run.seconds, 0, 'f', 2)
               .arg(double(run.ok + run.failed) / run.seconds, 0, 'f', 0)
               .arg(percentileMs(run.latenciesUs, 0.50), 0, 'f', 2)
               .arg(percentileMs(run.latenciesUs, 0.99), 0, 'f', 2)
               .arg(percentileMs(run.latenciesUs, 1.0), 0, 'f', 2)
               .arg(run.ok)
               .arg(run.failed)
               .arg(transitions);
    out << u"    listener threads CPU: %1 ms per notification\n"_s.arg(
        listenerCpuSeconds * 1000.0 / double(std::max(1, run.ok + run.failed)), 0, 'f', 3);
    out.flush();
}

qint64 transitionsOf(const Database &db, const QString &channel)
{
    auto c = db.connection();
    QSqlQuery q(*c);
    q.prepare(u"SELECT COUNT(*) FROM "_s + db.table(u"mcpay_notify_journal") + u" WHERE transitioned = 1 AND channel = ?"_s);
    q.addBindValue(channel);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

// Builds requests on all cores (signing is the slow part of the setup, not of the bench).
QList<QByteArray> buildInParallel(int count, const std::function<QByteArray(int)> &make)
{
    QList<QByteArray> requests(count);
    const int threads = int(std::max(1u, std::thread::hardware_concurrency()));
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&, t] {
            for (int i = t; i < count; i += threads)
                requests[i] = make(i);
        });
    for (auto &th : pool)
        th.join();
    return requests;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 3000;
    constexpr int connections = 16;

    QTemporaryDir dir;
    const Database db(DatabaseUrl::sqlite(dir.filePath(u"bench.db"_s)));
    if (!SchemaMigrator(db).migrate()) {
        std::fprintf(stderr, "migration failed\n");
        return 1;
    }

    WeChatTestMerchant wechat;
    wechat.platformKey = RsaPrivateKey::generate().value();
    AlipayTestMerchant alipay;
    alipay.alipayKey = RsaPrivateKey::generate().value();

    out << u"Creating %1 orders per channel and signing their notifications…\n"_s.arg(count);
    out.flush();
    OrderRepository orders(db);
    QStringList weChatSns, alipaySns;
    {
        auto c = db.connection();
        Transaction tx(*c);
        for (int i = 0; i < 2 * count; ++i) {
            const auto created = orders.create(Money::fromFen(1 + i % 9999), quint32(i));
            if (!created) {
                std::fprintf(stderr, "%s\n", qPrintable(created.errorMessage()));
                return 1;
            }
            (i < count ? weChatSns : alipaySns) << created->orderSn;
        }
        if (!tx.commit()) {
            std::fprintf(stderr, "commit failed\n");
            return 1;
        }
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QList<QByteArray> weChatRequests = buildInParallel(count, [&](int i) {
        WeChatTransactionSpec t;
        t.outTradeNo = weChatSns.at(i);
        t.totalFen = 1 + i % 9999;
        t.transactionId = u"4200000000"_s + t.outTradeNo.right(18);
        WeChatNotifyOptions o;
        o.timestamp = now;
        const TestHttpRequest r = makeWeChatNotification(wechat, t, o);
        return buildHttpRequest("/api/pay/notifyMnp", r.headers, r.body);
    });
    const QList<QByteArray> alipayRequests = buildInParallel(count, [&](int i) {
        const qint64 fen = 1 + (count + i) % 9999;
        auto fields = alipayPaidFields(alipay, alipaySns.at(i), Money::fromFen(fen).toString());
        for (auto &[k, v] : fields)
            if (k == u"trade_no")
                v = u"2026013022001"_s + alipaySns.at(i).right(16);
        return buildHttpRequest("/api/pay/aliNotify", {{"Content-Type", "application/x-www-form-urlencoded"}},
                                alipaySignedBody(alipay.alipayKey, fields));
    });

    NotifyConfig config;
    config.wechat.mchid = wechat.mchid;
    config.wechat.appids = {wechat.appid};
    config.wechat.apiV3Key = wechat.apiV3Key;
    config.wechat.platformKeys.addPublicKey(wechat.platformSerial, wechat.platformKey.publicKey());
    config.alipay.appId = alipay.appId;
    config.alipay.sellerId = alipay.sellerId;
    config.alipay.alipayPublicKey = alipay.alipayKey.publicKey();
    NotifyListener listener(db, config);
    if (!listener.start(QHostAddress::LocalHost, 0)) {
        std::fprintf(stderr, "listener did not start\n");
        return 1;
    }

    out << u"mcpay-admin notify listener, loopback, %1 concurrent connections, SQLite WAL, %2 CPU(s)\n"_s
               .arg(connections)
               .arg(std::thread::hardware_concurrency());
    double cpu = listenerThreadCpuSeconds();
    const Run w = drive(listener.serverPort(), weChatRequests, connections);
    report(u"WeChat Pay v3"_s, w, transitionsOf(db, u"wechat"_s), listenerThreadCpuSeconds() - cpu);
    cpu = listenerThreadCpuSeconds();
    const Run a = drive(listener.serverPort(), alipayRequests, connections);
    report(u"Alipay RSA2  "_s, a, transitionsOf(db, u"alipay"_s), listenerThreadCpuSeconds() - cpu);
    listener.stop();

    out << u"openssl speed -seconds 3 rsa2048 (same machine):\n"_s;
    out.flush();
    QProcess speed;
    speed.start(u"openssl"_s, {u"speed"_s, u"-seconds"_s, u"3"_s, u"rsa2048"_s});
    speed.waitForFinished(120000);
    static const QRegularExpression row(u"^rsa 2048 bits\\s+([\\d.]+)s\\s+([\\d.]+)s\\s+([\\d.]+)\\s+([\\d.]+)"_s,
                                        QRegularExpression::MultilineOption);
    const auto m = row.match(QString::fromLatin1(speed.readAllStandardOutput()));
    if (m.hasMatch())
        out << u"  rsa2048: %1 sign/s, %2 verify/s (one core)\n"_s.arg(m.captured(3), m.captured(4));
    else
        out << u"  (openssl speed output not recognised)\n"_s;
    out.flush();
    const bool allGood = w.failed == 0 && a.failed == 0 && w.ok == count && a.ok == count;
    return allGood ? 0 : 1;
}
