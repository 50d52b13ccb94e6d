#pragma once

#include "clicommand.h"
#include "orders/orderfilter.h"
#include "result.h"

// mcpay-admin orders export [filters] --out FILE: the CSV the orders view exports, for the
// same filter and sort.
class OrdersExportCommand final : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("orders"), QStringLiteral("export")}; }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliIo &io) override;

    // The filter and sort the options describe (shared with tests).
    static Result<std::pair<OrderFilter, OrderSort>> filterFromOptions(const QCommandLineParser &parser);
};
