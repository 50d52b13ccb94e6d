#pragma once

#include <QList>
#include <QString>

class Settings;

// Databases the user has opened before, remembered by name and URL only; their passwords
// stay in the keychain under SecretStore::databasePasswordKey(url).
struct ConnectionProfile
{
    QString name;
    QString url;
    bool operator==(const ConnectionProfile &) const = default;
};

class ConnectionProfiles
{
public:
    static QList<ConnectionProfile> load(const Settings &settings);
    static void save(Settings &settings, const QList<ConnectionProfile> &profiles);
    // Adds or moves a profile to the front (most recent first).
    static void remember(Settings &settings, const ConnectionProfile &profile);
};
