#include "guiapplication.h"

#include "core/appcontext.h"
#include "core/language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QMessageBox>

int runGuiApplication(QApplication &app, const QString &languageOverride, const QString &databaseUrl)
{
    AppContext context;
    const QString language = Language::resolve(languageOverride.isEmpty() ? context.settings().language() : languageOverride);
    Language::install(language);
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/mcpay-admin.svg")));

    MainWindow window(&context);
    window.show();

    // The database used last time, else the embedded one (created with demo orders).
    const QString env = qEnvironmentVariable("MCPAY_DB_URL");
    const QString last = context.settings().lastDatabaseUrl();
    const QString url = !databaseUrl.isEmpty() ? databaseUrl : !env.isEmpty() ? env : (!last.isEmpty() ? last : AppContext::defaultDatabaseUrl());
    const QString password = qEnvironmentVariable("MCPAY_DB_PASSWORD");
    if (!window.openDatabase(url, password) && url != AppContext::defaultDatabaseUrl()) {
        QMessageBox::information(&window, QCoreApplication::translate("GuiApplication", "Embedded Database"),
                                 QCoreApplication::translate("GuiApplication",
                                                             "mcpay-admin opens its embedded database instead."));
        window.openEmbeddedDatabase();
    }
    return app.exec();
}
