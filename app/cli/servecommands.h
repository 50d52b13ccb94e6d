#pragma once

#include "clicommand.h"

// `mcpay-admin serve --db URL --listen HOST:PORT --config FILE`: the notify listener
// without the GUI. One log line per notification on stdout; SIGTERM or SIGINT finishes the
// requests in flight and exits 0.
class ServeCommand final : public CliCommand
{
public:
    QStringList words() const override;
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliIo &io) override;
};
