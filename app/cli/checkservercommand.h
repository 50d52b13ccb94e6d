#pragma once

#include "clicommand.h"

// `mcpay-admin check-server --notify-url URL --channel wechat|alipay [--identity FILE]
// (--db URL | --api-base URL --token T --status-url URL) [--duplicates N] [--json]`: runs the server check (forged notifications,
// amount check, duplicates, unknown order, sn truncation, acknowledgement format) against
// another server's notify endpoint, signed with the sandbox identity that server was
// configured with, and prints the report. Exits 0 when every check passes, 1 when any
// fails (or the check could not run), 2 on bad arguments.
class CheckServerCommand final : public CliCommand
{
public:
    QStringList words() const override;
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliIo &io) override;
};
