#include "sandboxpaycommand.h"

#include "dbcommands.h"
#include "listener/notifylistener.h"
#include "sandbox/sandboxservice.h"
#include "sandbox/testpaymentrun.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

QString stepKey(TestPaymentStep::Kind kind)
{
    switch (kind) {
    case TestPaymentStep::Kind::OrderCreated:
        return u"order-created"_s;
    case TestPaymentStep::Kind::Prepay:
        return u"prepay"_s;
    case TestPaymentStep::Kind::Cashier:
        return u"cashier"_s;
    case TestPaymentStep::Kind::NotificationAttempt:
        return u"attempt"_s;
    case TestPaymentStep::Kind::Acknowledged:
        return u"acknowledged"_s;
    case TestPaymentStep::Kind::OrderPaid:
        return u"order-paid"_s;
    case TestPaymentStep::Kind::Failed:
        return u"failed"_s;
    case TestPaymentStep::Kind::Info:
        return u"info"_s;
    }
    return {};
}

std::optional<CashierOutcome> outcomeFromKey(QStringView key)
{
    if (key == u"pay")
        return CashierOutcome::Pay;
    if (key == u"cancel")
        return CashierOutcome::Cancel;
    if (key == u"fail")
        return CashierOutcome::Fail;
    if (key == u"leave")
        return CashierOutcome::LeaveUnpaid;
    return std::nullopt;
}

Result<SandboxIdentity> readIdentity(const QCommandLineParser &parser)
{
    if (parser.isSet(u"identity"_s)) {
        const QString path = parser.value(u"identity"_s);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(QCoreApplication::translate("SandboxPayCommand", "Cannot read the identity file %1: %2")
                             .arg(path, file.errorString()));
        auto identity = SandboxIdentity::fromJson(file.readAll());
        if (!identity)
            return Error(QCoreApplication::translate("SandboxPayCommand", "The identity file %1 is not usable: %2")
                             .arg(path, identity.errorMessage()));
        return identity;
    }
    SecretStore store;
    auto identity = SandboxIdentity::loadFrom(store);
    if (!identity && identity.error().code == u"not-found")
        return Error(QCoreApplication::translate("SandboxPayCommand",
                                                 "There is no sandbox identity in the keychain yet. Run mcpay-admin sandbox init, "
                                                 "or pass --identity sandbox-identity.json from an export."));
    return identity;
}
} // namespace

QStringList SandboxPayCommand::words() const
{
    return {u"sandbox"_s, u"pay"_s};
}

QString SandboxPayCommand::summary() const
{
    return QCoreApplication::translate("SandboxPayCommand",
                                       "Makes one sandbox test payment: order, prepay, cashier, signed notification, paid order.");
}

void SandboxPayCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringList{u"amount"_s}, tr("The order amount in yuan, such as 0.40."), tr("YUAN")));
    parser.addOption(QCommandLineOption(QStringList{u"scene"_s},
                                        tr("Where the payer pays: mnp (mini program), oa (official account), h5 (WeChat H5), "
                                          "alipay-wap or alipay-page (default mnp)."),
                                        tr("SCENE"), u"mnp"_s));
    parser.addOption(QCommandLineOption(QStringList{u"notify-url"_s},
                                        tr("Where the notification goes: a base such as http://127.0.0.1:8787 (the route is added) "
                                          "or a full URL. Default: a listener started for this run on the same database."),
                                        tr("URL")));
    parser.addOption(QCommandLineOption(QStringList{u"identity"_s},
                                        tr("The sandbox identity file (sandbox-identity.json of an export) instead of the keychain."),
                                        tr("FILE")));
    parser.addOption(QCommandLineOption(QStringList{u"outcome"_s},
                                        tr("The payer's decision at the cashier: pay, cancel, fail or leave (default pay)."),
                                        tr("OUTCOME"), u"pay"_s));
    parser.addOption(QCommandLineOption(QStringList{u"fault"_s},
                                        tr("A fault the payment notification carries, such as bad-signature or wrong-amount."),
                                        tr("KEY")));
    parser.addOption(QCommandLineOption(QStringList{u"compression"_s},
                                        tr("How much faster than the channel's retry schedule to retry (60 = a minute per second; "
                                          "default 60)."),
                                        tr("N"), u"60"_s));
    parser.addOption(QCommandLineOption(QStringList{u"details"_s}, tr("Prints each step's request and answer too.")));
}

int SandboxPayCommand::run(const QCommandLineParser &parser, CliIo &io)
{
    const auto usage = [&io](const QString &message) {
        io.err << u"sandbox pay: "_s << message << '\n';
        return ExitCode::Usage;
    };
    if (!parser.isSet(u"amount"_s))
        return usage(tr("--amount YUAN is required, such as --amount 0.40."));
    const auto amount = Money::parse(parser.value(u"amount"_s));
    if (!amount)
        return usage(amount.errorMessage());
    if (amount->fen() <= 0)
        return usage(tr("The amount must be at least 0.01."));
    const auto scene = sandboxSceneFromKey(parser.value(u"scene"_s));
    if (!scene)
        return usage(tr("Unknown scene \"%1\"; use mnp, oa, h5, alipay-wap or alipay-page.").arg(parser.value(u"scene"_s)));
    const auto outcome = outcomeFromKey(parser.value(u"outcome"_s));
    if (!outcome)
        return usage(tr("Unknown outcome \"%1\"; use pay, cancel, fail or leave.").arg(parser.value(u"outcome"_s)));
    SandboxNotify::Fault fault = SandboxNotify::Fault::None;
    if (parser.isSet(u"fault"_s)) {
        const auto parsed = SandboxNotify::faultFromKey(parser.value(u"fault"_s));
        if (!parsed) {
            QStringList keys;
            const QMetaEnum faults = QMetaEnum::fromType<SandboxNotify::Fault>();
            for (int i = 0; i < faults.keyCount(); ++i)
                keys << SandboxNotify::faultKey(SandboxNotify::Fault(faults.value(i)));
            return usage(tr("Unknown fault \"%1\"; use one of: %2.").arg(parser.value(u"fault"_s), keys.join(u", "_s)));
        }
        fault = *parsed;
    }
    bool numeric = false;
    const int compression = parser.value(u"compression"_s).toInt(&numeric);
    if (!numeric || compression < 1)
        return usage(tr("--compression must be a whole number of at least 1."));
    QUrl notifyUrl;
    if (parser.isSet(u"notify-url"_s)) {
        notifyUrl = QUrl(parser.value(u"notify-url"_s), QUrl::StrictMode);
        if (!notifyUrl.isValid() || (notifyUrl.scheme() != u"http" && notifyUrl.scheme() != u"https") || notifyUrl.host().isEmpty())
            return usage(tr("--notify-url must be an http:// or https:// URL."));
    }

    const auto identity = readIdentity(parser);
    if (!identity) {
        io.err << u"sandbox pay: "_s << identity.errorMessage() << '\n';
        return ExitCode::Failure;
    }
    const auto db = openCliDatabase(parser, io, true);
    if (!db)
        return ExitCode::Failure;

    QNetworkAccessManager network;
    SandboxService sandbox(&network);
    sandbox.setIdentity(*identity);
    const Status started = sandbox.start(0);
    if (!started) {
        io.err << u"sandbox pay: "_s << started.errorMessage() << '\n';
        return ExitCode::Failure;
    }
    sandbox.delivery()->setCompression(compression);

    std::unique_ptr<NotifyListener> listener;
    if (notifyUrl.isEmpty()) {
        listener = std::make_unique<NotifyListener>(*db, identity->notifyConfig());
        const Status listening = listener->start(QHostAddress::LocalHost, 0);
        if (!listening) {
            io.err << u"sandbox pay: "_s << listening.errorMessage() << '\n';
            return ExitCode::Failure;
        }
        notifyUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(listener->serverPort()));
        io.out << tr("A notify listener for this run is on %1.").arg(notifyUrl.toString()) << '\n';
    }
    sandbox.setNotifyTarget(notifyUrl);
    io.out << tr("Sandbox gateway on %1.").arg(sandbox.gateway()->weChatBaseUrl().toString()) << '\n';
    io.out.flush();

    TestPaymentRun::Spec spec;
    spec.amount = *amount;
    spec.scene = *scene;
    spec.fault = fault;
    TestPaymentRun run(*db, &sandbox, spec);
    const bool details = parser.isSet(u"details"_s);
    const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
    QObject::connect(&run, &TestPaymentRun::stepAdded, &run, [&io, details, startedAt](const TestPaymentStep &step) {
        const QString elapsed = QString::number(double(step.atMs - startedAt) / 1000.0, 'f', 3);
        io.out << u"%1s %2 %3 %4"_s.arg(elapsed.rightJustified(8), step.ok ? u"ok  "_s : u"FAIL"_s,
                                          stepKey(step.kind).leftJustified(13), step.title)
               << '\n';
        if (details && !step.detail.isEmpty()) {
            const QStringList lines = step.detail.split(u'\n');
            for (const QString &line : lines)
                io.out << u"            | "_s << line << '\n';
        }
        io.out.flush();
    });
    QObject::connect(&run, &TestPaymentRun::cashierReady, &run, [&run, outcome = *outcome](const SandboxTrade &) {
        QTimer::singleShot(0, &run, [&run, outcome] { run.decide(outcome); });
    });
    if (listener)
        QObject::connect(listener.get(), &NotifyListener::orderPaid, &run, [&run](const QString &sn) {
            if (sn == run.orderSn())
                run.refreshOrder();
        });
    QEventLoop loop;
    QObject::connect(&run, &TestPaymentRun::finished, &loop, [&loop] { loop.quit(); });
    QTimer::singleShot(0, &run, [&run] { run.start(); });
    loop.exec();

    if (listener)
        listener->stop();
    sandbox.stop();

    const bool expectPaid = *outcome == CashierOutcome::Pay
                            && !TestPaymentRun::faultPreventsPayment(sandboxSceneChannel(*scene), fault);
    const TestPaymentRun::State state = run.state();
    const QString result = state == TestPaymentRun::State::Paid      ? u"paid"_s
                           : state == TestPaymentRun::State::NotPaid ? u"unpaid"_s
                                                                     : u"failed"_s;
    const bool asExpected = state != TestPaymentRun::State::Failed
                            && (state == TestPaymentRun::State::Paid) == expectPaid;
    io.out << tr("Result: order %1 %2 (expected: %3).")
                  .arg(run.orderSn(), result, expectPaid ? u"paid"_s : u"unpaid"_s)
           << '\n';
    if (!asExpected && !run.errorMessage().isEmpty())
        io.err << u"sandbox pay: "_s << run.errorMessage() << '\n';
    return asExpected ? ExitCode::Ok : ExitCode::Failure;
}
