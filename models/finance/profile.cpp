#include "finance/profile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Profiles {

QString key(Profile profile)
{
    switch (profile) {
    case Profile::Admin:
        return u"admin"_s;
    case Profile::Finance:
        return u"finance"_s;
    case Profile::Tester:
        return u"tester"_s;
    }
    return u"tester"_s;
}

std::optional<Profile> fromKey(QStringView key)
{
    for (Profile p : {Profile::Admin, Profile::Finance, Profile::Tester})
        if (key == Profiles::key(p))
            return p;
    return std::nullopt;
}

QString displayName(Profile profile)
{
    switch (profile) {
    case Profile::Admin:
        return QCoreApplication::translate("Profiles", "Admin");
    case Profile::Finance:
        return QCoreApplication::translate("Profiles", "Finance");
    case Profile::Tester:
        return QCoreApplication::translate("Profiles", "Tester");
    }
    return {};
}

bool canRefund(Profile profile) { return profile == Profile::Finance; }
bool canMarkPaid(Profile profile) { return profile == Profile::Finance; }
bool canApplyReconciliation(Profile profile) { return profile == Profile::Finance; }
bool canPublish(Profile profile) { return profile == Profile::Admin; }
bool canConfigureChannels(Profile profile) { return profile == Profile::Admin; }
bool canViewReports(Profile profile) { return profile == Profile::Admin || profile == Profile::Finance; }
bool canCreateTestOrders(Profile profile) { return profile == Profile::Admin || profile == Profile::Tester; }

} // namespace Profiles

QString AuditActor::currentOsUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? u"unknown"_s : user.left(64);
}

AuditActor AuditActor::person(Profile profile)
{
    return AuditActor{currentOsUser(), Profiles::key(profile)};
}

AuditActor AuditActor::system()
{
    return AuditActor{currentOsUser(), u"system"_s};
}
