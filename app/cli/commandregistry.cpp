#include "clicommand.h"

#include "checkservercommand.h"
#include "dbcommands.h"
#include "flowcommands.h"
#include "orderscommands.h"
#include "sandboxcommands.h"
#include "sandboxpaycommand.h"
#include "servecommands.h"

std::vector<std::unique_ptr<CliCommand>> allCliCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<DbMigrateCommand>());
    commands.push_back(std::make_unique<DbSeedCommand>());
    commands.push_back(std::make_unique<OrdersExportCommand>());
    appendFlowCliCommands(commands);
    commands.push_back(std::make_unique<ServeCommand>());
    commands.push_back(std::make_unique<CheckServerCommand>());
    appendSandboxCliCommands(commands);
    commands.push_back(std::make_unique<SandboxPayCommand>());
    return commands;
}
