#pragma once

#include "clicommand.h"

// mcpay-admin flow validate FILE… [--json] [--max-amount YUAN]: checks flow files and prints
// `file:line:col: severity: code: message`; exits 1 when any file has an error.
class FlowValidateCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("flow"), QStringLiteral("validate")}; }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliIo &io) override;
};

// mcpay-admin flow publish FILE --comment TEXT [--author NAME] [--accept-warnings]:
// publishes a flow file to la_config of --db, keeping a version.
class FlowPublishCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("flow"), QStringLiteral("publish")}; }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliIo &io) override;
};

// mcpay-admin flow pull --out FILE: writes the flow --db serves now to a file ("-" = stdout).
class FlowPullCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("flow"), QStringLiteral("pull")}; }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliIo &io) override;
};

// mcpay-admin flow history: lists the published versions.
class FlowHistoryCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("flow"), QStringLiteral("history")}; }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliIo &io) override;
};

// mcpay-admin flow rollback VERSION [--comment TEXT]: publishes an old version again.
class FlowRollbackCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("flow"), QStringLiteral("rollback")}; }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliIo &io) override;
};

// Adds every `flow …` command to a command list (called once by allCliCommands()).
void appendFlowCliCommands(std::vector<std::unique_ptr<CliCommand>> &commands);
