#pragma once

#include "clicommand.h"

#include <QStringList>

// The command line of mcpay-admin. With no command word it starts the GUI; otherwise it
// dispatches to one CliCommand.
class Cli
{
public:
    // Whether these arguments ask for the GUI (no command word, no --help/--version).
    static bool wantsGui(const QStringList &arguments);

    // Runs a command; arguments[0] is the program name. Returns the exit status.
    static int run(const QStringList &arguments, CliIo &io);

    // The global options shared by the GUI and every command.
    static void addGlobalOptions(QCommandLineParser &parser);
    // The database URL chosen by --db, MCPAY_DB_URL, or the default SQLite file.
    static QString databaseUrl(const QCommandLineParser &parser);
};
