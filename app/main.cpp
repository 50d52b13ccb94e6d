// mcpay-admin: the executable only wires the libraries together. With a command word it
// runs headless (QCoreApplication); without one it starts the desktop application.

#include "cli/cli.h"
#include "core/language.h"
#include "core/settings.h"
#include "main/guiapplication.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {
void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("mcpay"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("mcpay.local"));
    QCoreApplication::setApplicationName(QStringLiteral("mcpay-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MCPAY_VERSION));
}

QString optionValue(const QStringList &arguments, const QString &option)
{
    const qsizetype i = arguments.indexOf(option);
    return i >= 0 ? arguments.value(i + 1) : QString();
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (Cli::wantsGui(arguments)) {
        QApplication app(argc, argv);
        setIdentity();
        return runGuiApplication(app, optionValue(arguments, QStringLiteral("--lang")),
                                 optionValue(arguments, QStringLiteral("--db")));
    }

    QCoreApplication app(argc, argv);
    setIdentity();
    const QString lang = optionValue(arguments, QStringLiteral("--lang"));
    Language::install(Language::resolve(lang.isEmpty() ? Settings().language() : lang));
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliIo io{out, err};
    const int status = Cli::run(app.arguments(), io);
    out.flush();
    err.flush();
    return status;
}
