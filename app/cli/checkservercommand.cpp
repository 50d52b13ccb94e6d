#include "checkservercommand.h"

#include "cli.h"
#include "sandbox/sandboxidentity.h"
#include "sandbox/servercheck.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace {

Result<SandboxIdentity> identityFrom(const QCommandLineParser &parser)
{
    if (parser.isSet(u"identity"_s)) {
        const QString path = parser.value(u"identity"_s);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{QCoreApplication::translate("CheckServerCommand", "cannot read the identity file %1: %2")
                             .arg(path, file.errorString())};
        auto identity = SandboxIdentity::fromJson(file.readAll());
        if (!identity)
            return Error{QCoreApplication::translate("CheckServerCommand", "the identity file %1 is not a sandbox identity: %2")
                             .arg(path, identity.errorMessage())};
        return identity;
    }
    SecretStore store;
    auto identity = SandboxIdentity::loadFrom(store);
    if (!identity) {
        if (identity.error().code == u"not-found")
            return Error{QCoreApplication::translate("CheckServerCommand", "there is no sandbox identity in the keychain; run "
                                                  "mcpay-admin sandbox init, or pass --identity sandbox-identity.json")};
        return Error{QCoreApplication::translate("CheckServerCommand", "cannot load the sandbox identity from the keychain "
                                              "(%1); pass --identity sandbox-identity.json instead")
                         .arg(identity.errorMessage())};
    }
    return identity;
}
} // namespace

QStringList CheckServerCommand::words() const
{
    return {u"check-server"_s};
}

QString CheckServerCommand::summary() const
{
    return QCoreApplication::translate("CheckServerCommand", "Checks another server's notify endpoint: forged notifications, amount check, "
                              "duplicates, sn truncation, acknowledgement format.");
}

void CheckServerCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringList{u"notify-url"_s},
                                        QCoreApplication::translate("CheckServerCommand", "The full notify URL of the server under test, such as "
                                          "https://shop.example/api/pay/notifyMnp."),
                                        QCoreApplication::translate("CheckServerCommand", "URL")));
    parser.addOption(QCommandLineOption(QStringList{u"channel"_s}, QCoreApplication::translate("CheckServerCommand", "The channel to play: wechat or alipay."),
                                        QCoreApplication::translate("CheckServerCommand", "CHANNEL")));
    parser.addOption(QCommandLineOption(QStringList{u"identity"_s},
                                        QCoreApplication::translate("CheckServerCommand", "The sandbox identity file (sandbox-identity.json in the folder the "
                                                                     "sandbox identity was exported to); default: the "
                                                                     "identity in the keychain."),
                                        QCoreApplication::translate("CheckServerCommand", "FILE")));
    parser.addOption(QCommandLineOption(QStringList{u"api-base"_s},
                                        QCoreApplication::translate("CheckServerCommand", "The server's client API base URL (to learn order states without its "
                                          "database)."),
                                        QCoreApplication::translate("CheckServerCommand", "URL")));
    parser.addOption(QCommandLineOption(QStringList{u"token"_s}, QCoreApplication::translate("CheckServerCommand", "A user token for the client API (or MCPAY_API_TOKEN)."), QCoreApplication::translate("CheckServerCommand", "TOKEN")));
    parser.addOption(QCommandLineOption(QStringList{u"status-url"_s},
                                        QCoreApplication::translate("CheckServerCommand", "A URL answering an order's state, with {order_id} or {order_sn} in it."),
                                        QCoreApplication::translate("CheckServerCommand", "URL")));
    parser.addOption(QCommandLineOption(QStringList{u"duplicates"_s},
                                        QCoreApplication::translate("CheckServerCommand", "How many copies the duplicate check sends at once (default 10)."), QCoreApplication::translate("CheckServerCommand", "N"),
                                        u"10"_s));
    parser.addOption(QCommandLineOption(QStringList{u"timeout"_s},
                                        QCoreApplication::translate("CheckServerCommand", "Seconds to wait for each answer (default 10)."), QCoreApplication::translate("CheckServerCommand", "SECONDS"), u"10"_s));
    parser.addOption(QCommandLineOption(QStringList{u"json"_s}, QCoreApplication::translate("CheckServerCommand", "Prints the report as JSON.")));
}

int CheckServerCommand::run(const QCommandLineParser &parser, CliIo &io)
{
    const auto usage = [&io](const QString &message) {
        io.err << QCoreApplication::translate("CheckServerCommand", "check-server: %1").arg(message) << '\n';
        return ExitCode::Usage;
    };
    const auto failure = [&io](const QString &message) {
        io.err << QCoreApplication::translate("CheckServerCommand", "check-server: %1").arg(message) << '\n';
        return ExitCode::Failure;
    };

    ServerCheckOptions options;
    const QUrl notifyUrl = QUrl(parser.value(u"notify-url"_s), QUrl::StrictMode);
    if (!parser.isSet(u"notify-url"_s))
        return usage(QCoreApplication::translate("CheckServerCommand", "--notify-url URL is required (the full notify route, such as "
                                              "http://127.0.0.1:8787/api/pay/notifyMnp)."));
    if (!notifyUrl.isValid() || (notifyUrl.scheme() != u"http" && notifyUrl.scheme() != u"https")
        || notifyUrl.host().isEmpty())
        return usage(QCoreApplication::translate("CheckServerCommand", "--notify-url takes an http:// or https:// URL: %1")
                         .arg(parser.value(u"notify-url"_s)));
    options.notifyUrl = notifyUrl;

    const QString channel = parser.value(u"channel"_s).toLower();
    if (channel == u"wechat")
        options.channel = PayWay::WeChat;
    else if (channel == u"alipay")
        options.channel = PayWay::Alipay;
    else
        return usage(QCoreApplication::translate("CheckServerCommand", "--channel takes wechat or alipay."));

    bool ok = false;
    options.duplicates = parser.value(u"duplicates"_s).toInt(&ok);
    if (!ok || options.duplicates < 2 || options.duplicates > 200)
        return usage(QCoreApplication::translate("CheckServerCommand", "--duplicates takes a number from 2 to 200."));
    const int timeout = parser.value(u"timeout"_s).toInt(&ok);
    if (!ok || timeout < 1 || timeout > 600)
        return usage(QCoreApplication::translate("CheckServerCommand", "--timeout takes seconds from 1 to 600."));
    options.timeoutMs = timeout * 1000;

    const bool api = parser.isSet(u"api-base"_s) || parser.isSet(u"status-url"_s) || parser.isSet(u"token"_s);
    if (api) {
        const QUrl base(parser.value(u"api-base"_s), QUrl::StrictMode);
        const QString token = parser.isSet(u"token"_s) ? parser.value(u"token"_s) : qEnvironmentVariable("MCPAY_API_TOKEN");
        const QString status = parser.value(u"status-url"_s);
        if (!base.isValid() || base.host().isEmpty() || (base.scheme() != u"http" && base.scheme() != u"https"))
            return usage(QCoreApplication::translate("CheckServerCommand", "--api-base takes the server's http:// or https:// root URL."));
        if (token.isEmpty())
            return usage(QCoreApplication::translate("CheckServerCommand", "the client API needs a user token: --token TOKEN or "
                                                                         "MCPAY_API_TOKEN."));
        if (!status.contains(u"{order_id}") && !status.contains(u"{order_sn}"))
            return usage(QCoreApplication::translate("CheckServerCommand", "--status-url needs {order_id} or {order_sn} in it, such "
                                                                         "as https://shop.example/api/order/detail?id={order_id}."));
        options.probe.apiBaseUrl = base;
        options.probe.token = token;
        options.probe.statusUrl = status;
    } else {
        if (!parser.isSet(u"db"_s) && qEnvironmentVariableIsEmpty("MCPAY_DB_URL"))
            return usage(QCoreApplication::translate("CheckServerCommand", "say how to see the orders: --db URL, the database of the "
                                                                         "server under test (password in MCPAY_DB_PASSWORD), or "
                                                                         "its client API with --api-base, --token and "
                                                                         "--status-url."));
        const auto url = DatabaseUrl::parse(Cli::databaseUrl(parser));
        if (!url)
            return usage(url.errorMessage());
        options.probe.database = *url;
        options.probe.databasePassword = qEnvironmentVariable("MCPAY_DB_PASSWORD");
    }

    auto identity = identityFrom(parser);
    if (!identity)
        return failure(identity.errorMessage());
    options.identity = *identity;

    QNetworkAccessManager network;
    ServerCheck check(options, &network);
    QEventLoop loop;
    std::optional<ServerCheckReport> report;
    QString error;
    QObject::connect(&check, &ServerCheck::finished, &loop, [&](const ServerCheckReport &r) {
        report = r;
        loop.quit();
    });
    QObject::connect(&check, &ServerCheck::failed, &loop, [&](const QString &message) {
        error = message;
        loop.quit();
    });
    if (!parser.isSet(u"json"_s)) {
        io.err << QCoreApplication::translate("CheckServerCommand", "Checking %1 with %2 cases…").arg(notifyUrl.toDisplayString()).arg(check.caseCount())
               << '\n';
        io.err.flush();
    }
    check.start();
    if (check.isRunning())
        loop.exec();
    if (!report)
        return failure(error);

    if (parser.isSet(u"json"_s))
        io.out << QString::fromUtf8(QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented));
    else
        io.out << report->toText();
    io.out.flush();
    return report->allPassed() ? ExitCode::Ok : ExitCode::Failure;
}
