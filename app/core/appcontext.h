#pragma once

#include "db/database.h"
#include "db/schemamigrator.h"
#include "result.h"
#include "settings.h"

#include <QObject>

class QNetworkAccessManager;
class SandboxService;
class SecretStore;

// What the pages of the application share: settings, the keychain and the open database.
// Created once by the GUI entry point (or a test) and handed to every page.
class AppContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    explicit AppContext(QObject *parent = nullptr);
    // For tests: settings in an INI file and a keychain service of their own.
    AppContext(const QString &settingsIniPath, const QString &keychainService, QObject *parent = nullptr);
    ~AppContext() override;

    Settings &settings() { return *m_settings; }
    SecretStore *secrets() const { return m_secrets; }
    Database database() const { return m_database; }
    const MigrationReport &migrationReport() const { return m_report; }

    // The offline payment sandbox, created on first use with a network manager owned by the
    // context. The first call also starts loading the sandbox identity from the keychain,
    // asynchronously: until it arrives (sandboxIdentityLoaded) the service has no identity.
    // Nothing is started: callers start() the gateway when they need it.
    SandboxService *sandbox();
    // Why that first keychain read gave no identity: the keychain's or the parser's message;
    // empty when it succeeded, is still pending, or there simply is no identity yet.
    QString sandboxLoadError() const { return m_sandboxLoadError; }
    bool sandboxLoadPending() const { return m_sandboxLoadPending; }

    // The embedded database of this user: <app data>/mcpay.db.
    static QString defaultDatabasePath();
    static QString defaultDatabaseUrl();

    // Opens a database, brings its schema up to date and — for a SQLite file that did not
    // exist before — seeds demo orders, then makes it current and emits databaseChanged().
    // On failure the current database stays as it was.
    Result<MigrationReport> openDatabase(const QString &url, const QString &password = {}, qint64 demoOrdersIfNew = 500);

Q_SIGNALS:
    void databaseChanged();
    // Orders changed behind the views' back (a notification marked one paid, say).
    void ordersChanged();
    // The first keychain read of the sandbox identity finished (ok: an identity is now set).
    void sandboxIdentityLoaded(bool ok);

public:
    void notifyOrdersChanged() { Q_EMIT ordersChanged(); }

private:
    std::unique_ptr<Settings> m_settings;
    SecretStore *m_secrets = nullptr;
    Database m_database;
    MigrationReport m_report;
    QNetworkAccessManager *m_network = nullptr;
    SandboxService *m_sandbox = nullptr;
    QString m_sandboxLoadError;
    bool m_sandboxLoadPending = false;
};

// Opens, migrates and (for a new SQLite file) seeds a database: shared by the GUI and the
// command line.
Result<std::pair<Database, MigrationReport>> prepareDatabase(const QString &url, const QString &password,
                                                            qint64 demoOrdersIfNew);
