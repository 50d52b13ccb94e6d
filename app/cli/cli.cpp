#include "cli.h"

#include "core/appcontext.h"

#include <QCoreApplication>

namespace {

// Options that take a value, so that their value is not mistaken for a command word.
bool takesValue(const QString &arg)
{
    return arg == u"--db" || arg == u"--lang";
}

QStringList commandWordsOf(const QStringList &arguments)
{
    QStringList words;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--")
            break;
        if (a.startsWith(u'-')) {
            if (takesValue(a))
                ++i;
            continue;
        }
        words << a;
    }
    return words;
}

QString helpText(const std::vector<std::unique_ptr<CliCommand>> &commands, const QString &program)
{
    QString text = QCoreApplication::translate("Cli", "Usage: %1 [--db URL] [COMMAND] [OPTIONS]\n"
                      "Back-office for marketing-chat payment funnels: dialogue flows, orders, WeChat Pay and "
                      "Alipay notifications.\n\n"
                      "Without a command the desktop application starts.\n\n"
                      "Commands:\n")
                       .arg(program);
    for (const auto &c : commands)
        text += QStringLiteral("  %1\n      %2\n").arg(c->words().join(u' '), c->summary());
    text += QCoreApplication::translate("Cli", "\nGlobal options:\n"
               "  --db URL       the database: sqlite:///abs/path.db or mysql://user@host:port/dbname?prefix=la_\n"
               "                 (default: MCPAY_DB_URL, else the embedded database %1);\n"
               "                 a MySQL password is read from MCPAY_DB_PASSWORD\n"
               "  --lang LANG    zh_CN or en\n"
               "  -h, --help     this help, or a command's help after the command\n"
               "  -v, --version  the version\n")
                .arg(AppContext::defaultDatabasePath());
    return text;
}
} // namespace

void Cli::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("db")}, QCoreApplication::translate("Cli", "The database URL."), QCoreApplication::translate("Cli", "URL")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("lang")}, QCoreApplication::translate("Cli", "The language: zh_CN or en."), QCoreApplication::translate("Cli", "LANG")));
}

QString Cli::databaseUrl(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("db")))
        return parser.value(QStringLiteral("db"));
    const QString env = qEnvironmentVariable("MCPAY_DB_URL");
    return env.isEmpty() ? AppContext::defaultDatabaseUrl() : env;
}

bool Cli::wantsGui(const QStringList &arguments)
{
    for (const QString &a : arguments.mid(1)) {
        if (a == u"-h" || a == u"--help" || a == u"-v" || a == u"--version" || a == u"--help-all")
            return false;
    }
    return commandWordsOf(arguments).isEmpty();
}

int Cli::run(const QStringList &arguments, CliIo &io)
{
    const QString program = arguments.value(0, QStringLiteral("mcpay-admin"));
    auto commands = allCliCommands();
    const QStringList words = commandWordsOf(arguments);

    CliCommand *command = nullptr;
    int matched = 0;
    for (const auto &c : commands) {
        const QStringList cw = c->words();
        if (cw.size() > matched && words.mid(0, cw.size()) == cw) {
            command = c.get();
            matched = int(cw.size());
        }
    }

    if (!command) {
        const bool help = arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
        const bool version = arguments.contains(QStringLiteral("--version")) || arguments.contains(QStringLiteral("-v"));
        if (version && words.isEmpty()) {
            io.out << QStringLiteral("mcpay-admin %1\n").arg(QStringLiteral(MCPAY_VERSION));
            return ExitCode::Ok;
        }
        if (help && words.isEmpty()) {
            io.out << helpText(commands, program);
            return ExitCode::Ok;
        }
        io.err << QCoreApplication::translate("Cli", "%1: unknown command \"%2\"; see %1 --help").arg(program, words.join(u' ')) << '\n';
        return ExitCode::Usage;
    }

    // Parse the rest with the command's own options; the command words are removed.
    QStringList rest{program};
    int skipped = 0;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (skipped < matched && !a.startsWith(u'-') && a == words.at(skipped)
            && !(i > 1 && takesValue(arguments.at(i - 1)))) {
            ++skipped;
            continue;
        }
        rest << a;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(command->summary());
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("Cli", "Shows this help."));
    parser.addOption(helpOption);
    addGlobalOptions(parser);
    command->configure(parser);
    if (!parser.parse(rest)) {
        io.err << QStringLiteral("%1 %2: %3").arg(program, command->words().join(u' '), parser.errorText()) << '\n';
        return ExitCode::Usage;
    }
    if (parser.isSet(helpOption)) {
        QString help = parser.helpText();
        help.replace(QStringLiteral("Usage: ") + program, QStringLiteral("Usage: ") + program + u' ' + command->words().join(u' '));
        io.out << help;
        return ExitCode::Ok;
    }
    return command->run(parser, io);
}
