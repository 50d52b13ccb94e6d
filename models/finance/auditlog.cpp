#include "finance/auditlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {
QString text(const QString &value)
{
    return value.isNull() ? QString(u""_s) : value;
}

const QString columns = u"id, at_ms, os_user, profile, action, object, details, reason"_s;

AuditEntry readEntry(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.atMs = q.value(1).toLongLong();
    e.actor.osUser = q.value(2).toString();
    e.actor.profile = q.value(3).toString();
    e.action = q.value(4).toString();
    e.object = q.value(5).toString();
    e.details = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    e.reason = q.value(7).toString();
    return e;
}
} // namespace

QString auditActionDisplayName(const QString &action)
{
    static const struct
    {
        QLatin1StringView key;
        const char *name;
    } names[] = {
        {AuditAction::MarkPaid, QT_TRANSLATE_NOOP("AuditLog", "Marked paid by hand")},
        {AuditAction::RefundRequested, QT_TRANSLATE_NOOP("AuditLog", "Refund requested")},
        {AuditAction::RefundResult, QT_TRANSLATE_NOOP("AuditLog", "Refund answered")},
        {AuditAction::FlowPublished, QT_TRANSLATE_NOOP("AuditLog", "Flow published")},
        {AuditAction::ChannelConfigChanged, QT_TRANSLATE_NOOP("AuditLog", "Channel configuration changed")},
        {AuditAction::ReconciliationApplied, QT_TRANSLATE_NOOP("AuditLog", "Reconciliation applied")},
        {AuditAction::ProfileChanged, QT_TRANSLATE_NOOP("AuditLog", "Profile changed")},
    };
    for (const auto &n : names)
        if (action == n.key)
            return QCoreApplication::translate("AuditLog", n.name);
    return action;
}

AuditLog::AuditLog(Database database)
    : m_db(std::move(database)), m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

Result<qint64> AuditLog::append(const AuditEntry &e)
{
    if (e.action.isEmpty())
        return Error(QCoreApplication::translate("AuditLog", "An audit entry needs an action."));
    auto db = m_db.connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.prepare(u"INSERT INTO "_s + m_db.table(u"mcpay_audit_log")
              + u" (at_ms, os_user, profile, action, object, details, reason) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(e.atMs > 0 ? e.atMs : m_nowMs());
    q.addBindValue(text(e.actor.osUser.left(64)));
    q.addBindValue(text(e.actor.profile.left(16)));
    q.addBindValue(e.action.left(64));
    q.addBindValue(text(e.object.left(128)));
    q.addBindValue(QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)));
    q.addBindValue(text(e.reason.left(1024)));
    if (!q.exec())
        return Database::queryError(q, QCoreApplication::translate("AuditLog", "Writing the audit log"));
    return q.lastInsertId().toLongLong();
}

Result<qint64> AuditLog::append(const AuditActor &actor, const QString &action, const QString &object,
                                const QJsonObject &details, const QString &reason)
{
    AuditEntry e;
    e.actor = actor;
    e.action = action;
    e.object = object;
    e.details = details;
    e.reason = reason;
    return append(e);
}

Result<QList<AuditEntry>> AuditLog::query(const AuditFilter &f) const
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    QStringList where;
    QVariantList binds;
    if (f.fromMs > 0) {
        where << u"at_ms >= ?"_s;
        binds << f.fromMs;
    }
    if (f.toMs > 0) {
        where << u"at_ms < ?"_s;
        binds << f.toMs;
    }
    if (!f.action.isEmpty()) {
        where << u"action = ?"_s;
        binds << f.action;
    }
    if (!f.object.isEmpty()) {
        where << u"object = ?"_s;
        binds << f.object;
    }
    if (!f.osUser.isEmpty()) {
        where << u"os_user = ?"_s;
        binds << f.osUser;
    }
    if (!f.text.isEmpty()) {
        const QString contains = m_db.dialect() == SqlDialect::Sqlite ? u"instr(%1, ?) > 0"_s : u"LOCATE(?, %1) > 0"_s;
        where << u"("_s + contains.arg(u"object"_s) + u" OR "_s + contains.arg(u"reason"_s) + u" OR "_s
                + contains.arg(u"details"_s) + u")"_s;
        binds << f.text << f.text << f.text;
    }
    if (f.beforeId > 0) {
        where << u"id < ?"_s;
        binds << f.beforeId;
    }
    QString sql = u"SELECT "_s + columns + u" FROM "_s + m_db.table(u"mcpay_audit_log");
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY id DESC LIMIT %1"_s.arg(qBound(1, f.limit, 100000));
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return Database::queryError(q, QCoreApplication::translate("AuditLog", "Reading the audit log"));
    QList<AuditEntry> entries;
    while (q.next())
        entries << readEntry(q);
    return entries;
}

Result<QList<AuditEntry>> AuditLog::forObject(const QString &object) const
{
    AuditFilter f;
    f.object = object;
    f.limit = 10000;
    return query(f);
}
