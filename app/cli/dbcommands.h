#pragma once

#include "clicommand.h"
#include "db/database.h"

#include <optional>

// mcpay-admin db migrate: brings the schema up to date (additively).
class DbMigrateCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("db"), QStringLiteral("migrate")}; }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliIo &io) override;
};

// mcpay-admin db seed --count N: inserts N demo orders (after migrating).
class DbSeedCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("db"), QStringLiteral("seed")}; }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliIo &io) override;
};

// Opens the database the command line names (password from MCPAY_DB_PASSWORD), migrated.
// Prints the error and returns std::nullopt on failure.
std::optional<Database> openCliDatabase(const QCommandLineParser &parser, CliIo &io, bool quiet = false);
