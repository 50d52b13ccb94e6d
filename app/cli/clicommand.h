#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

// Exit statuses of every command: 0 success, 1 a failure of the work (a database error,
// a flow with errors, a failed check), 2 bad arguments.
namespace ExitCode {
inline constexpr int Ok = 0;
inline constexpr int Failure = 1;
inline constexpr int Usage = 2;
}

// What a command reads and writes; tests pass string-backed streams.
struct CliIo
{
    QTextStream &out;
    QTextStream &err;
};

// One sub-command of `mcpay-admin`, such as `db migrate` or `flow validate`.
// A command declares its options on the parser it is given (the global --db option is
// already there) and runs with the parsed values.
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    // The words that select the command: {"db", "migrate"}.
    virtual QStringList words() const = 0;
    // One line for `mcpay-admin --help`, translated.
    virtual QString summary() const = 0;
    // Adds options and positional arguments.
    virtual void configure(QCommandLineParser &parser) const = 0;
    // Runs after parsing succeeded; returns an ExitCode.
    virtual int run(const QCommandLineParser &parser, CliIo &io) = 0;
};

// Every command the program knows, in the order `--help` lists them
// (defined in commandregistry.cpp).
std::vector<std::unique_ptr<CliCommand>> allCliCommands();
