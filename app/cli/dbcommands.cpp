#include "dbcommands.h"

#include "cli.h"
#include "core/appcontext.h"
#include "orders/orderrepository.h"

#include <QCoreApplication>

std::optional<Database> openCliDatabase(const QCommandLineParser &parser, CliIo &io, bool quiet)
{
    const QString url = Cli::databaseUrl(parser);
    auto prepared = prepareDatabase(url, qEnvironmentVariable("MCPAY_DB_PASSWORD"), 0);
    if (!prepared) {
        io.err << prepared.errorMessage() << '\n';
        return std::nullopt;
    }
    const MigrationReport &report = prepared->second;
    if (!quiet && (!report.applied.isEmpty() || !report.duplicates.isEmpty()))
        io.err << report.summary() << '\n';
    return prepared->first;
}

QString DbMigrateCommand::summary() const
{
    return QCoreApplication::translate("DbCommands", "Creates the order table if absent and applies mcpay-admin's schema migrations (additive only).");
}

void DbMigrateCommand::configure(QCommandLineParser &) const {}

int DbMigrateCommand::run(const QCommandLineParser &parser, CliIo &io)
{
    auto url = DatabaseUrl::parse(Cli::databaseUrl(parser));
    if (!url) {
        io.err << url.errorMessage() << '\n';
        return ExitCode::Usage;
    }
    auto prepared = prepareDatabase(url->toString(), qEnvironmentVariable("MCPAY_DB_PASSWORD"), 0);
    if (!prepared) {
        io.err << prepared.errorMessage() << '\n';
        return ExitCode::Failure;
    }
    io.out << prepared->second.summary() << '\n';
    for (const DuplicateOrderSn &d : prepared->second.duplicates)
        io.out << QStringLiteral("  %1\t%2\n").arg(d.orderSn).arg(d.count);
    return ExitCode::Ok;
}

QString DbSeedCommand::summary() const
{
    return QCoreApplication::translate("DbCommands", "Inserts demo orders spread over the last 90 days (after migrating).");
}

void DbSeedCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("count")}, QCoreApplication::translate("DbCommands", "How many orders (default 200)."),
                                        QCoreApplication::translate("DbCommands", "N"), QStringLiteral("200")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("random-seed")},
                                        QCoreApplication::translate("DbCommands", "Seed of the generator, for repeatable data."), QCoreApplication::translate("DbCommands", "N"),
                                        QStringLiteral("20260130")));
}

int DbSeedCommand::run(const QCommandLineParser &parser, CliIo &io)
{
    bool ok = false;
    const qint64 count = parser.value(QStringLiteral("count")).toLongLong(&ok);
    if (!ok || count < 1 || count > 50'000'000) {
        io.err << QCoreApplication::translate("DbCommands", "--count takes a whole number from 1 to 50000000.") << '\n';
        return ExitCode::Usage;
    }
    const uint seed = parser.value(QStringLiteral("random-seed")).toUInt(&ok);
    if (!ok) {
        io.err << QCoreApplication::translate("DbCommands", "--random-seed takes a whole number.") << '\n';
        return ExitCode::Usage;
    }
    auto db = openCliDatabase(parser, io);
    if (!db)
        return ExitCode::Failure;
    OrderRepository::SeedOptions options;
    options.count = count;
    options.seed = seed;
    auto inserted = OrderRepository(*db).seedDemoOrders(options);
    if (!inserted) {
        io.err << inserted.errorMessage() << '\n';
        return ExitCode::Failure;
    }
    io.out << QCoreApplication::translate("DbCommands", "Inserted %1 demo orders into %2.").arg(*inserted).arg(db->url().displayName()) << '\n';
    return ExitCode::Ok;
}
