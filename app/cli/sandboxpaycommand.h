#pragma once

#include "clicommand.h"

#include <QCoreApplication>

// `mcpay-admin sandbox pay --amount 0.40 [--scene mnp|oa|h5|alipay-wap|alipay-page]
//  [--notify-url URL] [--identity FILE] [--outcome pay|cancel|fail|leave] [--fault KEY]
//  [--compression N]`: one test payment without real money. Starts the sandbox gateway on a
// free port, creates the order, prepays, decides at the cashier, delivers the signed
// notification (to --notify-url, or to a listener started for the run on the same
// database) and prints each step. Exits 0 when the order ended as the decision and the
// fault say it should (paid, or unpaid), 1 otherwise.
class SandboxPayCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SandboxPayCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliIo &io) override;
};
