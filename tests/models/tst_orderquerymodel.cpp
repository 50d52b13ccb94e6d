#include "orders/orderquerymodel.h"
#include "orders/orderrepository.h"
#include "testdatabases.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace {
// Seeded orders span 2026-02-01 .. 2026-04-01 UTC.
constexpr qint64 SeedStart = 1769904000;
constexpr qint64 SeedEnd = 1775001600;
constexpr qint64 SeedCount = 700; // almost three pages
constexpr quint32 ExplicitUser = 777;

// One row as the test reads it, with its own SQL, independent of the model's.
struct RawOrder
{
    qint64 id = 0;
    QString sn;
    quint32 userId = 0;
    qint64 fen = 0;
    int payWay = 0;
    int payStatus = 0;
    qint64 createTime = 0;
    bool deleted = false;
};

bool insertRow(QSqlDatabase conn, const Database &db, const QString &sn, quint32 user, const QString &amount, int way,
               int status, qint64 created, const QString &remark, std::optional<qint64> deleted = std::nullopt)
{
    QSqlQuery q(conn);
    q.prepare(u"INSERT INTO `%1` (order_sn, user_id, order_amount, pay_way, pay_status, pay_time, transaction_id, "
              "remark, create_time, update_time, delete_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
                  db.table(u"marketing_chat_order")));
    q.addBindValue(sn);
    q.addBindValue(qint64(user));
    q.addBindValue(amount);
    q.addBindValue(way);
    q.addBindValue(status);
    q.addBindValue(status ? created + 30 : 0);
    q.addBindValue(status ? u"4200000000%1"_s.arg(created) : u""_s); // NOT NULL: never a null QString
    q.addBindValue(remark);
    q.addBindValue(created);
    q.addBindValue(created);
    q.addBindValue(deleted ? QVariant(*deleted) : QVariant(QMetaType::fromType<qint64>()));
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return false;
    }
    return true;
}

// Rows whose sn, user or amount the filters single out.
bool insertExplicitRows(const Database &db)
{
    auto conn = db.connection();
    if (!conn)
        return false;
    const qint64 t = SeedStart + 86400 * 10;
    return insertRow(*conn, db, u"MC_PERCENT%0001"_s, ExplicitUser, u"0.29"_s, 1, 1, t, u"百分号"_s)
           && insertRow(*conn, db, u"MCUNDER_SCORE0002"_s, ExplicitUser, u"0.57"_s, 2, 1, t + 60, u"下划线"_s)
           && insertRow(*conn, db, u"MCBACK\\SLASH0003"_s, ExplicitUser, u"19.99"_s, 0, 0, t + 120, u"反斜杠"_s)
           && insertRow(*conn, db, u"MCDELETED0004"_s, ExplicitUser, u"1.00"_s, 3, 1, t + 180, u"已删除"_s, t + 3600)
           && insertRow(*conn, db, u"MCBIG0005"_s, 9, u"99999999.99"_s, 1, 1, t + 240, u"大额"_s);
}

QList<RawOrder> readAll(const Database &db)
{
    QList<RawOrder> rows;
    auto conn = db.connection();
    if (!conn)
        return rows;
    QSqlQuery q(*conn);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, order_sn, user_id, order_amount, pay_way, pay_status, create_time, delete_time FROM `%1`"_s.arg(
            db.table(u"marketing_chat_order")))) {
        qWarning() << q.lastError().text();
        return rows;
    }
    while (q.next()) {
        RawOrder r;
        r.id = q.value(0).toLongLong();
        r.sn = q.value(1).toString();
        r.userId = q.value(2).toUInt();
        // SQLite hands back the NUMERIC column as 0.4 or 199; MySQL as "0.40". Either way
        // its shortest text parses exactly.
        QString amount = q.value(3).toString();
        if (amount.contains(u'.')) {
            while (amount.endsWith(u'0'))
                amount.chop(1);
            if (amount.endsWith(u'.'))
                amount.chop(1);
        }
        const auto money = Money::parse(amount);
        if (!money)
            qFatal("unexpected amount text %s", qPrintable(amount));
        r.fen = money->fen();
        r.payWay = q.value(4).toInt();
        r.payStatus = q.value(5).toInt();
        r.createTime = q.value(6).toLongLong();
        r.deleted = !q.value(7).isNull();
        rows << r;
    }
    return rows;
}

bool matches(const RawOrder &r, const OrderFilter &f)
{
    if (r.deleted && !f.includeDeleted)
        return false;
    if (!f.snContains.isEmpty() && !r.sn.contains(f.snContains, Qt::CaseInsensitive))
        return false;
    if (f.userId && r.userId != *f.userId)
        return false;
    if (f.payStatus && r.payStatus != int(*f.payStatus))
        return false;
    if (f.payWay && r.payWay != int(*f.payWay))
        return false;
    if (f.createdFrom && r.createTime < *f.createdFrom)
        return false;
    if (f.createdTo && r.createTime >= *f.createdTo)
        return false;
    if (f.amountMin && r.fen < f.amountMin->fen())
        return false;
    if (f.amountMax && r.fen > f.amountMax->fen())
        return false;
    return true;
}

QList<qint64> modelIds(const OrderQueryModel &model)
{
    QList<qint64> ids;
    ids.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(OrderQueryModel::OrderIdRole).toLongLong();
    return ids;
}

} // namespace

class TestOrderQueryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester_data() { backends(); }
    void passesModelTester();
    void filtersMatchIndependentSelection_data();
    void filtersMatchIndependentSelection();
    void sortingMatchesOrderBy_data() { backends(); }
    void sortingMatchesOrderBy();
    void refreshSeesNewAndPaidOrders_data() { backends(); }
    void refreshSeesNewAndPaidOrders();
    void rolesAndFormatting_data() { backends(); }
    void rolesAndFormatting();
    void pagingByKeysetOffsetAndFromTheEndAgree_data() { backends(); }
    void pagingByKeysetOffsetAndFromTheEndAgree();
    void backgroundCountInsertsTheRest_data() { backends(); }
    void backgroundCountInsertsTheRest();
    void missingTableReportsError();
    void pageReadErrorIsReported();
    void readsEveryRowForwardsAndBackwards();

private:
    static void backends()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    // A seeded database per back end, made once and shared by the read-only tests.
    Database seeded(const QString &backend);

    TestDatabases m_dbs;
    std::map<QString, Database> m_seeded;
};

Database TestOrderQueryModel::seeded(const QString &backend)
{
    if (auto it = m_seeded.find(backend); it != m_seeded.end())
        return it->second;
    Database db = m_dbs.createMigrated(backend);
    OrderRepository::SeedOptions options;
    options.count = SeedCount;
    options.startTime = SeedStart;
    options.endTime = SeedEnd;
    options.seed = 4242;
    auto seededCount = OrderRepository(db).seedDemoOrders(options);
    if (!seededCount || *seededCount != SeedCount || !insertExplicitRows(db))
        qFatal("seeding the test database failed: %s", qPrintable(seededCount.errorMessage()));
    m_seeded.emplace(backend, db);
    return db;
}

void TestOrderQueryModel::passesModelTester()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    const Database db = seeded(backend);

    OrderQueryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(db);
    QVERIFY(model.rowCount() > OrderQueryModel::PageSize);

    OrderFilter paid;
    paid.payStatus = PayStatus::Paid;
    model.setFilter(paid);
    model.sort(int(OrderColumn::Amount), Qt::AscendingOrder);
    model.sort(int(OrderColumn::CreateTime), Qt::DescendingOrder);
    model.refresh();
    OrderFilter nothing;
    nothing.snContains = u"no order has this"_s;
    model.setFilter(nothing);
    QCOMPARE(model.rowCount(), 0);
    model.setFilter({});
    model.sort(int(OrderColumn::Remark), Qt::AscendingOrder);
    // Touch the last page, then the first again.
    QVERIFY(model.index(model.rowCount() - 1, int(OrderColumn::OrderSn)).data().isValid());
    QVERIFY(model.index(0, int(OrderColumn::OrderSn)).data().isValid());
    model.setDatabase(Database());
    QCOMPARE(model.rowCount(), 0);
}

void TestOrderQueryModel::filtersMatchIndependentSelection_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QJsonObject>("filter");
    QTest::addColumn<int>("minimumRows"); // guards against a filter that selects nothing by mistake

    const auto obj = [](std::initializer_list<std::pair<QString, QJsonValue>> items) {
        QJsonObject o;
        for (const auto &[k, v] : items)
            o.insert(k, v);
        return o;
    };
    const QString midFrom = QString::number(SeedStart + 20 * 86400);
    const QString midTo = QString::number(SeedStart + 27 * 86400);
    const struct
    {
        const char *name;
        QJsonObject filter;
        int minimumRows;
    } cases[] = {
        {"everything", {}, int(SeedCount) - 20},
        {"paid", obj({{u"pay_status"_s, u"paid"_s}}), 300},
        {"unpaid", obj({{u"pay_status"_s, u"unpaid"_s}}), 150},
        {"wechat", obj({{u"pay_way"_s, u"wechat"_s}}), 200},
        {"alipay", obj({{u"pay_way"_s, u"alipay"_s}}), 20},
        {"balance", obj({{u"pay_way"_s, u"balance"_s}}), 5},
        {"pay way not chosen", obj({{u"pay_way"_s, u"none"_s}}), 150},
        {"user id", obj({{u"user_id"_s, qint64(ExplicitUser)}}), 3},
        {"user id with deleted", obj({{u"user_id"_s, qint64(ExplicitUser)}, {u"include_deleted"_s, true}}), 4},
        {"sn contains digits", obj({{u"sn"_s, u"0012"_s}}), 1},
        {"sn contains lower case", obj({{u"sn"_s, u"mcback"_s}}), 1},
        {"sn contains percent", obj({{u"sn"_s, u"%"_s}}), 1},
        {"sn contains underscore", obj({{u"sn"_s, u"_"_s}}), 2},
        {"sn contains backslash", obj({{u"sn"_s, u"\\"_s}}), 1},
        {"created range", obj({{u"created_from"_s, midFrom}, {u"created_to"_s, midTo}}), 50},
        {"created from only", obj({{u"created_from"_s, midTo}}), 300},
        {"amount exactly 0.29", obj({{u"amount_min"_s, u"0.29"_s}, {u"amount_max"_s, u"0.29"_s}}), 10},
        {"amount exactly 0.57", obj({{u"amount_min"_s, u"0.57"_s}, {u"amount_max"_s, u"0.57"_s}}), 1},
        {"amount 0.40 to 1.00", obj({{u"amount_min"_s, u"0.40"_s}, {u"amount_max"_s, u"1.00"_s}}), 200},
        {"amount from 19.99", obj({{u"amount_min"_s, u"19.99"_s}}), 1},
        {"amount at the maximum", obj({{u"amount_min"_s, u"99999999.99"_s}}), 1},
        {"combined", obj({{u"pay_status"_s, u"paid"_s}, {u"pay_way"_s, u"wechat"_s}, {u"amount_min"_s, u"0.99"_s},
                          {u"created_from"_s, midFrom}}), 20},
        {"include deleted", obj({{u"include_deleted"_s, true}}), int(SeedCount)},
    };
    for (const QString &backend : {u"sqlite"_s, u"mariadb"_s}) {
        for (const auto &c : cases)
            QTest::addRow("%s/%s", qPrintable(backend), c.name) << backend << c.filter << c.minimumRows;
    }
}

void TestOrderQueryModel::filtersMatchIndependentSelection()
{
    QFETCH(QString, backend);
    QFETCH(QJsonObject, filter);
    QFETCH(int, minimumRows);
    MCPAY_REQUIRE_BACKEND(backend);
    const Database db = seeded(backend);
    const OrderFilter f = OrderFilter::fromJson(filter);
    QCOMPARE(OrderFilter::fromJson(f.toJson()), f);

    QList<RawOrder> expected;
    for (const RawOrder &r : readAll(db)) {
        if (matches(r, f))
            expected << r;
    }
    std::sort(expected.begin(), expected.end(), [](const RawOrder &a, const RawOrder &b) { return a.id > b.id; });
    QVERIFY2(expected.size() >= minimumRows, qPrintable(u"only %1 rows match"_s.arg(expected.size())));

    OrderQueryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy totalsSpy(&model, &OrderQueryModel::totalsChanged);
    model.setDatabase(db);
    model.setFilter(f);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QVERIFY(totalsSpy.count() >= 1);

    QList<qint64> expectedIds;
    OrderTotals expectedTotals;
    for (const RawOrder &r : std::as_const(expected)) {
        expectedIds << r.id;
        ++expectedTotals.count;
        expectedTotals.amount = expectedTotals.amount + Money::fromFen(r.fen);
        if (r.payStatus == 1) {
            ++expectedTotals.paidCount;
            expectedTotals.paidAmount = expectedTotals.paidAmount + Money::fromFen(r.fen);
        }
    }
    QCOMPARE(model.rowCount(), expected.size());
    QCOMPARE(modelIds(model), expectedIds);
    QCOMPARE(model.totals().count, expectedTotals.count);
    QCOMPARE(model.totals().paidCount, expectedTotals.paidCount);
    QCOMPARE(model.totals().amount.fen(), expectedTotals.amount.fen());
    QCOMPARE(model.totals().paidAmount.fen(), expectedTotals.paidAmount.fen());
    QCOMPARE(totalsSpy.last().at(0).value<OrderTotals>(), model.totals());
}

void TestOrderQueryModel::sortingMatchesOrderBy()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    const Database db = seeded(backend);
    auto conn = db.connection();
    QVERIFY(conn.ok());

    OrderQueryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(db);
    OrderFilter earlyOrders; // a filter keeps the comparison honest about WHERE + ORDER BY
    earlyOrders.createdTo = SeedStart + 45 * 86400;

    for (int c = 0; c < int(OrderColumn::Count); ++c) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            for (bool filtered : {false, true}) {
                model.setFilter(filtered ? earlyOrders : OrderFilter{});
                model.sort(c, order);
                QCOMPARE(model.sortOrder().column, OrderColumn(c));
                QCOMPARE(model.sortOrder().order, order);

                const QString dir = order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
                QSqlQuery q(*conn);
                q.setForwardOnly(true);
                q.prepare(u"SELECT id FROM `%1` WHERE delete_time IS NULL%2 ORDER BY %3 %4, id %4"_s.arg(
                    db.table(u"marketing_chat_order"), filtered ? u" AND create_time < ?"_s : QString(),
                    orderColumnSqlName(OrderColumn(c)), dir));
                if (filtered)
                    q.addBindValue(*earlyOrders.createdTo);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                QList<qint64> expected;
                while (q.next())
                    expected << q.value(0).toLongLong();
                const QList<qint64> actual = modelIds(model);
                if (actual != expected) {
                    QFAIL(qPrintable(u"column %1 %2 %3: rows differ (first %4 vs %5)"_s.arg(
                        orderColumnSqlName(OrderColumn(c)), dir, filtered ? u"filtered"_s : u"all"_s,
                        QString::number(actual.value(0)), QString::number(expected.value(0)))));
                }
            }
        }
    }
}

void TestOrderQueryModel::refreshSeesNewAndPaidOrders()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Database db = m_dbs.createMigrated(backend);
    OrderRepository repo(db);
    auto a = repo.create(Money::fromFen(40), 1);
    auto b = repo.create(Money::fromFen(1990), 2);
    QVERIFY(a && b);

    OrderQueryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy totalsSpy(&model, &OrderQueryModel::totalsChanged);
    model.setDatabase(db);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.totals().amount.fen(), 2030);
    QCOMPARE(model.totals().paidCount, 0);

    auto c = repo.create(Money::fromFen(29), 3);
    QVERIFY(c.ok());
    QCOMPARE(model.rowCount(), 2); // not until asked
    auto paid = repo.markPaid(b->orderId, {u"4200000001"_s, PayWay::WeChat, 0});
    QVERIFY(paid && paid->transitioned);
    totalsSpy.clear();
    model.refresh();
    QCOMPARE(totalsSpy.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.totals().count, 3);
    QCOMPARE(model.totals().amount.fen(), 2059);
    QCOMPARE(model.totals().paidCount, 1);
    QCOMPARE(model.totals().paidAmount.fen(), 1990);
    // Newest first by default.
    QCOMPARE(model.index(0, 0).data(OrderQueryModel::OrderIdRole).toLongLong(), c->orderId);
}

void TestOrderQueryModel::rolesAndFormatting()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    const Database db = seeded(backend);
    OrderQueryModel model;
    model.setDatabase(db);
    OrderFilter f;
    f.snContains = u"%"_s;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    const auto cell = [&](OrderColumn c, int role = Qt::DisplayRole) { return model.index(0, int(c)).data(role); };
    QCOMPARE(cell(OrderColumn::OrderSn).toString(), u"MC_PERCENT%0001"_s);
    QCOMPARE(cell(OrderColumn::Amount).toString(), u"0.29"_s);
    QCOMPARE(cell(OrderColumn::Amount, OrderQueryModel::FenRole).toLongLong(), 29);
    QCOMPARE(cell(OrderColumn::UserId).toString(), QString::number(ExplicitUser));
    QCOMPARE(cell(OrderColumn::PayStatus).toString(), payStatusDisplayName(PayStatus::Paid));
    QCOMPARE(cell(OrderColumn::PayWay).toString(), payWayDisplayName(PayWay::WeChat));
    QCOMPARE(cell(OrderColumn::Remark).toString(), u"百分号"_s);
    const qint64 created = SeedStart + 86400 * 10;
    QCOMPARE(cell(OrderColumn::CreateTime, OrderQueryModel::UnixTimeRole).toLongLong(), created);
    QCOMPARE(cell(OrderColumn::CreateTime).toString(),
             QDateTime::fromSecsSinceEpoch(created).toString(u"yyyy-MM-dd HH:mm:ss"_s));
    QCOMPARE(cell(OrderColumn::Amount, Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignHorizontal_Mask,
             Qt::AlignRight);
    QCOMPARE(model.headerData(int(OrderColumn::Amount), Qt::Horizontal).toString(), orderColumnTitle(OrderColumn::Amount));
    const auto order = model.orderAt(0);
    QVERIFY(order.has_value());
    QCOMPARE(order->orderSn, u"MC_PERCENT%0001"_s);
    QVERIFY(!model.orderAt(1).has_value());
    QVERIFY(!model.orderAt(-1).has_value());

    // A deleted order says so in the status column.
    f = {};
    f.snContains = u"MCDELETED"_s;
    f.includeDeleted = true;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(cell(OrderColumn::PayStatus).toString() != payStatusDisplayName(PayStatus::Paid));
    QCOMPARE(cell(OrderColumn::PayStatus, Qt::EditRole).toString(), payStatusDisplayName(PayStatus::Paid));
}

void TestOrderQueryModel::pagingByKeysetOffsetAndFromTheEndAgree()
{
    // Eight pages; the view jumps around as a scroll bar would, so pages are read after a
    // known page (keyset), after a known page and a gap (keyset + offset), backwards from
    // the end, and from the start. Every row must be the one ORDER BY puts there.
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Database db = m_dbs.createMigrated(backend);
    OrderRepository::SeedOptions options;
    options.count = 8 * OrderQueryModel::PageSize - 37;
    options.startTime = SeedStart;
    options.endTime = SeedStart + 3 * 86400; // many equal amounts, remarks and minutes
    options.seed = 99;
    auto n = OrderRepository(db).seedDemoOrders(options);
    QVERIFY2(n.ok(), qPrintable(n.errorMessage()));
    QVERIFY(insertExplicitRows(db));
    auto conn = db.connection();
    QVERIFY(conn.ok());

    const int pages[] = {7, 0, 1, 4, 5, 2, 6, 3, 7, 0};
    for (int c = 0; c < int(OrderColumn::Count); ++c) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            OrderQueryModel model;
            model.setDatabase(db);
            model.sort(c, order);
            const QString dir = order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
            QSqlQuery q(*conn);
            q.setForwardOnly(true);
            QVERIFY(q.exec(u"SELECT id FROM `%1` WHERE delete_time IS NULL ORDER BY %2 %3, id %3"_s.arg(
                db.table(u"marketing_chat_order"), orderColumnSqlName(OrderColumn(c)), dir)));
            QList<qint64> expected;
            while (q.next())
                expected << q.value(0).toLongLong();
            QCOMPARE(model.rowCount(), expected.size());
            for (int page : pages) {
                const int first = page * OrderQueryModel::PageSize;
                const int last = std::min<int>(first + OrderQueryModel::PageSize, model.rowCount());
                // Read the page from its middle, as a jump to a scroll position does.
                for (int row = (first + last) / 2, step = 0; step < last - first; ++step) {
                    const int r = first + (row - first + step) % (last - first);
                    const qint64 id = model.index(r, 0).data(OrderQueryModel::OrderIdRole).toLongLong();
                    if (id != expected.at(r))
                        QFAIL(qPrintable(u"%1 %2: row %3 is order %4, expected %5"_s.arg(orderColumnSqlName(OrderColumn(c)), dir)
                                             .arg(r).arg(id).arg(expected.at(r))));
                }
            }
        }
    }
}

void TestOrderQueryModel::backgroundCountInsertsTheRest()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    const Database db = seeded(backend);

    OrderQueryModel reference;
    reference.setDatabase(db);

    OrderQueryModel model;
    model.setCountInBackground(true);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy totals(&model, &OrderQueryModel::totalsChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setDatabase(db);
    // The first page at once, the rest when counted.
    QVERIFY(model.isCounting());
    QCOMPARE(model.rowCount(), OrderQueryModel::PageSize);
    QCOMPARE(model.index(0, 0).data(OrderQueryModel::OrderIdRole), reference.index(0, 0).data(OrderQueryModel::OrderIdRole));
    QTRY_VERIFY(!model.isCounting());
    QCOMPARE(totals.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), reference.rowCount());
    QCOMPARE(model.totals(), reference.totals());
    QCOMPARE(modelIds(model), modelIds(reference));

    // Filters in quick succession: only the last one's totals arrive.
    OrderFilter paid;
    paid.payStatus = PayStatus::Paid;
    OrderFilter user;
    user.userId = ExplicitUser;
    totals.clear();
    model.setFilter(paid);
    model.setFilter(user);
    QCOMPARE(model.rowCount(), 3); // the whole set fits the first page
    QTRY_VERIFY(!model.isCounting());
    reference.setFilter(user);
    QCOMPARE(model.totals(), reference.totals());
    QVERIFY(totals.count() >= 1);
    QCOMPARE(totals.last().at(0).value<OrderTotals>(), reference.totals());
    QCOMPARE(model.rowCount(), 3);

    // An empty result.
    OrderFilter nothing;
    nothing.snContains = u"no order has this"_s;
    model.setFilter(nothing);
    QCOMPARE(model.rowCount(), 0);
    QTRY_VERIFY(!model.isCounting());
    QCOMPARE(model.totals().count, 0);

    // Destroyed while counting: no crash, no late signal.
    {
        OrderQueryModel shortLived;
        shortLived.setCountInBackground(true);
        shortLived.setDatabase(db);
        QVERIFY(shortLived.isCounting());
    }
}

void TestOrderQueryModel::missingTableReportsError()
{
    Database empty = m_dbs.create(u"sqlite"_s); // no tables at all
    OrderQueryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy errors(&model, &OrderQueryModel::errorOccurred);
    model.setDatabase(empty);
    QCOMPARE(errors.count(), 1);
    QVERIFY(!model.lastError().isEmpty());
    QCOMPARE(model.rowCount(), 0);
}

void TestOrderQueryModel::pageReadErrorIsReported()
{
    Database db = m_dbs.createMigrated(u"sqlite"_s);
    OrderRepository::SeedOptions options;
    options.count = 3 * OrderQueryModel::PageSize;
    options.startTime = SeedStart;
    options.endTime = SeedEnd;
    QVERIFY(OrderRepository(db).seedDemoOrders(options).ok());
    OrderQueryModel model;
    model.setDatabase(db);
    QVERIFY(model.index(0, 0).data().isValid());
    QSignalSpy errors(&model, &OrderQueryModel::errorOccurred);
    {
        auto conn = db.connection();
        QSqlQuery q(*conn);
        QVERIFY(q.exec(u"ALTER TABLE la_marketing_chat_order RENAME TO la_marketing_chat_order_moved"_s));
    }
    // A page not read yet: no data, and one report after the call returns, however often asked.
    QVERIFY(!model.index(2 * OrderQueryModel::PageSize, 0).data().isValid());
    QVERIFY(!model.index(2 * OrderQueryModel::PageSize + 1, 0).data().isValid());
    QCOMPARE(errors.count(), 0);
    QTRY_COMPARE(errors.count(), 1);
    QVERIFY(!model.lastError().isEmpty());
    QCOMPARE(errors.first().first().toString(), model.lastError());
    // The cached first page still shows.
    QVERIFY(model.index(0, 0).data().isValid());
}

void TestOrderQueryModel::readsEveryRowForwardsAndBackwards()
{
    // Every row across page boundaries, forwards and backwards, in order and none twice.
    const Database db = seeded(u"sqlite"_s);
    OrderQueryModel model;
    model.setDatabase(db);
    model.sort(int(OrderColumn::Id), Qt::AscendingOrder);
    qint64 previous = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.index(row, 0).data(OrderQueryModel::OrderIdRole).toLongLong();
        QVERIFY(id > previous);
        previous = id;
    }
    // And backwards, which revisits pages evicted or not.
    for (int row = model.rowCount() - 1; row >= 0; --row) {
        const qint64 id = model.index(row, 0).data(OrderQueryModel::OrderIdRole).toLongLong();
        QVERIFY(id <= previous);
        previous = id;
    }
}

QTEST_GUILESS_MAIN(TestOrderQueryModel)
#include "tst_orderquerymodel.moc"
