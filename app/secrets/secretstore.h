#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

// Secrets (merchant private keys, the APIv3 key, Alipay keys, database passwords) in the
// OS keychain through QtKeychain — the Secret Service over D-Bus on Linux. Never in
// QSettings, never in logs: only the key names are logged. The insecure plaintext fallback
// of QtKeychain is switched off; without a keychain the calls fail with a message that
// says what to start.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    explicit SecretStore(QString service = QStringLiteral("mcpay-admin"), QObject *parent = nullptr);

    const QString &service() const { return m_service; }

    // Asynchronous; the callback runs on the thread of `context` once the keychain answers.
    // A missing entry reads as an Error with code "not-found".
    void read(const QString &key, QObject *context, std::function<void(Result<QByteArray>)> done);
    void write(const QString &key, const QByteArray &secret, QObject *context, std::function<void(Status)> done);
    void remove(const QString &key, QObject *context, std::function<void(Status)> done);
    // Several entries, one after another; absent ones are left out of the result. Any
    // other failure (no keychain, access denied) ends the reading with that error.
    void readSeveral(const QStringList &keys, QObject *context,
                     std::function<void(Result<QHash<QString, QByteArray>>)> done);

    // Blocking forms for the command line and tests: they run a local event loop until the
    // keychain answers.
    Result<QByteArray> readNow(const QString &key);
    Status writeNow(const QString &key, const QByteArray &secret);
    Status removeNow(const QString &key);

    // Key names used across the application.
    static QString databasePasswordKey(const QString &databaseUrl);

private:
    QString m_service;
};
