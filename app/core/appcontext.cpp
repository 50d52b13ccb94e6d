#include "appcontext.h"

#include "logging.h"
#include "orders/orderrepository.h"
#include "sandbox/sandboxservice.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QStandardPaths>

AppContext::AppContext(QObject *parent)
    : QObject(parent), m_settings(std::make_unique<Settings>()), m_secrets(new SecretStore(QStringLiteral("mcpay-admin"), this))
{
}

AppContext::AppContext(const QString &settingsIniPath, const QString &keychainService, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<Settings>(settingsIniPath)), m_secrets(new SecretStore(keychainService, this))
{
}

AppContext::~AppContext() = default;

QString AppContext::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("mcpay.db"));
}

QString AppContext::defaultDatabaseUrl()
{
    return DatabaseUrl::sqlite(defaultDatabasePath()).toString();
}

Result<std::pair<Database, MigrationReport>> prepareDatabase(const QString &urlText, const QString &password,
                                                            qint64 demoOrdersIfNew)
{
    auto url = DatabaseUrl::parse(urlText);
    if (!url)
        return url.error();
    bool isNew = false;
    if (url->dialect == SqlDialect::Sqlite) {
        const QFileInfo file(url->path);
        isNew = !file.exists();
        if (isNew && !QDir().mkpath(file.absolutePath()))
            return Error(QCoreApplication::translate("AppContext", "Cannot create the folder %1.").arg(file.absolutePath()));
    }
    Database db(*url, password);
    auto report = SchemaMigrator(db).migrate();
    if (!report)
        return report.error();
    if (isNew && demoOrdersIfNew > 0) {
        OrderRepository::SeedOptions options;
        options.count = demoOrdersIfNew;
        auto seeded = OrderRepository(db).seedDemoOrders(options);
        if (!seeded)
            return seeded.error();
        qCInfo(lcDb) << "seeded" << *seeded << "demo orders into the new database";
    }
    return std::pair{db, *report};
}

Result<MigrationReport> AppContext::openDatabase(const QString &url, const QString &password, qint64 demoOrdersIfNew)
{
    auto prepared = prepareDatabase(url, password, demoOrdersIfNew);
    if (!prepared)
        return prepared.error();
    m_database = prepared->first;
    m_report = prepared->second;
    m_settings->setLastDatabaseUrl(m_database.url().toString());
    Q_EMIT databaseChanged();
    return m_report;
}

SandboxService *AppContext::sandbox()
{
    if (m_sandbox)
        return m_sandbox;
    m_network = new QNetworkAccessManager(this);
    m_sandbox = new SandboxService(m_network, this);
    // The identity lives in the keychain; read it without blocking the event loop. An
    // identity set meanwhile (created from the Tools menu, or by a test) wins.
    m_sandboxLoadPending = true;
    m_secrets->read(SandboxIdentity::secretKey(), this, [this](Result<QByteArray> json) {
        m_sandboxLoadPending = false;
        if (!json) {
            // No identity yet is not an error worth showing; a keychain that cannot be read is.
            m_sandboxLoadError = json.error().code == u"not-found" ? QString() : json.error().message;
            Q_EMIT sandboxIdentityLoaded(false);
            return;
        }
        auto identity = SandboxIdentity::fromJson(*json);
        if (!identity) {
            m_sandboxLoadError = identity.error().message;
            Q_EMIT sandboxIdentityLoaded(false);
            return;
        }
        if (!m_sandbox->hasIdentity())
            m_sandbox->setIdentity(*identity);
        m_sandboxLoadError.clear();
        Q_EMIT sandboxIdentityLoaded(true);
    });
    return m_sandbox;
}
