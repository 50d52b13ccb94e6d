#include "servecommands.h"

#include "cli.h"
#include "db/database.h"
#include "listener/notifyconfigfile.h"
#include "listener/notifylistener.h"
#include "orders/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSocketNotifier>
#include <QSqlQuery>
#include <QTimeZone>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int signalPipe[2] = {-1, -1};

void onTerminationSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

bool installSignalHandlers()
{
    if (signalPipe[0] < 0 && ::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0;
}

QString logLine(const NotifyRecord &r)
{
    const QString time = QDateTime::fromMSecsSinceEpoch(r.receivedAtMs, QTimeZone::utc()).toString(Qt::ISODateWithMs);
    QString line = u"%1 %2 %3 %4 %5"_s.arg(time, r.channel, r.route, QString::number(r.httpStatus),
                                         notifyVerdictKey(r.verdict));
    if (!r.orderSn.isEmpty())
        line += u" order="_s + r.orderSn.left(64);
    if (r.notifiedFen)
        line += u" amount="_s + Money::fromFen(*r.notifiedFen).toString();
    line += u" transitioned="_s + (r.transitioned ? u"1"_s : u"0"_s);
    line += u" latency_ms=%1"_s.arg(double(r.latencyUs) / 1000.0, 0, 'f', 2);
    if (!r.remote.isEmpty())
        line += u" from="_s + r.remote;
    if (!r.error.isEmpty() && r.verdict != NotifyVerdict::Applied)
        line += u" error=\""_s + QString(r.error).replace(u'"', u'\'').left(300) + u'"';
    return line;
}
} // namespace

QStringList ServeCommand::words() const
{
    return {u"serve"_s};
}

QString ServeCommand::summary() const
{
    return QCoreApplication::translate("ServeCommand", "Runs the WeChat Pay / Alipay notify listener without the GUI.");
}

void ServeCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringList{u"listen"_s},
                                        QCoreApplication::translate("ServeCommand", "Address and port to listen on (default: the file's \"listen\", else "
                                           "127.0.0.1:8787)."),
                                        QCoreApplication::translate("ServeCommand", "HOST:PORT")));
    parser.addOption(QCommandLineOption(QStringList{u"config"_s},
                                        QCoreApplication::translate("ServeCommand", "The JSON configuration file (see docs/serve.md)."), QCoreApplication::translate("ServeCommand", "FILE")));
    parser.addOption(QCommandLineOption(QStringList{u"grace"_s},
                                        QCoreApplication::translate("ServeCommand", "Seconds to let requests in flight finish on SIGTERM (default 10)."),
                                        QCoreApplication::translate("ServeCommand", "SECONDS"), u"10"_s));
}

int ServeCommand::run(const QCommandLineParser &parser, CliIo &io)
{
    if (!parser.isSet(u"config"_s)) {
        io.err << QCoreApplication::translate("ServeCommand", "serve: --config FILE is required (see docs/serve.md for an example).") << '\n';
        return ExitCode::Usage;
    }
    const auto file = NotifyConfigFile::load(parser.value(u"config"_s));
    if (!file) {
        io.err << QCoreApplication::translate("ServeCommand", "serve: %1").arg(file.errorMessage()) << '\n';
        return ExitCode::Failure;
    }
    QString listenText = parser.value(u"listen"_s);
    if (listenText.isEmpty())
        listenText = file->listen.isEmpty() ? u"127.0.0.1:%1"_s.arg(NotifyListener::DefaultPort) : file->listen;
    const auto listen = ListenAddress::parse(listenText);
    if (!listen) {
        io.err << QCoreApplication::translate("ServeCommand", "serve: %1").arg(listen.errorMessage()) << '\n';
        return ExitCode::Usage;
    }

    const auto url = DatabaseUrl::parse(Cli::databaseUrl(parser));
    if (!url) {
        io.err << QCoreApplication::translate("ServeCommand", "serve: %1").arg(url.errorMessage()) << '\n';
        return ExitCode::Usage;
    }
    const Database db(*url, qEnvironmentVariable("MCPAY_DB_PASSWORD"));
    {
        const auto connection = db.connection();
        if (!connection) {
            io.err << QCoreApplication::translate("ServeCommand", "serve: %1").arg(connection.errorMessage()) << '\n';
            return ExitCode::Failure;
        }
        QSqlQuery probe(*connection);
        if (!probe.exec(u"SELECT COUNT(*) FROM "_s + db.table(u"mcpay_notify_journal") + u" WHERE id < 0"_s)) {
            io.err << QCoreApplication::translate("ServeCommand", "serve: the database %1 has no notification journal yet; run: mcpay-admin db migrate --db %2")
                          .arg(url->displayName(), url->toString())
                   << '\n';
            return ExitCode::Failure;
        }
    }
    db.releaseThreadConnection();

    if (!installSignalHandlers()) {
        io.err << QCoreApplication::translate("ServeCommand", "serve: cannot install the SIGTERM handler.") << '\n';
        return ExitCode::Failure;
    }

    NotifyListener listener(db, file->config);
    QObject::connect(&listener, &NotifyListener::notificationHandled, &listener, [&io](const NotifyRecord &record) {
        io.out << logLine(record) << '\n';
        io.out.flush();
    });
    const Status started = listener.start(listen->address, listen->port);
    if (!started) {
        io.err << QCoreApplication::translate("ServeCommand", "serve: %1").arg(started.errorMessage()) << '\n';
        return ExitCode::Failure;
    }
    QStringList channels;
    if (file->config.wechat.isConfigured())
        channels << u"wechat"_s;
    if (file->config.alipay.isConfigured())
        channels << u"alipay"_s;
    io.out << QCoreApplication::translate("ServeCommand", "listening on %1:%2 (database %3; channels %4)")
                  .arg(listen->address.toString())
                  .arg(listener.serverPort())
                  .arg(url->displayName(), channels.join(u", "_s))
           << '\n';
    io.out.flush();

    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    const int graceSeconds = qBound(0, parser.value(u"grace"_s).toInt(), 600);
    QObject::connect(&notifier, &QSocketNotifier::activated, &listener, [&] {
        char byte = 0;
        while (::read(signalPipe[0], &byte, 1) > 0) {
        }
        notifier.setEnabled(false);
        io.out << QCoreApplication::translate("ServeCommand", "stopping: finishing requests in flight") << '\n';
        io.out.flush();
        listener.stop(graceSeconds * 1000);
        QCoreApplication::sendPostedEvents(); // log lines of the last notifications
        QCoreApplication::exit(0);
    });
    const int status = QCoreApplication::exec();
    io.out << QCoreApplication::translate("ServeCommand", "stopped") << '\n';
    io.out.flush();
    return status == 0 ? ExitCode::Ok : ExitCode::Failure;
}
