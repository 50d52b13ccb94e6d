#include "core/appcontext.h"
#include "orders/orderdetailpane.h"
#include "orders/orderquerymodel.h"
#include "orders/orderrepository.h"
#include "orders/orderspage.h"
#include "testdatabases.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 SeedStart = 1769904000; // 2026-02-01 UTC
constexpr qint64 SeedEnd = 1775001600;   // 2026-04-01 UTC

// What the test expects, computed with its own SQL: amounts summed in fen from the
// column's text, never through the model's expressions.
struct Expected
{
    qint64 count = 0;
    qint64 paidCount = 0;
    qint64 fen = 0;
    qint64 paidFen = 0;
};

qint64 fenOf(const QVariant &amount)
{
    QString s = amount.toString();
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return Money::parse(s).value().fen();
}

Expected expectedFor(const Database &db, const QString &where, const QVariantList &binds = {})
{
    Expected e;
    auto conn = db.connection();
    if (!conn)
        return e;
    QSqlQuery q(*conn);
    q.setForwardOnly(true);
    q.prepare(u"SELECT order_amount, pay_status FROM `%1` WHERE delete_time IS NULL%2"_s.arg(
        db.table(u"marketing_chat_order"), where.isEmpty() ? QString() : u" AND "_s + where));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
    while (q.next()) {
        const qint64 fen = fenOf(q.value(0));
        ++e.count;
        e.fen += fen;
        if (q.value(1).toInt() == 1) {
            ++e.paidCount;
            e.paidFen += fen;
        }
    }
    return e;
}

qint64 firstIdOrderedBy(const Database &db, const QString &where, const QString &orderBy)
{
    auto conn = db.connection();
    QSqlQuery q(*conn);
    q.exec(u"SELECT id FROM `%1` WHERE delete_time IS NULL AND %2 ORDER BY %3 LIMIT 1"_s.arg(
        db.table(u"marketing_chat_order"), where, orderBy));
    return q.next() ? q.value(0).toLongLong() : -1;
}

int countCsvRecords(const QByteArray &bytes)
{
    // Records end with CRLF outside quotes; a quoted field may hold CR or LF of its own.
    int records = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '"')
            quoted = !quoted; // a doubled quote toggles twice
        else if (!quoted && c == '\r' && i + 1 < bytes.size() && bytes.at(i + 1) == '\n')
            ++records;
    }
    return records;
}

template <typename T>
T *child(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no child %s", qPrintable(name));
    return w;
}
} // namespace

class TestOrdersView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsAllOrdersWithTotals();
    void typedSnFilterAppliesOnEnter();
    void typingAppliesAfterDebounce();
    void payStatusComboFilters();
    void invalidAmountShowsHintAndKeepsFilter();
    void headerClickSortsInSql();
    void selectingARowFillsTheDetailPane();
    void exportWritesTheFilteredRows();
    void filterAndHeaderAreRestored();
    void ordersChangedRefreshes();
    void quickRangesFilterByCreationTime();
    void keyboardShortcuts();
    void databaseErrorShowsMessageBar();
    void cleanupTestCase();

private:
    void checkTotals(const Expected &e);

    QTemporaryDir m_dir;
    TestDatabases m_dbs;
    Database m_db;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<OrdersPage> m_page;
};

void TestOrdersView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dbs.createMigrated(u"sqlite"_s);
    OrderRepository::SeedOptions options;
    options.count = 900;
    options.startTime = SeedStart;
    options.endTime = SeedEnd;
    options.seed = 31337;
    auto seeded = OrderRepository(m_db).seedDemoOrders(options);
    QVERIFY2(seeded.ok(), qPrintable(seeded.errorMessage()));
    QCOMPARE(*seeded, 900);

    m_context = std::make_unique<AppContext>(m_dir.filePath(u"settings.ini"_s), u"mcpay-admin-test"_s);
    auto opened = m_context->openDatabase(m_db.url().toString(), {}, 0);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));

    m_page = std::make_unique<OrdersPage>(m_context.get());
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestOrdersView::checkTotals(const Expected &e)
{
    // The filter may wait for the typing pause, and the page counts in the background:
    // rows and totals arrive together.
    QTRY_COMPARE(m_page->model()->rowCount(), int(e.count));
    QTRY_VERIFY(!m_page->model()->isCounting());
    QCOMPARE(m_page->model()->rowCount(), int(e.count));
    QCOMPARE(child<QLabel>(m_page.get(), u"totalCount"_s)->text(), QLocale().toString(e.count));
    QCOMPARE(child<QLabel>(m_page.get(), u"paidCount"_s)->text(), QLocale().toString(e.paidCount));
    QCOMPARE(child<QLabel>(m_page.get(), u"totalAmount"_s)->text(), Money::fromFen(e.fen).toDisplayString());
    QCOMPARE(child<QLabel>(m_page.get(), u"paidAmount"_s)->text(), Money::fromFen(e.paidFen).toDisplayString());
    QCOMPARE(m_page->tableView()->model()->rowCount(), int(e.count));
}

void TestOrdersView::showsAllOrdersWithTotals()
{
    const Expected all = expectedFor(m_db, {});
    // Until the count is in, the strip says so rather than showing stale figures.
    if (m_page->model()->isCounting())
        QCOMPARE(child<QLabel>(m_page.get(), u"totalCount"_s)->text(), OrdersPage::tr("counting…"));
    QVERIFY(all.count > 800);
    QVERIFY(all.paidCount > 0 && all.paidCount < all.count);
    checkTotals(all);
    // Money right-aligned, newest first.
    const QModelIndex amount = m_page->tableView()->model()->index(0, int(OrderColumn::Amount));
    QCOMPARE(amount.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignHorizontal_Mask, Qt::AlignRight);
    QCOMPARE(m_page->model()->index(0, 0).data(OrderQueryModel::OrderIdRole).toLongLong(),
             firstIdOrderedBy(m_db, u"1 = 1"_s, u"id DESC"_s));
}

void TestOrdersView::typedSnFilterAppliesOnEnter()
{
    auto *sn = child<QLineEdit>(m_page.get(), u"snFilter"_s);
    sn->setFocus();
    QTest::keyClicks(sn, u"001"_s);
    QTest::keyClick(sn, Qt::Key_Return);
    // Applied at once on Enter (no need to wait for the debounce): the first page is there
    // before the count.
    const Expected e = expectedFor(m_db, u"order_sn LIKE '%001%'"_s);
    QVERIFY(e.count > 0 && e.count < OrderQueryModel::PageSize);
    QCOMPARE(m_page->model()->filter().snContains, u"001"_s);
    QCOMPARE(m_page->model()->rowCount(), int(e.count));
    checkTotals(e);
    for (int row = 0; row < m_page->model()->rowCount(); ++row)
        QVERIFY(m_page->model()->index(row, int(OrderColumn::OrderSn)).data().toString().contains(u"001"_s));

    sn->clear();
    QTest::keyClick(sn, Qt::Key_Return);
    checkTotals(expectedFor(m_db, {}));
}

void TestOrdersView::typingAppliesAfterDebounce()
{
    // A user id that has orders: pick it with SQL.
    auto conn = m_db.connection();
    QSqlQuery q(*conn);
    QVERIFY(q.exec(u"SELECT user_id FROM la_marketing_chat_order WHERE delete_time IS NULL GROUP BY user_id "
                   "ORDER BY COUNT(*) DESC, user_id LIMIT 1"_s));
    QVERIFY(q.next());
    const QString user = q.value(0).toString();

    auto *userEdit = child<QLineEdit>(m_page.get(), u"userIdFilter"_s);
    QTest::keyClicks(userEdit, user);
    // No Enter: the filter follows typing after a short pause.
    checkTotals(expectedFor(m_db, u"user_id = ?"_s, {user.toLongLong()}));

    // Letters are refused by the field.
    QTest::keyClicks(userEdit, u"x"_s);
    QCOMPARE(userEdit->text(), user);
    userEdit->clear();
    QTest::keyClick(userEdit, Qt::Key_Enter);
    checkTotals(expectedFor(m_db, {}));
}

void TestOrdersView::payStatusComboFilters()
{
    auto *status = child<QComboBox>(m_page.get(), u"payStatusFilter"_s);
    status->setCurrentIndex(status->findData(int(PayStatus::Paid)));
    Expected paid = expectedFor(m_db, u"pay_status = 1"_s);
    checkTotals(paid);
    QCOMPARE(paid.paidCount, paid.count);

    status->setCurrentIndex(status->findData(int(PayStatus::Unpaid)));
    const Expected unpaid = expectedFor(m_db, u"pay_status = 0"_s);
    checkTotals(unpaid);
    QCOMPARE(unpaid.paidCount, 0);

    // With the pay way combo on top.
    status->setCurrentIndex(status->findData(int(PayStatus::Paid)));
    auto *way = child<QComboBox>(m_page.get(), u"payWayFilter"_s);
    way->setCurrentIndex(way->findData(int(PayWay::Alipay)));
    checkTotals(expectedFor(m_db, u"pay_status = 1 AND pay_way = 2"_s));
    way->setCurrentIndex(0);
    status->setCurrentIndex(0);
    checkTotals(expectedFor(m_db, {}));
}

void TestOrdersView::invalidAmountShowsHintAndKeepsFilter()
{
    auto *min = child<QLineEdit>(m_page.get(), u"amountMin"_s);
    auto *max = child<QLineEdit>(m_page.get(), u"amountMax"_s);
    auto *hint = child<QLabel>(m_page.get(), u"filterHint"_s);
    const Expected all = expectedFor(m_db, {});

    QTest::keyClicks(min, u"1.005"_s);
    QTest::keyClick(min, Qt::Key_Return);
    QVERIFY(hint->isVisible());
    QVERIFY(!hint->text().isEmpty());
    QCOMPARE(m_page->model()->filter(), OrderFilter{});
    checkTotals(all);

    // Fixed: applies, and the hint goes away.
    min->clear();
    QTest::keyClicks(min, u"0.99"_s);
    QTest::keyClicks(max, u"19.90"_s);
    QTest::keyClick(max, Qt::Key_Return);
    QVERIFY(!hint->isVisible());
    checkTotals(expectedFor(m_db, u"order_amount >= 0.99 AND order_amount <= 19.90"_s));

    // Minimum above maximum is refused too.
    max->clear();
    QTest::keyClicks(max, u"0.40"_s);
    QTest::keyClick(max, Qt::Key_Return);
    QVERIFY(hint->isVisible());
    QCOMPARE(m_page->model()->filter().amountMax->fen(), 1990);

    child<QPushButton>(m_page.get(), u"resetFilter"_s)->click();
    QVERIFY(!hint->isVisible());
    QVERIFY(min->text().isEmpty());
    checkTotals(all);
}

void TestOrdersView::headerClickSortsInSql()
{
    QHeaderView *header = m_page->tableView()->horizontalHeader();
    const int section = int(OrderColumn::Amount);
    const QPoint pos(header->sectionViewportPosition(section) + header->sectionSize(section) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, pos);
    QCOMPARE(header->sortIndicatorSection(), section);
    QCOMPARE(m_page->model()->sortOrder().column, OrderColumn::Amount);
    Qt::SortOrder order = header->sortIndicatorOrder();
    QCOMPARE(m_page->model()->sortOrder().order, order);
    const auto expectFirst = [&](Qt::SortOrder o) {
        const QString dir = o == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
        return firstIdOrderedBy(m_db, u"1 = 1"_s, u"order_amount %1, id %1"_s.arg(dir));
    };
    QCOMPARE(m_page->model()->index(0, 0).data(OrderQueryModel::OrderIdRole).toLongLong(), expectFirst(order));

    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, pos);
    QVERIFY(header->sortIndicatorOrder() != order);
    order = header->sortIndicatorOrder();
    QCOMPARE(m_page->model()->sortOrder().order, order);
    QCOMPARE(m_page->model()->index(0, 0).data(OrderQueryModel::OrderIdRole).toLongLong(), expectFirst(order));
    QVERIFY(expectFirst(Qt::AscendingOrder) != expectFirst(Qt::DescendingOrder));
}

void TestOrdersView::selectingARowFillsTheDetailPane()
{
    auto *detail = child<OrderDetailPane>(m_page.get(), u"orderDetail"_s);
    QVERIFY(!detail->order().has_value());
    QTableView *table = m_page->tableView();
    const QRect cell = table->visualRect(table->model()->index(2, int(OrderColumn::OrderSn)));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(detail->order().has_value());
    const qint64 id = table->model()->index(2, 0).data(OrderQueryModel::OrderIdRole).toLongLong();
    QCOMPARE(detail->order()->id, id);
    const auto fromDb = OrderRepository(m_db).findById(id, true);
    QVERIFY(fromDb.ok() && fromDb->has_value());
    QCOMPARE(detail->fieldText(OrderColumn::OrderSn), (*fromDb)->orderSn);
    QCOMPARE(detail->fieldText(OrderColumn::Remark), (*fromDb)->remark);
    QCOMPARE(detail->fieldText(OrderColumn::Amount), (*fromDb)->amount.toDisplayString());

    QSignalSpy copied(detail, &OrderDetailPane::orderSnCopied);
    child<QPushButton>(detail, u"copySnButton"_s)->click();
    QCOMPARE(copied.count(), 1);
    QCOMPARE(copied.first().first().toString(), (*fromDb)->orderSn);
}

void TestOrdersView::exportWritesTheFilteredRows()
{
    auto *status = child<QComboBox>(m_page.get(), u"payStatusFilter"_s);
    status->setCurrentIndex(status->findData(int(PayStatus::Paid)));
    const Expected paid = expectedFor(m_db, u"pay_status = 1"_s);
    checkTotals(paid);

    const QString path = m_dir.filePath(u"paid.csv"_s);
    QSignalSpy finished(m_page.get(), &OrdersPage::exportFinished);
    QSignalSpy status_(m_page.get(), &OrdersPage::statusMessage);
    m_page->exportTo(path);
    QVERIFY(m_page->isExporting());
    QVERIFY(!m_page->exportAction()->isEnabled());
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(finished.first().at(2).toLongLong(), paid.count);
    QVERIFY(!m_page->isExporting());
    QVERIFY(m_page->exportAction()->isEnabled());
    QCOMPARE(status_.count(), 1);
    QVERIFY(status_.first().first().toString().contains(QFileInfo(path).fileName()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(countCsvRecords(bytes), int(paid.count) + 1);
    // Sorted as the view was (amount, by the last header click), so the first data row is
    // the view's first row.
    const QString firstSn = m_page->model()->index(0, int(OrderColumn::OrderSn)).data().toString();
    const QByteArray secondLine = bytes.split('\n').value(1);
    QVERIFY2(secondLine.contains(firstSn.toUtf8()), secondLine.constData());

    // A failing export reports, and leaves the page usable.
    finished.clear();
    m_page->exportTo(m_dir.filePath(u"missing/folder/x.csv"_s));
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY(!finished.first().at(1).toString().isEmpty());
    QWidget *box = m_page->findChild<QWidget *>(u"exportErrorBox"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    box->close();
    status->setCurrentIndex(0);
}

void TestOrdersView::filterAndHeaderAreRestored()
{
    auto *sn = child<QLineEdit>(m_page.get(), u"snFilter"_s);
    sn->setText(u"00"_s);
    QVERIFY(m_page->applyFilter());
    auto *status = child<QComboBox>(m_page.get(), u"payStatusFilter"_s);
    status->setCurrentIndex(status->findData(int(PayStatus::Unpaid)));
    const OrderFilter applied = m_page->model()->filter();
    const OrderSort sort = m_page->model()->sortOrder();
    QCOMPARE(applied.snContains, u"00"_s);

    {
        OrdersPage second(m_context.get());
        QCOMPARE(second.model()->filter(), applied);
        QCOMPARE(second.model()->sortOrder(), sort);
        QCOMPARE(child<QLineEdit>(&second, u"snFilter"_s)->text(), u"00"_s);
        QCOMPARE(child<QComboBox>(&second, u"payStatusFilter"_s)->currentData().toInt(), int(PayStatus::Unpaid));
        QCOMPARE(second.tableView()->horizontalHeader()->sortIndicatorSection(), int(sort.column));
        QTRY_VERIFY(!second.model()->isCounting());
        QTRY_VERIFY(!m_page->model()->isCounting());
        QCOMPARE(second.model()->rowCount(), m_page->model()->rowCount());
    }
    child<QPushButton>(m_page.get(), u"resetFilter"_s)->click();
    QCOMPARE(m_page->model()->filter(), OrderFilter{});
}

void TestOrdersView::ordersChangedRefreshes()
{
    QTRY_VERIFY(!m_page->model()->isCounting());
    const int before = m_page->model()->rowCount();
    auto created = OrderRepository(m_db).create(Money::fromFen(12345), 42);
    QVERIFY(created.ok());
    QCOMPARE(m_page->model()->rowCount(), before);
    Q_EMIT m_context->ordersChanged();
    QTRY_COMPARE(m_page->model()->rowCount(), before + 1);
    checkTotals(expectedFor(m_db, {}));
}

void TestOrdersView::quickRangesFilterByCreationTime()
{
    // The seeded orders are from early 2026; orders created now fall in "Today".
    QVERIFY(OrderRepository(m_db).create(Money::fromFen(2990), 44).ok());
    auto *range = child<QComboBox>(m_page.get(), u"createdRange"_s);
    auto *from = child<QCheckBox>(m_page.get(), u"createdFromEnabled"_s);
    auto *to = child<QCheckBox>(m_page.get(), u"createdToEnabled"_s);
    const qint64 startOfToday = QDateTime(QDate::currentDate(), QTime(0, 0)).toSecsSinceEpoch();
    const qint64 startOfTomorrow = QDateTime(QDate::currentDate().addDays(1), QTime(0, 0)).toSecsSinceEpoch();

    range->setCurrentIndex(1); // Today
    QVERIFY(from->isChecked() && to->isChecked());
    QCOMPARE(*m_page->model()->filter().createdFrom, startOfToday);
    QCOMPARE(*m_page->model()->filter().createdTo, startOfTomorrow);
    const Expected today = expectedFor(m_db, u"create_time >= ? AND create_time < ?"_s, {startOfToday, startOfTomorrow});
    QVERIFY(today.count >= 1);
    checkTotals(today);

    range->setCurrentIndex(3); // Last 30 days
    const qint64 thirtyDaysAgo = QDateTime(QDate::currentDate().addDays(-29), QTime(0, 0)).toSecsSinceEpoch();
    QCOMPARE(*m_page->model()->filter().createdFrom, thirtyDaysAgo);
    checkTotals(expectedFor(m_db, u"create_time >= ? AND create_time < ?"_s, {thirtyDaysAgo, startOfTomorrow}));

    // Unticking both ends is "any time" again.
    from->setChecked(false);
    to->setChecked(false);
    QCOMPARE(range->currentIndex(), 0);
    checkTotals(expectedFor(m_db, {}));
    QVERIFY(!m_page->model()->filter().createdFrom && !m_page->model()->filter().createdTo);
}

void TestOrdersView::keyboardShortcuts()
{
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    auto *sn = child<QLineEdit>(m_page.get(), u"snFilter"_s);
    m_page->tableView()->setFocus();
    QTRY_VERIFY(m_page->tableView()->hasFocus());

    QTest::keyClick(m_page->tableView(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(sn->hasFocus());
    QTest::keyClick(sn, Qt::Key_Escape);
    QTRY_VERIFY(m_page->tableView()->hasFocus());

    // F5 re-reads: an order inserted behind the page's back appears.
    QTRY_VERIFY(!m_page->model()->isCounting());
    const int before = m_page->model()->rowCount();
    QVERIFY(OrderRepository(m_db).create(Money::fromFen(40), 43).ok());
    QSignalSpy totals(m_page->model(), &OrderQueryModel::totalsChanged);
    QTest::keyClick(m_page->tableView(), Qt::Key_F5);
    QTRY_COMPARE(m_page->model()->rowCount(), before + 1);
    QCOMPARE(totals.count(), 1);

    // The page offers its refresh and export actions to the window's menus.
    const QList<QAction *> actions = m_page->actions();
    QVERIFY(actions.contains(m_page->refreshAction()));
    QVERIFY(actions.contains(m_page->exportAction()));
    QCOMPARE(m_page->exportAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
}

void TestOrdersView::databaseErrorShowsMessageBar()
{
    auto *bar = child<QWidget>(m_page.get(), u"errorBar"_s);
    QVERIFY(!bar->isVisible());
    {
        auto conn = m_db.connection();
        QSqlQuery q(*conn);
        QVERIFY(q.exec(u"ALTER TABLE la_marketing_chat_order RENAME TO la_marketing_chat_order_gone"_s));
    }
    m_page->refresh();
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(!child<QLabel>(bar, u"errorText"_s)->text().isEmpty());
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(QApplication::activeModalWidget() == nullptr); // inline, not a modal box
    {
        auto conn = m_db.connection();
        QSqlQuery q(*conn);
        QVERIFY(q.exec(u"ALTER TABLE la_marketing_chat_order_gone RENAME TO la_marketing_chat_order"_s));
    }
    m_page->refresh();
    QTRY_VERIFY(!bar->isVisible());
    QVERIFY(m_page->model()->rowCount() > 0);
}

void TestOrdersView::cleanupTestCase()
{
    m_page.reset();
    m_context.reset();
}

QTEST_MAIN(TestOrdersView)
#include "tst_ordersview.moc"
