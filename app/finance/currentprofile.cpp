#include "finance/currentprofile.h"

#include "core/settings.h"

using namespace Qt::StringLiterals;

namespace {
const QString settingsKey = u"finance/profile"_s;
}

CurrentProfile::CurrentProfile(Settings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_profile(load(settings))
{
}

void CurrentProfile::setProfile(Profile profile)
{
    if (profile == m_profile)
        return;
    m_profile = profile;
    save(m_settings, profile);
    Q_EMIT profileChanged(profile);
}

Profile CurrentProfile::load(const Settings &settings)
{
    return Profiles::fromKey(settings.value(settingsKey).toString()).value_or(Profile::Admin);
}

void CurrentProfile::save(Settings &settings, Profile profile)
{
    settings.setValue(settingsKey, Profiles::key(profile));
}
