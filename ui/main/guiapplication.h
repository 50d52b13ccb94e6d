#pragma once

#include <QString>

class QApplication;

// Starts the desktop application: language, settings, the database (--db, else
// MCPAY_DB_URL, else the last one used, else the embedded SQLite file, created with demo orders on first start), the main
// window. Returns the exit status of the event loop.
int runGuiApplication(QApplication &app, const QString &languageOverride = {}, const QString &databaseUrl = {});
