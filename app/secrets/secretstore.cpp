#include "secretstore.h"

#include "logging.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>

#include <memory>

namespace {

// Turns QtKeychain's answer into a message that says what to do.
Error keychainError(const QKeychain::Job &job, const QString &key)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return Error(QCoreApplication::translate("SecretStore", "The keychain has no entry \"%1\".").arg(key), QStringLiteral("not-found"));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(QCoreApplication::translate("SecretStore", "The keychain refused access to \"%1\"; unlock it and try again.").arg(key),
                     QStringLiteral("access-denied"));
    case QKeychain::NoBackendAvailable:
        return Error(QCoreApplication::translate("SecretStore", "No OS keychain is available. mcpay-admin keeps secrets in the Secret Service "
                        "(GNOME Keyring or KWallet) over D-Bus: start a desktop session, or run "
                        "`dbus-run-session` with gnome-keyring-daemon unlocked. (%1)")
                         .arg(job.errorString()),
                     QStringLiteral("no-keychain"));
    default:
        break;
    }
    const QString detail = job.errorString();
    // QtKeychain reports a missing session bus or Secret Service as OtherError with Qt D-Bus's
    // text: "Cannot autolaunch D-Bus without X11 $DISPLAY", "Could not connect: …", "The name
    // org.freedesktop.secrets was not provided by any .service files".
    static const QStringList busTrouble{QStringLiteral("D-Bus"), QStringLiteral("DBus"), QStringLiteral("autolaunch"),
                                        QStringLiteral("Could not connect"), QStringLiteral("org.freedesktop.secrets")};
    const bool noBus = std::any_of(busTrouble.begin(), busTrouble.end(),
                                   [&](const QString &s) { return detail.contains(s, Qt::CaseInsensitive); });
    if (noBus)
        return Error(QCoreApplication::translate("SecretStore", "The OS keychain cannot be reached because no D-Bus session is running. Start mcpay-admin "
                        "inside a desktop session, or wrap it in `dbus-run-session` with gnome-keyring-daemon "
                        "unlocked. (%1)")
                         .arg(detail),
                     QStringLiteral("no-keychain"));
    return Error(QCoreApplication::translate("SecretStore", "The keychain failed on \"%1\": %2").arg(key, detail), QStringLiteral("keychain-error"));
}

template <typename Job>
Job *makeJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}
} // namespace

SecretStore::SecretStore(QString service, QObject *parent) : QObject(parent), m_service(std::move(service)) {}

QString SecretStore::databasePasswordKey(const QString &databaseUrl)
{
    return QStringLiteral("db-password:") + databaseUrl;
}

void SecretStore::read(const QString &key, QObject *context, std::function<void(Result<QByteArray>)> done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, context, [job, key, done = std::move(done)] {
        if (job->error() != QKeychain::NoError) {
            qCInfo(lcSecrets) << "keychain read failed for" << key << job->error();
            done(keychainError(*job, key));
            return;
        }
        done(job->binaryData());
    });
    job->start();
}

void SecretStore::readSeveral(const QStringList &keys, QObject *context,
                              std::function<void(Result<QHash<QString, QByteArray>>)> done)
{
    struct Reading
    {
        QStringList remaining;
        QHash<QString, QByteArray> values;
        std::function<void(Result<QHash<QString, QByteArray>>)> done;
    };
    auto reading = std::make_shared<Reading>(Reading{keys, {}, std::move(done)});
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, context, reading, next] {
        if (reading->remaining.isEmpty()) {
            const auto done = std::move(reading->done);
            *next = nullptr; // breaks the cycle
            done(std::move(reading->values));
            return;
        }
        const QString key = reading->remaining.takeFirst();
        read(key, context, [reading, next, key](Result<QByteArray> value) {
            if (!value && value.error().code != u"not-found") {
                const auto done = std::move(reading->done);
                *next = nullptr;
                done(value.error());
                return;
            }
            if (value)
                reading->values.insert(key, *value);
            (*next)();
        });
    };
    (*next)();
}

void SecretStore::write(const QString &key, const QByteArray &secret, QObject *context, std::function<void(Status)> done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, context, [job, key, done = std::move(done)] {
        if (job->error() != QKeychain::NoError) {
            qCInfo(lcSecrets) << "keychain write failed for" << key << job->error();
            done(keychainError(*job, key));
            return;
        }
        qCInfo(lcSecrets) << "stored secret" << key;
        done({});
    });
    job->start();
}

void SecretStore::remove(const QString &key, QObject *context, std::function<void(Status)> done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, context, [job, key, done = std::move(done)] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            done(keychainError(*job, key));
            return;
        }
        done({});
    });
    job->start();
}

Result<QByteArray> SecretStore::readNow(const QString &key)
{
    QEventLoop loop;
    std::optional<Result<QByteArray>> result;
    read(key, &loop, [&](Result<QByteArray> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

Status SecretStore::writeNow(const QString &key, const QByteArray &secret)
{
    QEventLoop loop;
    std::optional<Status> result;
    write(key, secret, &loop, [&](Status s) {
        result.emplace(std::move(s));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

Status SecretStore::removeNow(const QString &key)
{
    QEventLoop loop;
    std::optional<Status> result;
    remove(key, &loop, [&](Status s) {
        result.emplace(std::move(s));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}
