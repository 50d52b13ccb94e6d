#pragma once

#include "db/database.h"
#include "finance/profile.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

// The actions the audit log knows; stored as these ASCII names.
namespace AuditAction {
inline constexpr QLatin1StringView MarkPaid{"order.mark_paid"};
inline constexpr QLatin1StringView RefundRequested{"refund.requested"};
inline constexpr QLatin1StringView RefundResult{"refund.result"};
inline constexpr QLatin1StringView FlowPublished{"flow.published"};
inline constexpr QLatin1StringView ChannelConfigChanged{"channel.config_changed"};
inline constexpr QLatin1StringView ReconciliationApplied{"reconciliation.applied"};
inline constexpr QLatin1StringView ProfileChanged{"profile.changed"};
} // namespace AuditAction

// Translated name of an action for people; the key itself when unknown.
QString auditActionDisplayName(const QString &action);

// One row of <prefix>mcpay_audit_log.
struct AuditEntry
{
    qint64 id = 0;
    qint64 atMs = 0;   // Unix milliseconds
    AuditActor actor;
    QString action;    // AuditAction::…
    QString object;    // what it was done to: an order sn, a flow name, "wechat"
    QJsonObject details;
    QString reason;    // why, in the person's words
};

struct AuditFilter
{
    qint64 fromMs = 0;     // inclusive; 0 = no lower bound
    qint64 toMs = 0;       // exclusive; 0 = no upper bound
    QString action;        // exact; empty = any
    QString object;        // exact; empty = any
    QString osUser;        // exact; empty = any
    QString text;          // substring of object, reason or details; empty = any
    qint64 beforeId = 0;   // paging: entries older than this id
    int limit = 500;
};

// The append-only audit log (migration 0030). There is deliberately no way to change or
// remove an entry; the database refuses UPDATE and DELETE with triggers as well. Uses the
// calling thread's connection, so an append inside a caller's Transaction commits or rolls
// back with the change it records.
class AuditLog
{
public:
    explicit AuditLog(Database database);
    void setClock(std::function<qint64()> unixNowMs) { m_nowMs = std::move(unixNowMs); }

    // Appends an entry (atMs 0 = now) and returns its id.
    Result<qint64> append(const AuditEntry &entry);
    Result<qint64> append(const AuditActor &actor, const QString &action, const QString &object,
                          const QJsonObject &details = {}, const QString &reason = {});

    // Newest first.
    Result<QList<AuditEntry>> query(const AuditFilter &filter) const;
    Result<QList<AuditEntry>> forObject(const QString &object) const;

private:
    Database m_db;
    std::function<qint64()> m_nowMs;
};
