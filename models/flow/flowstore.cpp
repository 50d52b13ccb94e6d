#include "flowstore.h"

#include "finance/auditlog.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {

// A null QString binds as SQL NULL; the NOT NULL text columns want ''.
QString notNull(const QString &s)
{
    return s.isNull() ? u""_s : s;
}
} // namespace

FlowStore::FlowStore(Database database, QString configType, QString configName)
    : m_db(std::move(database)), m_type(std::move(configType)), m_name(std::move(configName))
{
}

QString FlowStore::defaultAuthor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

Result<QString> FlowStore::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate("FlowStore", "Cannot open %1: %2").arg(QFileInfo(path).fileName(), file.errorString()),
                     u"flow-file-open"_s);
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error(QCoreApplication::translate("FlowStore", "%1 is not UTF-8 text; save it as UTF-8 and open it again.").arg(QFileInfo(path).fileName()),
                     u"flow-file-encoding"_s);
    return text;
}

Status FlowStore::writeFile(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(QCoreApplication::translate("FlowStore", "Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()),
                     u"flow-file-write"_s);
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error(QCoreApplication::translate("FlowStore", "Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()),
                     u"flow-file-write"_s);
    return {};
}

Result<std::optional<PublishedFlow>> FlowStore::loadPublished() const
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.prepare(u"SELECT id, value, update_time FROM `%1` WHERE type = ? AND name = ? ORDER BY id DESC LIMIT 1"_s.arg(
        m_db.table(u"config")));
    q.addBindValue(m_type);
    q.addBindValue(m_name);
    if (!q.exec())
        return Database::queryError(q, QCoreApplication::translate("FlowStore", "Reading the published chat flow"));
    if (!q.next())
        return std::optional<PublishedFlow>();
    return std::optional<PublishedFlow>(
        PublishedFlow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
}

Result<FlowVersion> FlowStore::publish(const PublishRequest &request)
{
    const FlowDocument doc = FlowDocument::fromText(request.text);
    const QList<FlowDiagnostic> diagnostics = FlowValidator(request.validation).validate(doc);
    const FlowDiagnosticCounts counts = FlowDiagnosticCounts::of(diagnostics);
    if (counts.errors > 0) {
        QString first;
        for (const FlowDiagnostic &d : diagnostics) {
            if (d.isError()) {
                first = d.toLine();
                break;
            }
        }
        return Error(QCoreApplication::translate("FlowStore", "The flow has %n error(s) and was not published. First: %1", nullptr, counts.errors).arg(first),
                     u"flow-has-errors"_s);
    }

    auto dbResult = m_db.connection();
    if (!dbResult)
        return dbResult.error();
    QSqlDatabase db = *dbResult;
    const QString config = m_db.table(u"config");
    const QString versions = m_db.table(u"mcpay_flow_version");

    // likeadmin's value column is TEXT (64 KiB) on MySQL; a longer flow would be cut off
    // silently in non-strict mode, so refuse it up front.
    if (m_db.dialect() == SqlDialect::MySql) {
        QSqlQuery size(db);
        size.prepare(u"SELECT CHARACTER_OCTET_LENGTH FROM information_schema.columns WHERE table_schema = DATABASE() "
                     "AND table_name = ? AND column_name = 'value'"_s);
        size.addBindValue(config);
        if (size.exec() && size.next()) {
            const qint64 limit = size.value(0).toLongLong();
            const qint64 bytes = request.text.toUtf8().size();
            if (limit > 0 && bytes > limit)
                return Error(QCoreApplication::translate("FlowStore", "The flow is %1 bytes long, but the value column of %2 holds at most %3 bytes. "
                                "Shorten the flow or widen the column.")
                                 .arg(bytes)
                                 .arg(config)
                                 .arg(limit),
                             u"flow-too-large"_s);
        }
    }

    Transaction tx(db);
    if (!tx.begun())
        return Error(QCoreApplication::translate("FlowStore", "Cannot start a transaction: %1").arg(db.lastError().text()));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(db);
    q.prepare(u"SELECT id FROM `%1` WHERE type = ? AND name = ? ORDER BY id DESC LIMIT 1"_s.arg(config));
    q.addBindValue(m_type);
    q.addBindValue(m_name);
    if (!q.exec())
        return Database::queryError(q, QCoreApplication::translate("FlowStore", "Reading the published chat flow"));
    if (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        QSqlQuery u(db);
        u.prepare(u"UPDATE `%1` SET value = ?, update_time = ? WHERE id = ?"_s.arg(config));
        u.addBindValue(request.text);
        u.addBindValue(now);
        u.addBindValue(id);
        if (!u.exec())
            return Database::queryError(u, QCoreApplication::translate("FlowStore", "Publishing the chat flow"));
    } else {
        QSqlQuery i(db);
        i.prepare(u"INSERT INTO `%1` (type, name, value, create_time, update_time) VALUES (?, ?, ?, ?, ?)"_s.arg(config));
        i.addBindValue(m_type);
        i.addBindValue(m_name);
        i.addBindValue(request.text);
        i.addBindValue(now);
        i.addBindValue(now);
        if (!i.exec())
            return Database::queryError(i, QCoreApplication::translate("FlowStore", "Publishing the chat flow"));
    }

    FlowVersion version;
    version.text = request.text;
    version.author = notNull(request.author.left(64));
    version.comment = notNull(request.comment.left(255));
    version.messageCount = int(doc.messageCount());
    version.rollbackOf = request.rollbackOf;
    version.createTime = now;
    QSqlQuery v(db);
    v.prepare(u"INSERT INTO `%1` (config_type, config_name, flow, author, comment, message_count, rollback_of, "
              "create_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(versions));
    v.addBindValue(m_type);
    v.addBindValue(m_name);
    v.addBindValue(version.text);
    v.addBindValue(version.author);
    v.addBindValue(version.comment);
    v.addBindValue(version.messageCount);
    v.addBindValue(request.rollbackOf ? QVariant(*request.rollbackOf) : QVariant(QMetaType::fromType<qint64>()));
    v.addBindValue(now);
    if (!v.exec())
        return Database::queryError(v, QCoreApplication::translate("FlowStore", "Recording the published version"));
    version.id = v.lastInsertId().toLongLong();

    // Who published what, in the same transaction: no publish without its audit entry.
    QJsonObject details{{u"version"_s, version.id}, {u"messages"_s, version.messageCount}, {u"author"_s, version.author}};
    if (request.rollbackOf)
        details.insert(u"rollback_of"_s, *request.rollbackOf);
    auto audited = AuditLog(m_db).append(m_actor, AuditAction::FlowPublished,
                                         m_type + u'/' + m_name, details, version.comment);
    if (!audited)
        return audited.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcFlow) << "published chat flow version" << version.id << "with" << version.messageCount << "messages";
    return version;
}

Result<QList<FlowVersion>> FlowStore::history(int limit) const
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.prepare(u"SELECT id, author, comment, message_count, rollback_of, create_time FROM `%1` "
              "WHERE config_type = ? AND config_name = ? ORDER BY id DESC LIMIT %2"_s.arg(m_db.table(u"mcpay_flow_version"))
                  .arg(limit));
    q.addBindValue(m_type);
    q.addBindValue(m_name);
    if (!q.exec())
        return Database::queryError(q, QCoreApplication::translate("FlowStore", "Reading the flow history"));
    QList<FlowVersion> result;
    while (q.next()) {
        FlowVersion v;
        v.id = q.value(0).toLongLong();
        v.author = q.value(1).toString();
        v.comment = q.value(2).toString();
        v.messageCount = q.value(3).toInt();
        if (!q.value(4).isNull())
            v.rollbackOf = q.value(4).toLongLong();
        v.createTime = q.value(5).toLongLong();
        result << v;
    }
    return result;
}

Result<FlowVersion> FlowStore::version(qint64 id) const
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    q.prepare(u"SELECT id, author, comment, message_count, rollback_of, create_time, flow FROM `%1` "
              "WHERE id = ? AND config_type = ? AND config_name = ?"_s.arg(m_db.table(u"mcpay_flow_version")));
    q.addBindValue(id);
    q.addBindValue(m_type);
    q.addBindValue(m_name);
    if (!q.exec())
        return Database::queryError(q, QCoreApplication::translate("FlowStore", "Reading a flow version"));
    if (!q.next())
        return Error(QCoreApplication::translate("FlowStore", "There is no published version %1.").arg(id), u"flow-version-missing"_s);
    FlowVersion v;
    v.id = q.value(0).toLongLong();
    v.author = q.value(1).toString();
    v.comment = q.value(2).toString();
    v.messageCount = q.value(3).toInt();
    if (!q.value(4).isNull())
        v.rollbackOf = q.value(4).toLongLong();
    v.createTime = q.value(5).toLongLong();
    v.text = q.value(6).toString();
    return v;
}

Result<FlowVersion> FlowStore::rollback(qint64 id, const QString &author, const QString &comment)
{
    auto old = version(id);
    if (!old)
        return old.error();
    PublishRequest request;
    request.text = old->text;
    request.author = author;
    request.comment = comment.isEmpty() ? QCoreApplication::translate("FlowStore", "Rollback to version %1").arg(id) : comment;
    request.rollbackOf = id;
    return publish(request);
}
