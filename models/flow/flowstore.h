#pragma once

#include "db/database.h"
#include "finance/profile.h"
#include "flow/flowvalidator.h"
#include "result.h"

#include <QList>
#include <QString>

#include <optional>

// The flow as likeadmin serves it: la_config, type 'marketing_chat', name 'chat_flow'.
struct PublishedFlow
{
    qint64 configId = 0;
    QString text;
    qint64 updateTime = 0; // Unix seconds; 0 when the row has none
};

// One published version, kept in <prefix>mcpay_flow_version.
struct FlowVersion
{
    qint64 id = 0;
    QString text; // empty in history() listings; version() fills it
    QString author;
    QString comment;
    int messageCount = 0;
    std::optional<qint64> rollbackOf;
    qint64 createTime = 0; // Unix seconds
};

// Reads and writes flows: files (UTF-8, written atomically through QSaveFile) and the
// database (publish to la_config with a version history; rollback publishes an old version
// again). Every database call runs on the calling thread's connection and may block; the
// editor calls it from a worker.
class FlowStore
{
public:
    explicit FlowStore(Database database, QString configType = QStringLiteral("marketing_chat"),
                       QString configName = QStringLiteral("chat_flow"));

    // Who publishes and rolls back, for the audit log (an Admin person by default).
    void setActor(const AuditActor &actor) { m_actor = actor; }
    const AuditActor &actor() const { return m_actor; }

    static Result<QString> readFile(const QString &path);
    static Status writeFile(const QString &path, const QString &text);

    // The flow likeadmin serves now (the newest la_config row), if any.
    Result<std::optional<PublishedFlow>> loadPublished() const;

    struct PublishRequest
    {
        QString text;
        QString author;
        QString comment;
        std::optional<qint64> rollbackOf;
        FlowValidator::Options validation;
    };
    // Validates the text and refuses it when it has errors (the Error's code is
    // "flow-has-errors"); warnings are the caller's to confirm. Otherwise writes la_config
    // (updates the newest row, inserts one when absent) and records a version, in one
    // transaction. Returns the new version.
    Result<FlowVersion> publish(const PublishRequest &request);

    // Published versions, newest first, without their text.
    Result<QList<FlowVersion>> history(int limit = 500) const;
    // One version with its text.
    Result<FlowVersion> version(qint64 id) const;
    // Publishes version `id` again, recording that it is a rollback.
    Result<FlowVersion> rollback(qint64 id, const QString &author, const QString &comment = {});

    // The user name to record as the author when none is configured.
    static QString defaultAuthor();

private:
    AuditActor m_actor = AuditActor::person(Profile::Admin);
    Database m_db;
    QString m_type;
    QString m_name;
};
