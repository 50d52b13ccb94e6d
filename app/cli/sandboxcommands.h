#pragma once

#include "clicommand.h"

// mcpay-admin sandbox init [--force] [--export DIR [--no-keychain]]: generates a sandbox
// identity (WeChat Pay and Alipay keys and ids), keeps it in the keychain and optionally
// exports the folder a server under test needs. An existing identity is only replaced
// with --force. With --no-keychain (headless machines, CI) the identity lives only in the
// exported folder's sandbox-identity.json.
class SandboxInitCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("sandbox"), QStringLiteral("init")}; }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliIo &io) override;
};

// mcpay-admin sandbox export DIR [--identity FILE]: writes the folder for a server under
// test from the keychain's sandbox identity, or from a sandbox-identity.json file.
class SandboxExportCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("sandbox"), QStringLiteral("export")}; }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliIo &io) override;
};

// Adds every `sandbox …` command to a command list (called once by allCliCommands()).
void appendSandboxCliCommands(std::vector<std::unique_ptr<CliCommand>> &commands);
