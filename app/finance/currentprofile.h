#pragma once

#include "finance/profile.h"

#include <QObject>

class Settings;

// The profile chosen on this computer, kept in Settings ("finance/profile"; Admin when unset).
class CurrentProfile final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurrentProfile)

public:
    explicit CurrentProfile(Settings &settings, QObject *parent = nullptr);

    Profile profile() const { return m_profile; }
    void setProfile(Profile profile);
    AuditActor actor() const { return AuditActor::person(m_profile); }

    bool canRefund() const { return Profiles::canRefund(m_profile); }
    bool canMarkPaid() const { return Profiles::canMarkPaid(m_profile); }
    bool canApplyReconciliation() const { return Profiles::canApplyReconciliation(m_profile); }
    bool canPublish() const { return Profiles::canPublish(m_profile); }
    bool canConfigureChannels() const { return Profiles::canConfigureChannels(m_profile); }
    bool canViewReports() const { return Profiles::canViewReports(m_profile); }
    bool canCreateTestOrders() const { return Profiles::canCreateTestOrders(m_profile); }

    static Profile load(const Settings &settings);
    static void save(Settings &settings, Profile profile);

Q_SIGNALS:
    void profileChanged(Profile profile);

private:
    Settings &m_settings;
    Profile m_profile;
};
