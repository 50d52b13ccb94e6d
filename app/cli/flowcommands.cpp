#include "flowcommands.h"

#include "dbcommands.h"
#include "flow/flowstore.h"
#include "flow/flowvalidator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// --max-amount as Money, or a usage error printed.
std::optional<FlowValidator::Options> validationOptions(const QCommandLineParser &parser, CliIo &io)
{
    FlowValidator::Options options;
    if (parser.isSet(u"max-amount"_s)) {
        auto max = Money::parse(parser.value(u"max-amount"_s));
        if (!max || max->isZero()) {
            io.err << QCoreApplication::translate("FlowCommands", "--max-amount takes an amount in yuan above zero, such as 5000.00: %1")
                          .arg(max ? QCoreApplication::translate("FlowCommands", "zero") : max.errorMessage())
                   << '\n';
            return std::nullopt;
        }
        options.maxAmount = *max;
    }
    return options;
}

QCommandLineOption maxAmountOption()
{
    return QCommandLineOption(QStringList{u"max-amount"_s},
                              QCoreApplication::translate("FlowCommands", "Largest amount a payment button may ask for, in yuan (default 5000.00)."),
                              QCoreApplication::translate("FlowCommands", "YUAN"));
}

QJsonObject toJson(const FlowDiagnostic &d, const QString &file)
{
    return QJsonObject{{u"file"_s, file},
                       {u"severity"_s, FlowDiagnostic::severityName(d.severity)},
                       {u"code"_s, d.code},
                       {u"path"_s, d.path},
                       {u"line"_s, d.line},
                       {u"column"_s, d.column},
                       {u"message"_s, d.message}};
}

void printDiagnostics(const QList<FlowDiagnostic> &ds, const QString &file, QTextStream &out)
{
    for (const FlowDiagnostic &d : ds)
        out << d.toLine(file) << '\n';
}
} // namespace

// ---------------------------------------------------------------------------------------------

QString FlowValidateCommand::summary() const
{
    return QCoreApplication::translate("FlowCommands", "Checks dialogue-flow JSON files and prints each problem as file:line:col: severity: code: message; "
              "exits 1 when a file has an error.");
}

void FlowValidateCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"FILE"_s, QCoreApplication::translate("FlowCommands", "Flow files to check."), QCoreApplication::translate("FlowCommands", "FILE…"));
    parser.addOption(QCommandLineOption(QStringList{u"json"_s}, QCoreApplication::translate("FlowCommands", "Print the problems as a JSON array.")));
    parser.addOption(maxAmountOption());
}

int FlowValidateCommand::run(const QCommandLineParser &parser, CliIo &io)
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        io.err << QCoreApplication::translate("FlowCommands", "Name at least one flow file: flow validate FILE…") << '\n';
        return ExitCode::Usage;
    }
    const auto options = validationOptions(parser, io);
    if (!options)
        return ExitCode::Usage;
    const bool json = parser.isSet(u"json"_s);
    const FlowValidator validator(*options);

    QJsonArray all;
    FlowDiagnosticCounts total;
    for (const QString &file : files) {
        QList<FlowDiagnostic> ds;
        auto text = FlowStore::readFile(file);
        if (!text) {
            FlowDiagnostic d;
            d.code = text.error().code;
            d.message = text.errorMessage();
            ds << d;
        } else {
            ds = validator.validate(FlowDocument::fromText(*text));
        }
        const FlowDiagnosticCounts c = FlowDiagnosticCounts::of(ds);
        total.errors += c.errors;
        total.warnings += c.warnings;
        total.infos += c.infos;
        if (json) {
            for (const FlowDiagnostic &d : std::as_const(ds))
                all.append(toJson(d, file));
        } else {
            printDiagnostics(ds, file, io.out);
        }
    }
    if (json) {
        io.out << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
    } else {
        io.err << QCoreApplication::translate("FlowCommands", "%1 file(s) checked: %2 error(s), %3 warning(s), %4 note(s).")
                      .arg(files.size())
                      .arg(total.errors)
                      .arg(total.warnings)
                      .arg(total.infos)
               << '\n';
    }
    io.out.flush();
    return total.errors > 0 ? ExitCode::Failure : ExitCode::Ok;
}

// ---------------------------------------------------------------------------------------------

QString FlowPublishCommand::summary() const
{
    return QCoreApplication::translate("FlowCommands", "Publishes a flow file to the chat_flow setting (la_config) of --db and records the version; refuses "
              "a flow with errors.");
}

void FlowPublishCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"FILE"_s, QCoreApplication::translate("FlowCommands", "The flow file to publish."));
    parser.addOption(QCommandLineOption(QStringList{u"comment"_s, u"m"_s}, QCoreApplication::translate("FlowCommands", "Why this version (required)."),
                                        QCoreApplication::translate("FlowCommands", "TEXT")));
    parser.addOption(QCommandLineOption(QStringList{u"author"_s}, QCoreApplication::translate("FlowCommands", "Who publishes (default: the login name)."),
                                        QCoreApplication::translate("FlowCommands", "NAME")));
    parser.addOption(
        QCommandLineOption(QStringList{u"accept-warnings"_s}, QCoreApplication::translate("FlowCommands", "Publish even when the flow has warnings.")));
    parser.addOption(maxAmountOption());
}

int FlowPublishCommand::run(const QCommandLineParser &parser, CliIo &io)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || !parser.isSet(u"comment"_s)) {
        io.err << QCoreApplication::translate("FlowCommands", "Usage: flow publish FILE --comment TEXT") << '\n';
        return ExitCode::Usage;
    }
    const auto options = validationOptions(parser, io);
    if (!options)
        return ExitCode::Usage;
    auto text = FlowStore::readFile(files.first());
    if (!text) {
        io.err << text.errorMessage() << '\n';
        return ExitCode::Failure;
    }
    const QList<FlowDiagnostic> ds = FlowValidator(*options).validate(FlowDocument::fromText(*text));
    const FlowDiagnosticCounts counts = FlowDiagnosticCounts::of(ds);
    printDiagnostics(ds, files.first(), io.err);
    if (counts.errors > 0) {
        io.err << QCoreApplication::translate("FlowCommands", "Not published: the flow has %n error(s).", nullptr, counts.errors) << '\n';
        return ExitCode::Failure;
    }
    if (counts.warnings > 0 && !parser.isSet(u"accept-warnings"_s)) {
        io.err << QCoreApplication::translate("FlowCommands", "Not published: the flow has %n warning(s); check them and add --accept-warnings to publish "
                     "anyway.", nullptr, counts.warnings)
               << '\n';
        return ExitCode::Failure;
    }
    auto db = openCliDatabase(parser, io, true);
    if (!db)
        return ExitCode::Failure;
    FlowStore::PublishRequest request;
    request.text = *text;
    request.author = parser.isSet(u"author"_s) ? parser.value(u"author"_s) : FlowStore::defaultAuthor();
    request.comment = parser.value(u"comment"_s);
    request.validation = *options;
    auto version = FlowStore(*db).publish(request);
    if (!version) {
        io.err << version.errorMessage() << '\n';
        return ExitCode::Failure;
    }
    io.out << QCoreApplication::translate("FlowCommands", "Published version %1 (%n message(s)) to %2.", nullptr, version->messageCount)
                  .arg(version->id)
                  .arg(db->url().displayName())
           << '\n';
    return ExitCode::Ok;
}

// ---------------------------------------------------------------------------------------------

QString FlowPullCommand::summary() const
{
    return QCoreApplication::translate("FlowCommands", "Writes the flow that --db serves now (la_config chat_flow) to a file.");
}

void FlowPullCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringList{u"out"_s, u"o"_s}, QCoreApplication::translate("FlowCommands", "The file to write; - for standard output."),
                                        QCoreApplication::translate("FlowCommands", "FILE")));
}

int FlowPullCommand::run(const QCommandLineParser &parser, CliIo &io)
{
    if (!parser.isSet(u"out"_s)) {
        io.err << QCoreApplication::translate("FlowCommands", "Usage: flow pull --out FILE") << '\n';
        return ExitCode::Usage;
    }
    auto db = openCliDatabase(parser, io, true);
    if (!db)
        return ExitCode::Failure;
    auto published = FlowStore(*db).loadPublished();
    if (!published) {
        io.err << published.errorMessage() << '\n';
        return ExitCode::Failure;
    }
    if (!published->has_value()) {
        io.err << QCoreApplication::translate("FlowCommands", "%1 has no published chat flow yet.").arg(db->url().displayName()) << '\n';
        return ExitCode::Failure;
    }
    const QString out = parser.value(u"out"_s);
    if (out == u"-") {
        io.out << (*published)->text;
        io.out.flush();
        return ExitCode::Ok;
    }
    if (Status s = FlowStore::writeFile(out, (*published)->text); !s) {
        io.err << s.errorMessage() << '\n';
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}

// ---------------------------------------------------------------------------------------------

QString FlowHistoryCommand::summary() const
{
    return QCoreApplication::translate("FlowCommands", "Lists the published versions of the chat flow in --db, newest first.");
}

void FlowHistoryCommand::configure(QCommandLineParser &) const {}

int FlowHistoryCommand::run(const QCommandLineParser &parser, CliIo &io)
{
    auto db = openCliDatabase(parser, io, true);
    if (!db)
        return ExitCode::Failure;
    auto history = FlowStore(*db).history();
    if (!history) {
        io.err << history.errorMessage() << '\n';
        return ExitCode::Failure;
    }
    for (const FlowVersion &v : std::as_const(*history)) {
        io.out << u"%1\t%2\t%3\t%4\t%5\n"_s.arg(v.id)
                      .arg(QDateTime::fromSecsSinceEpoch(v.createTime).toString(Qt::ISODate))
                      .arg(v.author)
                      .arg(v.messageCount)
                      .arg(v.comment);
    }
    return ExitCode::Ok;
}

// ---------------------------------------------------------------------------------------------

QString FlowRollbackCommand::summary() const
{
    return QCoreApplication::translate("FlowCommands", "Publishes an earlier version of the chat flow again.");
}

void FlowRollbackCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"VERSION"_s, QCoreApplication::translate("FlowCommands", "The version id (see flow history)."));
    parser.addOption(QCommandLineOption(QStringList{u"comment"_s, u"m"_s}, QCoreApplication::translate("FlowCommands", "Why."), QCoreApplication::translate("FlowCommands", "TEXT")));
    parser.addOption(QCommandLineOption(QStringList{u"author"_s}, QCoreApplication::translate("FlowCommands", "Who (default: the login name)."), QCoreApplication::translate("FlowCommands", "NAME")));
}

int FlowRollbackCommand::run(const QCommandLineParser &parser, CliIo &io)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok) {
        io.err << QCoreApplication::translate("FlowCommands", "Usage: flow rollback VERSION") << '\n';
        return ExitCode::Usage;
    }
    auto db = openCliDatabase(parser, io, true);
    if (!db)
        return ExitCode::Failure;
    const QString author = parser.isSet(u"author"_s) ? parser.value(u"author"_s) : FlowStore::defaultAuthor();
    auto version = FlowStore(*db).rollback(id, author, parser.value(u"comment"_s));
    if (!version) {
        io.err << version.errorMessage() << '\n';
        return ExitCode::Failure;
    }
    io.out << QCoreApplication::translate("FlowCommands", "Published version %1 again as version %2.").arg(id).arg(version->id) << '\n';
    return ExitCode::Ok;
}

void appendFlowCliCommands(std::vector<std::unique_ptr<CliCommand>> &commands)
{
    commands.push_back(std::make_unique<FlowValidateCommand>());
    commands.push_back(std::make_unique<FlowPublishCommand>());
    commands.push_back(std::make_unique<FlowPullCommand>());
    commands.push_back(std::make_unique<FlowHistoryCommand>());
    commands.push_back(std::make_unique<FlowRollbackCommand>());
}
