#include "core/appcontext.h"
#include "finance/auditlog.h"
#include "finance/channelreconciler.h"
#include "finance/currentprofile.h"
#include "finance/refundcoordinator.h"
#include "finance/orderfinancepanel.h"
#include "finance/auditlogpage.h"
#include "finance/reconciliationpage.h"
#include "finance/refunddialog.h"
#include "finance/reportspage.h"
#include "orders/orderrepository.h"
#include "testdatabases.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
class InstantGateway final : public RefundGateway
{
public:
    int calls = 0;
    void requestRefund(const RefundGatewayRequest &r, QObject *context, Callback done) override
    {
        ++calls;
        const RefundGatewayReply reply{RefundStatus::Success, u"503"_s + r.outRefundNo, {}, {}};
        QMetaObject::invokeMethod(context, [done, reply] { done(reply); }, Qt::QueuedConnection);
    }
    void queryRefund(PayWay, const QString &, const QString &, QObject *context, Callback done) override
    {
        QMetaObject::invokeMethod(context, [done] { done(Error(u"unused"_s)); }, Qt::QueuedConnection);
    }
};
} // namespace

class TestFinancePages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refundDialogStatesExactAmount();
    void panelShowsTimelineAndRefundsForFinanceOnly();
    void reportsPageTotalsAndCsv();
    void auditPageFiltersAndExports();
    void reconciliationPageAppliesForFinanceOnly();

private:
    CreatedOrder paidOrder(qint64 fen, qint64 paidAt);
    TestDatabases m_dbs;
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<AppContext> m_context;
};

void TestFinancePages::init()
{
    m_db = m_dbs.createMigrated(u"sqlite"_s);
    m_context = std::make_unique<AppContext>(m_dir.filePath(u"settings.ini"_s), u"mcpay-admin-test"_s);
    auto opened = m_context->openDatabase(m_db.url().toString(), {}, 0);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    CurrentProfile::save(m_context->settings(), Profile::Admin);
}

void TestFinancePages::cleanup()
{
    m_context.reset();
}

CreatedOrder TestFinancePages::paidOrder(qint64 fen, qint64 paidAt)
{
    OrderRepository repo(m_context->database());
    repo.setClock([paidAt] { return paidAt - 60; });
    auto created = repo.create(Money::fromFen(fen), 10001);
    if (!created || !repo.markPaid(created->orderId, {u"4200"_s, PayWay::WeChat, paidAt}))
        qFatal("order");
    return *created;
}

void TestFinancePages::refundDialogStatesExactAmount()
{
    Order o;
    o.orderSn = u"MC202601301234561234"_s;
    o.amount = Money::fromFen(129);
    o.payWay = PayWay::WeChat;
    o.payStatus = PayStatus::Paid;
    RefundSummary s;
    s.orderAmount = o.amount;
    s.refunded = Money::fromFen(29);
    s.refundable = Money::fromFen(100);
    RefundDialog dialog(o, s, o.orderSn + u"R02"_s);
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QCOMPARE(ok->text(), u"Refund ¥1.00"_s);

    dialog.amountEdit()->clear();
    QTest::keyClicks(dialog.amountEdit(), u"1.01"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.validationMessage().contains(u"¥1.00"_s));
    dialog.amountEdit()->clear();
    QTest::keyClicks(dialog.amountEdit(), u"0.29"_s);
    QVERIFY(ok->isEnabled());
    QCOMPARE(ok->text(), u"Refund ¥0.29"_s);

    dialog.reasonBox()->setCurrentIndex(dialog.reasonBox()->findData(int(RefundReason::Other)));
    QVERIFY(!ok->isEnabled());
    dialog.noteEdit()->setPlainText(u"客户重复下单"_s);
    QVERIFY(ok->isEnabled());
    const RefundRequest r = dialog.request({u"alice"_s, u"finance"_s});
    QCOMPARE(r.amount.fen(), 29);
    QCOMPARE(r.reason, RefundReason::Other);
    QCOMPARE(r.note, u"客户重复下单"_s);
    QCOMPARE(r.outRefundNo, o.orderSn + u"R02"_s);
}

void TestFinancePages::panelShowsTimelineAndRefundsForFinanceOnly()
{
    const CreatedOrder order = paidOrder(100, 1769747696);
    InstantGateway gateway;
    RefundCoordinator coordinator(m_context->database(), &gateway);
    CurrentProfile profile(m_context->settings());
    OrderFinancePanel panel(m_context.get());
    panel.setRefundCoordinator(&coordinator);
    panel.setProfile(&profile);
    panel.setOrderSn(order.orderSn);
    QCOMPARE(panel.timelineView()->topLevelItemCount(), 2); // created, paid
    QVERIFY(panel.refundButton()->isHidden()); // Admin does not refund

    profile.setProfile(Profile::Finance);
    QVERIFY(!panel.refundButton()->isHidden());
    QVERIFY(panel.refundButton()->isEnabled());

    // A refund made elsewhere (another window) shows up through the coordinator's signal.
    RefundRequest r;
    r.orderSn = order.orderSn;
    r.amount = Money::fromFen(100);
    r.reason = RefundReason::DuplicatePayment;
    r.actor = profile.actor();
    bool done = false;
    coordinator.refund(r, [&done](Result<Refund> result) { done = result.ok(); });
    QTRY_VERIFY(done);
    QTRY_COMPARE(panel.timelineView()->topLevelItemCount(), 4); // + requested, refunded
    QVERIFY(panel.summaryText().contains(u"¥1.00"_s));
    QVERIFY(!panel.refundButton()->isEnabled()); // nothing left to refund
    QCOMPARE(gateway.calls, 1);

    panel.setOrderSn({});
    QCOMPARE(panel.timelineView()->topLevelItemCount(), 0);
    QVERIFY(!panel.refundButton()->isEnabled());
}

void TestFinancePages::reportsPageTotalsAndCsv()
{
    const qint64 day30 = QDateTime(QDate(2026, 1, 30), QTime(12, 0), QTimeZone(8 * 3600)).toSecsSinceEpoch();
    paidOrder(29, day30);
    paidOrder(40, day30 + 86400);
    ReportsPage page(m_context.get());
    page.setRange(QDate(2026, 1, 29), QDate(2026, 1, 31));
    QCOMPARE(page.errorText(), QString());
    QCOMPARE(page.days().size(), 3);
    QCOMPARE(page.dailyTable()->rowCount(), 4); // three days and the total
    QCOMPARE(page.dailyTable()->item(1, 3)->text(), u"0.29"_s);
    QCOMPARE(page.dailyTable()->item(3, 3)->text(), u"0.69"_s);
    QCOMPARE(page.dailyTable()->item(3, 2)->text(), u"2"_s);
    QCOMPARE(page.byAmount().size(), 2);
    const QString path = m_dir.filePath(u"report.csv"_s);
    QVERIFY(page.exportCsv(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), FinanceReport::dailyCsv(page.days()));

    page.setRange(QDate(2026, 2, 1), QDate(2026, 1, 1));
    QVERIFY(!page.errorText().isEmpty());
    QCOMPARE(page.dailyTable()->rowCount(), 0);
}

void TestFinancePages::auditPageFiltersAndExports()
{
    AuditLog log(m_context->database());
    QVERIFY(log.append({u"alice"_s, u"finance"_s}, AuditAction::MarkPaid, u"A1"_s, {}, u"screenshot"_s).ok());
    QVERIFY(log.append({u"bob"_s, u"admin"_s}, AuditAction::FlowPublished, u"welcome"_s).ok());
    AuditLogPage page(m_context.get());
    page.refresh();
    QCOMPARE(page.table()->rowCount(), 2);
    QTest::keyClicks(page.objectFilter(), u"A1"_s);
    QTest::keyClick(page.objectFilter(), Qt::Key_Return);
    QCOMPARE(page.entries().size(), 1);
    QCOMPARE(page.table()->rowCount(), 1);
    const QString path = m_dir.filePath(u"audit.csv"_s);
    QVERIFY(page.exportCsv(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QCOMPARE(csv.count("\r\n"), 2);
    QVERIFY(csv.contains("alice,finance,order.mark_paid,A1,screenshot"));
}

void TestFinancePages::reconciliationPageAppliesForFinanceOnly()
{
    OrderRepository repo(m_context->database());
    const auto unpaid = repo.create(Money::fromFen(29), 1).value();
    const QString bill = u"交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态\r\n"
                         u"`2026-01-30 08:30:00,`wx1,`1900000109,`0,`,`4200A,`%1,`o1,`JSAPI,`SUCCESS,`OTHERS,`CNY,`0.29,`0.00,`0,`0,`0.00,`0.00,`,`\r\n"_s
                             .arg(unpaid.orderSn);
    auto statement = Statement::parse(bill.toUtf8());
    QVERIFY2(statement.ok(), qPrintable(statement.errorMessage()));
    CurrentProfile profile(m_context->settings());
    profile.setProfile(Profile::Tester);
    ReconciliationPage page(m_context.get());
    page.setProfile(&profile);
    page.setStatement(*statement);
    QCOMPARE(page.differences().size(), 1);
    QCOMPARE(page.table()->rowCount(), 1);
    page.table()->selectRow(0);
    QVERIFY(page.applyButton()->isHidden());
    QVERIFY(!page.applyRow(0, u"bill"_s).ok());

    profile.setProfile(Profile::Finance);
    page.table()->selectRow(0);
    QVERIFY(!page.applyButton()->isHidden());
    QVERIFY(page.applyButton()->isEnabled());
    auto applied = page.applyRow(0, u"WeChat bill"_s);
    QVERIFY2(applied.ok(), qPrintable(applied.errorMessage()));
    QVERIFY(*applied);
    QCOMPARE(page.differences().size(), 0); // compared again
    QVERIFY((*repo.findBySn(unpaid.orderSn))->isPaid());
    QCOMPARE(AuditLog(m_context->database()).forObject(unpaid.orderSn)->size(), 1);

    // Without a configured channel, asking the channels says so and leaves the page usable.
    ChannelReconciler channels(m_context->database(), nullptr, {});
    page.setChannelReconciler(&channels);
    page.askChannels();
    QVERIFY(page.isBusy());
    QTRY_VERIFY(!page.isBusy());
    QCOMPARE(page.differences().size(), 0);
}

QTEST_MAIN(TestFinancePages)
#include "tst_financepages.moc"
