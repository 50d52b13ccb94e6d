#include "servecommands.h"

#include "cli.h"
#include "db/database.h"
#include "listener/clientapi.h"
#include "listener/notifyconfigfile.h"
#include "listener/notifylistener.h"
#include "orders/money.h"
#include "sandbox/notificationfactory.h"
#include "sandbox/sandboxgateway.h"
#include "sandbox/sandboxservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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

// The sandbox's payment notification for a trade paid at the cashier, sent once to the
// trade's notify URL (the channel's retries are the desktop sandbox's business).
void deliverOnce(QNetworkAccessManager &network, const SandboxNotify::NotificationFactory &factory,
                 const SandboxTrade &trade, CliIo &io)
{
    const SandboxNotify::Notification notification = SandboxService::paymentNotification(factory, trade);
    const QUrl target(trade.notifyUrl);
    if (!target.isValid() || target.isRelative()) {
        io.out << QCoreApplication::translate("ServeCommand", "sandbox: trade %1 was paid but has no notify URL").arg(trade.outTradeNo)
               << '\n';
        io.out.flush();
        return;
    }
    QNetworkRequest request(target);
    for (const auto &[name, value] : std::as_const(notification.headers))
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.post(request, notification.body);
    QObject::connect(reply, &QNetworkReply::finished, &network, [reply, &io, sn = trade.outTradeNo, target] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        io.out << QCoreApplication::translate("ServeCommand", "sandbox: notification for %1 to %2: HTTP %3 %4")
                      .arg(sn, target.toString(QUrl::RemoveUserInfo))
                      .arg(status)
                      .arg(QString::fromUtf8(reply->readAll().left(120)).simplified())
               << '\n';
        io.out.flush();
    });
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
    parser.addOption(QCommandLineOption(QStringList{u"client-api"_s},
                                        QCoreApplication::translate("ServeCommand", "Also serve the seed's client endpoints /api/pay/createMarketingChatOrder and "
                                           "/api/pay/unifiedpay (likeadmin envelope, `token` header).")));
    parser.addOption(QCommandLineOption(QStringList{u"sandbox-identity"_s},
                                        QCoreApplication::translate("ServeCommand", "Run the payment sandbox with this identity (sandbox-identity.json of `sandbox "
                                           "export`): the listener trusts the sandbox keys (instead of --config) and the "
                                           "sandbox gateway starts on --gateway-listen."),
                                        QCoreApplication::translate("ServeCommand", "FILE")));
    parser.addOption(QCommandLineOption(QStringList{u"gateway-listen"_s},
                                        QCoreApplication::translate("ServeCommand", "Address and port of the sandbox gateway (default 127.0.0.1:8788)."),
                                        QCoreApplication::translate("ServeCommand", "HOST:PORT"), u"127.0.0.1:8788"_s));
    parser.addOption(QCommandLineOption(QStringList{u"grace"_s},
                                        QCoreApplication::translate("ServeCommand", "Seconds to let requests in flight finish on SIGTERM (default 10)."),
                                        QCoreApplication::translate("ServeCommand", "SECONDS"), u"10"_s));
}

int ServeCommand::run(const QCommandLineParser &parser, CliIo &io)
{
    const bool sandbox = parser.isSet(u"sandbox-identity"_s);
    if (sandbox == parser.isSet(u"config"_s)) {
        io.err << QCoreApplication::translate("ServeCommand", "serve: give either --config FILE or --sandbox-identity FILE (see docs/serve.md for an example).") << '\n';
        return ExitCode::Usage;
    }
    NotifyConfigFile file;
    std::optional<SandboxIdentity> identity;
    if (sandbox) {
        const QString path = parser.value(u"sandbox-identity"_s);
        const auto json = readSecretFile(path);
        auto loaded = json ? SandboxIdentity::fromJson(*json) : Result<SandboxIdentity>(json.error());
        if (!loaded) {
            io.err << QCoreApplication::translate("ServeCommand", "serve: the sandbox identity %1: %2").arg(path, loaded.errorMessage()) << '\n';
            return ExitCode::Failure;
        }
        identity = std::move(*loaded);
        file.config = identity->notifyConfig();
    } else {
        const auto loaded = NotifyConfigFile::load(parser.value(u"config"_s));
        if (!loaded) {
            io.err << QCoreApplication::translate("ServeCommand", "serve: %1").arg(loaded.errorMessage()) << '\n';
            return ExitCode::Failure;
        }
        file = *loaded;
    }
    QString listenText = parser.value(u"listen"_s);
    if (listenText.isEmpty())
        listenText = file.listen.isEmpty() ? u"127.0.0.1:%1"_s.arg(NotifyListener::DefaultPort) : file.listen;
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

    // The sandbox gateway (in this thread) and the client API stand-in share one ledger.
    const auto ledger = std::make_shared<SandboxLedger>();
    std::unique_ptr<SandboxGateway> gateway;
    QNetworkAccessManager network;
    std::unique_ptr<SandboxNotify::NotificationFactory> factory;
    if (identity) {
        const auto gatewayListen = ListenAddress::parse(parser.value(u"gateway-listen"_s));
        if (!gatewayListen) {
            io.err << QCoreApplication::translate("ServeCommand", "serve: --gateway-listen: %1").arg(gatewayListen.errorMessage()) << '\n';
            return ExitCode::Usage;
        }
        gateway = std::make_unique<SandboxGateway>(*identity, ledger);
        const Status gatewayStarted = gateway->start(gatewayListen->address, gatewayListen->port);
        if (!gatewayStarted) {
            io.err << QCoreApplication::translate("ServeCommand", "serve: %1").arg(gatewayStarted.errorMessage()) << '\n';
            return ExitCode::Failure;
        }
        factory = std::make_unique<SandboxNotify::NotificationFactory>(*identity);
        QObject::connect(gateway.get(), &SandboxGateway::cashierDecided, gateway.get(),
                         [&network, &factory, &io](const SandboxTrade &trade, CashierOutcome outcome) {
                             if (outcome == CashierOutcome::Pay && trade.state == SandboxTrade::State::Paid)
                                 deliverOnce(network, *factory, trade, io);
                         });
        io.out << QCoreApplication::translate("ServeCommand", "sandbox gateway on %1 (WeChat Pay base URL; Alipay %2)")
                      .arg(gateway->weChatBaseUrl().toString(), gateway->alipayGateway().toString())
               << '\n';
    }

    NotifyListener listener(db, file.config);
    std::shared_ptr<ClientApi> api;
    if (parser.isSet(u"client-api"_s)) {
        api = std::make_shared<ClientApi>(db);
        if (gateway)
            api->setSandbox(*identity, ledger, gateway->weChatBaseUrl());
        listener.setClientApi(api);
    }
    QObject::connect(&listener, &NotifyListener::notificationHandled, &listener, [&io](const NotifyRecord &record) {
        io.out << logLine(record) << '\n';
        io.out.flush();
    });
    const Status started = listener.start(listen->address, listen->port);
    if (!started) {
        io.err << QCoreApplication::translate("ServeCommand", "serve: %1").arg(started.errorMessage()) << '\n';
        return ExitCode::Failure;
    }
    if (api) {
        // The sandbox delivers from this machine: notify URLs name the listener directly.
        const QHostAddress &a = listen->address;
        const bool wildcard = a == QHostAddress::Any || a == QHostAddress::AnyIPv4 || a == QHostAddress::AnyIPv6;
        QUrl notifyBase;
        notifyBase.setScheme(u"http"_s);
        notifyBase.setHost(wildcard ? u"127.0.0.1"_s : a.toString());
        notifyBase.setPort(listener.serverPort());
        api->setNotifyBaseUrl(notifyBase.toString());
    }
    QStringList channels;
    if (file.config.wechat.isConfigured())
        channels << u"wechat"_s;
    if (file.config.alipay.isConfigured())
        channels << u"alipay"_s;
    io.out << QCoreApplication::translate("ServeCommand", "listening on %1:%2 (database %3; channels %4)")
                  .arg(listen->address.toString())
                  .arg(listener.serverPort())
                  .arg(url->displayName(), channels.join(u", "_s))
           << '\n';
    if (parser.isSet(u"client-api"_s))
        io.out << QCoreApplication::translate("ServeCommand", "client API: POST /api/pay/createMarketingChatOrder and /api/pay/unifiedpay "
                                              "(header token: sandbox-user-1 or sandbox-user-2)")
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
        if (gateway)
            gateway->stop();
        QCoreApplication::sendPostedEvents(); // log lines of the last notifications
        QCoreApplication::exit(0);
    });
    const int status = QCoreApplication::exec();
    io.out << QCoreApplication::translate("ServeCommand", "stopped") << '\n';
    io.out.flush();
    return status == 0 ? ExitCode::Ok : ExitCode::Failure;
}
