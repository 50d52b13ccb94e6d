#include "sandboxcommands.h"

#include "listener/notifyconfigfile.h"
#include "sandbox/sandboxidentity.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

const QString identityFileName = u"sandbox-identity.json"_s;

// What a tester needs to see about an identity: ids only, never a key.
void printIdentity(const SandboxIdentity &id, QTextStream &out)
{
    out << QCoreApplication::translate("SandboxCommands", "WeChat Pay: mchid %1, mini-program appid %2, official-account appid %3")
               .arg(id.mchid, id.miniProgramAppid, id.officialAccountAppid)
        << '\n'
        << QCoreApplication::translate("SandboxCommands", "  WeChat Pay public key id %1, merchant certificate serial %2")
               .arg(id.weChatPlatformKeyId, id.merchantCertificateSerial)
        << '\n'
        << QCoreApplication::translate("SandboxCommands", "Alipay: app_id %1, seller_id %2").arg(id.alipayAppId, id.alipaySellerId) << '\n';
}

int exportIdentity(const SandboxIdentity &id, const QString &directory, CliIo &io)
{
    const auto written = id.exportTo(directory);
    if (!written) {
        io.err << written.errorMessage() << '\n';
        return ExitCode::Failure;
    }
    const QString root = QDir::toNativeSeparators(QFileInfo(directory).absoluteFilePath());
    io.out << QCoreApplication::translate("SandboxCommands", "Exported %n file(s) to %1:", nullptr, int(written->size())).arg(root) << '\n';
    for (const QString &file : *written)
        io.out << "  " << file << '\n';
    io.out << QCoreApplication::translate("SandboxCommands", "Give README.md to the developers of the server under test; to receive the sandbox's "
                                                             "notifications with mcpay-admin itself: mcpay-admin serve --config %1")
                  .arg(QDir::toNativeSeparators(QDir(root).filePath(u"mcpay-serve.json"_s)))
           << '\n';
    return ExitCode::Ok;
}
} // namespace

// ---------------------------------------------------------------------------------------------

QString SandboxInitCommand::summary() const
{
    return QCoreApplication::translate("SandboxCommands", "Creates the payment sandbox's keys and ids (WeChat Pay and Alipay), keeps them in the "
                                                          "keychain and, with --export, writes the folder a server under test needs.");
}

void SandboxInitCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringList{u"force"_s},
                                        QCoreApplication::translate("SandboxCommands", "Replace an existing sandbox identity (servers configured with "
                                                                                       "the old keys will refuse the new notifications).")));
    parser.addOption(QCommandLineOption(QStringList{u"export"_s},
                                        QCoreApplication::translate("SandboxCommands", "Also write the folder for a server under test."),
                                        QCoreApplication::translate("SandboxCommands", "DIR")));
    parser.addOption(QCommandLineOption(QStringList{u"no-keychain"_s},
                                        QCoreApplication::translate("SandboxCommands", "Do not use the keychain: the identity is kept only in the "
                                                                                       "exported folder (sandbox-identity.json). Needs --export.")));
}

int SandboxInitCommand::run(const QCommandLineParser &parser, CliIo &io)
{
    if (!parser.positionalArguments().isEmpty()) {
        io.err << QCoreApplication::translate("SandboxCommands", "Usage: sandbox init [--force] [--export DIR [--no-keychain]]") << '\n';
        return ExitCode::Usage;
    }
    const bool force = parser.isSet(u"force"_s);
    const bool useKeychain = !parser.isSet(u"no-keychain"_s);
    const QString directory = parser.value(u"export"_s);
    if (parser.isSet(u"export"_s) && directory.isEmpty()) {
        io.err << QCoreApplication::translate("SandboxCommands", "--export needs a folder: sandbox init --export DIR") << '\n';
        return ExitCode::Usage;
    }
    if (!useKeychain && directory.isEmpty()) {
        io.err << QCoreApplication::translate("SandboxCommands", "--no-keychain needs --export DIR: without the keychain the exported folder is the "
                                                                 "only copy of the identity.")
               << '\n';
        return ExitCode::Usage;
    }

    // Refuse to replace what exists, unless asked to.
    if (!directory.isEmpty() && !force) {
        const QString existing = QDir(directory).filePath(identityFileName);
        if (QFileInfo::exists(existing)) {
            io.err << QCoreApplication::translate("SandboxCommands", "%1 already holds a sandbox identity; add --force to replace it, or use "
                                                                     "another folder.")
                          .arg(QDir::toNativeSeparators(existing))
                   << '\n';
            return ExitCode::Failure;
        }
    }
    std::unique_ptr<SecretStore> store;
    if (useKeychain) {
        store = std::make_unique<SecretStore>();
        const auto existing = store->readNow(SandboxIdentity::secretKey());
        if (existing.ok() && !force) {
            io.err << QCoreApplication::translate("SandboxCommands", "The keychain already holds a sandbox identity; add --force to replace it "
                                                                     "(servers configured with the old keys will then refuse the sandbox's "
                                                                     "notifications), or export it with: mcpay-admin sandbox export DIR")
                   << '\n';
            return ExitCode::Failure;
        }
        if (!existing.ok() && existing.error().code != u"not-found") {
            io.err << existing.errorMessage() << '\n';
            io.err << QCoreApplication::translate("SandboxCommands", "Without a keychain, keep the identity in a folder instead: "
                                                                     "mcpay-admin sandbox init --export DIR --no-keychain")
                   << '\n';
            return ExitCode::Failure;
        }
    }

    io.err << QCoreApplication::translate("SandboxCommands", "Generating four RSA 2048 keys…") << '\n';
    io.err.flush();
    const auto identity = SandboxIdentity::generate();
    if (!identity) {
        io.err << identity.errorMessage() << '\n';
        return ExitCode::Failure;
    }
    if (store) {
        if (const Status saved = identity->saveTo(*store); !saved) {
            io.err << saved.errorMessage() << '\n';
            return ExitCode::Failure;
        }
    }
    io.out << QCoreApplication::translate("SandboxCommands", "Created a sandbox identity. These keys work only with the sandbox, never with the "
                                                             "real WeChat Pay or Alipay.")
           << '\n';
    printIdentity(*identity, io.out);
    if (store)
        io.out << QCoreApplication::translate("SandboxCommands", "Saved in the keychain (service \"%1\", entry \"%2\").")
                      .arg(store->service(), SandboxIdentity::secretKey())
               << '\n';
    if (directory.isEmpty())
        return ExitCode::Ok;
    return exportIdentity(*identity, directory, io);
}

// ---------------------------------------------------------------------------------------------

QString SandboxExportCommand::summary() const
{
    return QCoreApplication::translate("SandboxCommands", "Writes the folder a server under test needs (keys, ids, README, a serve "
                                                          "configuration) from the sandbox identity in the keychain or in a file.");
}

void SandboxExportCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"DIR"_s, QCoreApplication::translate("SandboxCommands", "The folder to write (created if needed)."));
    parser.addOption(QCommandLineOption(QStringList{u"identity"_s},
                                        QCoreApplication::translate("SandboxCommands", "Read the identity from this sandbox-identity.json instead of "
                                                                                       "the keychain."),
                                        QCoreApplication::translate("SandboxCommands", "FILE")));
}

int SandboxExportCommand::run(const QCommandLineParser &parser, CliIo &io)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || args.first().isEmpty()) {
        io.err << QCoreApplication::translate("SandboxCommands", "Usage: sandbox export DIR [--identity FILE]") << '\n';
        return ExitCode::Usage;
    }
    std::optional<SandboxIdentity> identity;
    if (parser.isSet(u"identity"_s)) {
        const QString file = parser.value(u"identity"_s);
        const auto json = readSecretFile(file);
        if (!json) {
            io.err << json.errorMessage() << '\n';
            return ExitCode::Failure;
        }
        auto parsed = SandboxIdentity::fromJson(*json);
        if (!parsed) {
            io.err << QDir::toNativeSeparators(file) << ": " << parsed.errorMessage() << '\n';
            return ExitCode::Failure;
        }
        identity = std::move(*parsed);
    } else {
        SecretStore store;
        auto loaded = SandboxIdentity::loadFrom(store);
        if (!loaded) {
            if (loaded.error().code == u"not-found")
                io.err << QCoreApplication::translate("SandboxCommands", "The keychain holds no sandbox identity; create one with: "
                                                                         "mcpay-admin sandbox init")
                       << '\n';
            else
                io.err << loaded.errorMessage() << '\n';
            return ExitCode::Failure;
        }
        identity = std::move(*loaded);
    }
    printIdentity(*identity, io.out);
    return exportIdentity(*identity, args.first(), io);
}

void appendSandboxCliCommands(std::vector<std::unique_ptr<CliCommand>> &commands)
{
    commands.push_back(std::make_unique<SandboxInitCommand>());
    commands.push_back(std::make_unique<SandboxExportCommand>());
}
