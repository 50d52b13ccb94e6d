#include "flow/flowstore.h"

#include "db/schemamigrator.h"
#include "finance/auditlog.h"
#include "testdatabases.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString flowV1 = u"[\n    {\n        \"type\": \"service\",\n        \"content\": \"v1\",\n        \"delay\": 0.4\n    }\n]\n"_s;
const QString flowV2 = u"[{\"type\":\"service\",\"content\":\"v2 \\u4f60\\u597d\",\"delay\":800}]"_s;
const QString flowWithError = u"[{\"content\":\"x\",\"delay\":-1}]"_s;

int configRows(const Database &db)
{
    QSqlQuery q(*db.connection());
    q.exec(u"SELECT COUNT(*) FROM `%1` WHERE type = 'marketing_chat' AND name = 'chat_flow'"_s.arg(db.table(u"config")));
    return q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class tst_FlowStore : public QObject
{
    Q_OBJECT

private slots:
    void files();
    void fileErrors();
    void publishLoadHistoryRollback_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void publishLoadHistoryRollback();
    void updatesNewestExistingRow_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void updatesNewestExistingRow();
    void refusesErrors_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void refusesErrors();
    void longFlowsAreNeverCutOff_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void longFlowsAreNeverCutOff();
};

void tst_FlowStore::files()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"flow.json"_s);
    QVERIFY(FlowStore::writeFile(path, flowV2).ok());
    auto read = FlowStore::readFile(path);
    QVERIFY(read.ok());
    QCOMPARE(*read, flowV2);
    QVERIFY(FlowStore::writeFile(path, flowV1).ok()); // replaces atomically
    QCOMPARE(*FlowStore::readFile(path), flowV1);
}

void tst_FlowStore::fileErrors()
{
    QTemporaryDir dir;
    auto missing = FlowStore::readFile(dir.filePath(u"missing.json"_s));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, u"flow-file-open"_s);

    QFile latin1(dir.filePath(u"latin1.json"_s));
    QVERIFY(latin1.open(QIODevice::WriteOnly));
    latin1.write("[\"caf\xe9\"]");
    latin1.close();
    auto bad = FlowStore::readFile(latin1.fileName());
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, u"flow-file-encoding"_s);

    QVERIFY(!FlowStore::writeFile(dir.filePath(u"no/such/dir/f.json"_s), flowV1).ok());
}

void tst_FlowStore::publishLoadHistoryRollback()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    TestDatabases dbs;
    const Database db = dbs.createMigrated(backend);
    FlowStore store(db);

    auto nothing = store.loadPublished();
    QVERIFY2(nothing.ok(), qPrintable(nothing.errorMessage()));
    QVERIFY(!nothing->has_value());

    auto v1 = store.publish({flowV1, u"alice"_s, u"first"_s, std::nullopt, {}});
    QVERIFY2(v1.ok(), qPrintable(v1.errorMessage()));
    QCOMPARE(v1->messageCount, 1);
    auto loaded = store.loadPublished();
    QVERIFY(loaded.ok() && loaded->has_value());
    QCOMPARE((*loaded)->text, flowV1); // byte for byte, 0.4 included

    auto v2 = store.publish({flowV2, u"bob"_s, u"second"_s, std::nullopt, {}});
    QVERIFY2(v2.ok(), qPrintable(v2.errorMessage()));
    QCOMPARE((*store.loadPublished())->text, flowV2);
    QCOMPARE(configRows(db), 1); // updated in place

    auto history = store.history();
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).id, v2->id);
    QCOMPARE(history->at(0).author, u"bob"_s);
    QCOMPARE(history->at(1).comment, u"first"_s);
    QVERIFY(history->at(0).text.isEmpty());

    auto full = store.version(v1->id);
    QVERIFY(full.ok());
    QCOMPARE(full->text, flowV1);

    // The rollback is recorded under the actor set on the store.
    store.setActor(AuditActor{u"carol-os"_s, Profiles::key(Profile::Finance)});
    auto rolled = store.rollback(v1->id, u"carol"_s);
    QVERIFY2(rolled.ok(), qPrintable(rolled.errorMessage()));
    QCOMPARE(rolled->rollbackOf, std::optional<qint64>(v1->id));
    QCOMPARE((*store.loadPublished())->text, flowV1);
    history = store.history();
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->at(0).rollbackOf, std::optional<qint64>(v1->id));
    QVERIFY(history->at(0).comment.contains(QString::number(v1->id)));

    QVERIFY(!store.version(9999).ok());
    QVERIFY(!store.rollback(9999, u"x"_s).ok());

    // Every publish left an audit entry, the rollback naming the version it restored.
    auto audit = AuditLog(db).forObject(u"marketing_chat/chat_flow"_s);
    QVERIFY2(audit.ok(), qPrintable(audit.errorMessage()));
    QCOMPARE(audit->size(), 3);
    QCOMPARE(audit->at(0).action, QString(AuditAction::FlowPublished));
    QCOMPARE(audit->at(0).details.value(u"rollback_of"_s).toInteger(), v1->id);
    QCOMPARE(audit->at(2).details.value(u"version"_s).toInteger(), v1->id);
    QCOMPARE(audit->at(2).reason, u"first"_s);
    QCOMPARE(audit->at(0).actor.osUser, u"carol-os"_s);
    QCOMPARE(audit->at(0).actor.profile, Profiles::key(Profile::Finance));
    QCOMPARE(audit->at(2).actor.profile, Profiles::key(Profile::Admin)); // the default
}

void tst_FlowStore::updatesNewestExistingRow()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    TestDatabases dbs;
    const Database db = dbs.createMigrated(backend);
    // A likeadmin database that already holds the flow twice (no unique key there).
    QSqlQuery q(*db.connection());
    for (const char *value : {"[\"old\"]", "[\"newest\"]"}) {
        q.prepare(u"INSERT INTO `%1` (type, name, value, create_time, update_time) VALUES ('marketing_chat', "
                  "'chat_flow', ?, 1, 1)"_s.arg(db.table(u"config")));
        q.addBindValue(QString::fromUtf8(value));
        QVERIFY(q.exec());
    }
    FlowStore store(db);
    QCOMPARE((*store.loadPublished())->text, u"[\"newest\"]"_s);
    auto published = store.publish({flowV1, u"a"_s, {}, std::nullopt, {}});
    QVERIFY2(published.ok(), qPrintable(published.errorMessage()));
    QCOMPARE(configRows(db), 2);
    QVERIFY(q.exec(u"SELECT value FROM `%1` ORDER BY id"_s.arg(db.table(u"config"))));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"[\"old\"]"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), flowV1);
}

void tst_FlowStore::refusesErrors()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    TestDatabases dbs;
    const Database db = dbs.createMigrated(backend);
    FlowStore store(db);
    auto refused = store.publish({flowWithError, u"a"_s, {}, std::nullopt, {}});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, u"flow-has-errors"_s);
    QVERIFY(refused.errorMessage().contains(u"delay-negative"_s));
    QVERIFY(!store.loadPublished()->has_value());
    QVERIFY(store.history()->isEmpty());
}

void tst_FlowStore::longFlowsAreNeverCutOff()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    TestDatabases dbs;
    const Database db = dbs.createMigrated(backend);
    // About 100 KB: more than likeadmin's TEXT value column holds on MySQL (65,535 bytes).
    QStringList messages;
    for (int i = 0; i < 1000; ++i)
        messages << u"{\"type\":\"service\",\"content\":\"message %1 with some words to make it longer\"}"_s.arg(i);
    const QString text = u'[' + messages.join(u',') + u']';
    QVERIFY(text.toUtf8().size() > 65535);
    FlowStore store(db);
    auto published = store.publish({text, u"a"_s, {}, std::nullopt, {}});
    if (backend == u"sqlite") {
        QVERIFY2(published.ok(), qPrintable(published.errorMessage()));
        QCOMPARE((*store.loadPublished())->text, text);
    } else {
        QVERIFY(!published.ok());
        QCOMPARE(published.error().code, u"flow-too-large"_s);
        QVERIFY(!store.loadPublished()->has_value());
    }
}

QTEST_GUILESS_MAIN(tst_FlowStore)
#include "tst_flowstore.moc"
