#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// Who is at the keyboard, as far as the application is concerned. Profiles hide the actions
// a role should not take; they are a convenience, not a security boundary: everyone who
// shares one database account can do everything that account may do (docs/finance.md).
enum class Profile : int {
    Admin,   // configures channels, publishes flows
    Finance, // refunds, marks paid by hand, applies reconciliation findings
    Tester,  // test orders and sandbox payments only
};

namespace Profiles {
// Stable ASCII names stored in settings and in the audit log: admin, finance, tester.
QString key(Profile profile);
std::optional<Profile> fromKey(QStringView key);
QString displayName(Profile profile);

bool canRefund(Profile profile);
bool canMarkPaid(Profile profile);
bool canApplyReconciliation(Profile profile);
bool canPublish(Profile profile);
bool canConfigureChannels(Profile profile);
bool canViewReports(Profile profile);
bool canCreateTestOrders(Profile profile);
} // namespace Profiles

// The person behind an action: the operating-system account and the chosen profile.
struct AuditActor
{
    QString osUser;
    QString profile; // Profiles::key(), or "system" for the listener and other automatic actions

    // The account running this process ($USER / $USERNAME), "unknown" when unset.
    static QString currentOsUser();
    static AuditActor person(Profile profile);
    static AuditActor system(); // automatic actions: the listener applying a notification
};
