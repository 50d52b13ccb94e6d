#include "connectionprofiles.h"

#include "settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QList<ConnectionProfile> ConnectionProfiles::load(const Settings &settings)
{
    QList<ConnectionProfile> profiles;
    const QJsonArray array = QJsonDocument::fromJson(settings.value(QStringLiteral("database/profiles")).toByteArray()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const ConnectionProfile p{o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("url")).toString()};
        if (!p.url.isEmpty())
            profiles << p;
    }
    return profiles;
}

void ConnectionProfiles::save(Settings &settings, const QList<ConnectionProfile> &profiles)
{
    QJsonArray array;
    for (const ConnectionProfile &p : profiles)
        array.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("url"), p.url}});
    settings.setValue(QStringLiteral("database/profiles"), QJsonDocument(array).toJson(QJsonDocument::Compact));
}

void ConnectionProfiles::remember(Settings &settings, const ConnectionProfile &profile)
{
    QList<ConnectionProfile> profiles = load(settings);
    profiles.erase(std::remove_if(profiles.begin(), profiles.end(),
                                  [&](const ConnectionProfile &p) { return p.url == profile.url; }),
                   profiles.end());
    profiles.prepend(profile);
    while (profiles.size() > 20)
        profiles.removeLast();
    save(settings, profiles);
}
