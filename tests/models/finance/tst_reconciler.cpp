#include "finance/auditlog.h"
#include "finance/reconciler.h"
#include "finance/refundservice.h"
#include "orders/orderrepository.h"
#include "testdatabases.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
qint64 beijing(int day, int h, int m = 0)
{
    return QDateTime(QDate(2026, 1, day), QTime(h, m), QTimeZone(8 * 3600)).toSecsSinceEpoch();
}

QString wechatLine(const QString &time, const QString &transactionId, const QString &sn, const QString &state,
                   const QString &amount, const QString &refundNo = {}, const QString &refundAmount = u"0.00"_s,
                   const QString &refundStatus = {})
{
    // 交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,
    // 应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,
    // 手续费,费率,订单金额,申请退款金额,费率备注
    return u"`%1,`wxd678efh567hg6787,`1900000109,`0,`,`%2,`%3,`oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,`JSAPI,`%4,`OTHERS,`CNY,`%5,`0.00,`%6,`%7,`%8,`0.00,`ORIGINAL,`%9,`营销聊天诚意金,`marketing_chat,`0.00000,`0.60%,`%5,`%8,`"_s
        .arg(time, transactionId, sn, state, amount, refundNo.isEmpty() ? u"0"_s : u"50300"_s + refundNo,
             refundNo.isEmpty() ? u"0"_s : refundNo, refundAmount, refundStatus);
}
} // namespace

class TestReconciler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachDiscrepancyFoundOnce_data()
    {
        TestDatabases::addBackendColumn();
        TestDatabases::addBackendRows();
    }
    void eachDiscrepancyFoundOnce();
    void parsesAlipayBill();
    void rejectsUnknownFormat();

private:
    TestDatabases m_dbs;
};

void TestReconciler::eachDiscrepancyFoundOnce()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    Database db = m_dbs.createMigrated(backend);
    OrderRepository repo(db);
    repo.setClock([] { return beijing(30, 8); });
    const auto order = [&](qint64 fen) { return repo.create(Money::fromFen(fen), 1).value(); };
    const auto pay = [&](const CreatedOrder &o, PayWay way, qint64 at, const QString &tx) {
        QVERIFY(repo.markPaid(o.orderId, {tx, way, at})->transitioned);
    };
    const CreatedOrder a = order(29);   // paid at WeChat, notification missed
    const CreatedOrder b = order(40);   // agrees; refunded here but not at WeChat
    const CreatedOrder c = order(50);   // paid here, missing from the bill
    const CreatedOrder d = order(100);  // amounts differ
    const CreatedOrder g = order(60);   // agrees; refund agrees
    const CreatedOrder i = order(70);   // Alipay: not in a WeChat bill, not reported
    const CreatedOrder j = order(80);   // paid the day before the bill: not reported
    pay(b, PayWay::WeChat, beijing(30, 9), u"4200B"_s);
    pay(c, PayWay::WeChat, beijing(30, 10), u"4200C"_s);
    pay(d, PayWay::WeChat, beijing(30, 11), u"4200D"_s);
    pay(g, PayWay::WeChat, beijing(30, 12), u"4200G"_s);
    pay(i, PayWay::Alipay, beijing(30, 13), u"2026A"_s);
    pay(j, PayWay::WeChat, beijing(29, 23, 59), u"4200J"_s);

    RefundService refunds(db);
    refunds.setClock([] { return beijing(30, 15) * 1000; });
    const auto refund = [&](const CreatedOrder &o, qint64 fen) {
        RefundRequest r;
        r.orderSn = o.orderSn;
        r.amount = Money::fromFen(fen);
        r.reason = RefundReason::RequestedByCustomer;
        r.actor = {u"alice"_s, u"finance"_s};
        auto p = refunds.prepare(r);
        if (!p || !refunds.recordOutcome(p->refund.outRefundNo, {RefundStatus::Success, {}, {}, 0}, AuditActor::system()))
            qFatal("refund");
        return p->refund.outRefundNo;
    };
    refund(b, 10);
    const QString gRefund = refund(g, 60);

    const QString unknownSn = u"MC209901010000000001"_s;
    QStringList bill;
    bill << u"交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注"_s;
    bill << wechatLine(u"2026-01-30 08:30:00"_s, u"4200A"_s, a.orderSn, u"SUCCESS"_s, u"0.29"_s);
    bill << wechatLine(u"2026-01-30 09:00:00"_s, u"4200B"_s, b.orderSn, u"SUCCESS"_s, u"0.40"_s);
    bill << wechatLine(u"2026-01-30 11:00:00"_s, u"4200D"_s, d.orderSn, u"SUCCESS"_s, u"0.99"_s);
    bill << wechatLine(u"2026-01-30 12:00:00"_s, u"4200G"_s, g.orderSn, u"SUCCESS"_s, u"0.60"_s);
    bill << wechatLine(u"2026-01-30 15:00:00"_s, u"4200G"_s, g.orderSn, u"REFUND"_s, u"0.60"_s, gRefund, u"0.60"_s, u"SUCCESS"_s);
    bill << wechatLine(u"2026-01-30 16:00:00"_s, u"4200H"_s, unknownSn, u"SUCCESS"_s, u"1.00"_s);
    bill << wechatLine(u"2026-01-30 17:00:00"_s, u"4200X"_s, c.orderSn, u"NOTPAY"_s, u"0.50"_s);
    bill << u"总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额"_s;
    bill << u"`6,`3.28,`0.60,`0.00,`0.00000,`3.28,`0.60"_s;

    auto statement = Statement::parse("\xEF\xBB\xBF" + bill.join(u"\r\n"_s).toUtf8());
    QVERIFY2(statement.ok(), qPrintable(statement.errorMessage()));
    QCOMPARE(statement->channel, PayWay::WeChat);
    QCOMPARE(statement->lines.size(), 6);
    QCOMPARE(statement->warnings.size(), 1); // the NOTPAY line
    QCOMPARE(statement->lines.at(0).amount.fen(), 29);
    QCOMPARE(statement->lines.at(0).timeSecs, beijing(30, 8, 30));

    Reconciler reconciler(db);
    auto diffs = reconciler.compare(*statement, beijing(30, 0), beijing(31, 0));
    QVERIFY2(diffs.ok(), qPrintable(diffs.errorMessage()));
    QStringList found;
    for (const auto &x : std::as_const(*diffs))
        found << reconciliationKindKey(x.kind) + u' ' + (x.outRefundNo.isEmpty() ? x.orderSn : x.outRefundNo);
    found.sort();
    QStringList expected = {u"missed_notification "_s + a.orderSn, u"missing_at_channel "_s + c.orderSn,
                            u"amount_mismatch "_s + d.orderSn, u"refund_without_success "_s + b.orderSn + u"R01"_s,
                            u"unknown_order "_s + unknownSn};
    expected.sort();
    QCOMPARE(found, expected);
    for (const auto &x : std::as_const(*diffs)) {
        QCOMPARE(x.canApply(), x.kind == ReconciliationDifference::Kind::PaidAtChannelUnpaidHere);
        if (x.kind == ReconciliationDifference::Kind::AmountMismatch) {
            QCOMPARE(x.ourAmount.fen(), 100);
            QCOMPARE(x.channelAmount.fen(), 99);
        }
    }

    // Apply the missed notification.
    const auto missed = *std::find_if(diffs->cbegin(), diffs->cend(), [](const auto &x) { return x.canApply(); });
    QCOMPARE(reconciler.apply(missed, {u"alice"_s, u"finance"_s}, u" "_s).error().code, u"REASON_REQUIRED"_s);
    auto applied = reconciler.apply(missed, {u"alice"_s, u"finance"_s}, u"WeChat bill of 2026-01-30"_s);
    QVERIFY2(applied.ok(), qPrintable(applied.errorMessage()));
    QVERIFY(*applied);
    auto paid = repo.findBySn(a.orderSn);
    QVERIFY((*paid)->isPaid());
    QCOMPARE((*paid)->transactionId, u"4200A"_s);
    QCOMPARE((*paid)->payWay, PayWay::WeChat);
    QCOMPARE((*paid)->payTime, beijing(30, 8, 30));
    auto audit = AuditLog(db).forObject(a.orderSn);
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->first().action, QString(AuditAction::ReconciliationApplied));
    QCOMPARE(audit->first().reason, u"WeChat bill of 2026-01-30"_s);
    QCOMPARE(audit->first().details.value(u"transaction_id"_s).toString(), u"4200A"_s);
    auto again = reconciler.apply(missed, {u"alice"_s, u"finance"_s}, u"again"_s);
    QVERIFY(again.ok());
    QVERIFY(!*again);
    QCOMPARE(AuditLog(db).forObject(a.orderSn)->size(), 1);

    auto after = reconciler.compare(*statement, beijing(30, 0), beijing(31, 0));
    QCOMPARE(after->size(), 4);
    for (const auto &x : std::as_const(*after))
        QVERIFY(x.orderSn != a.orderSn);
}

void TestReconciler::parsesAlipayBill()
{
    const QString bill = u"#支付宝业务明细查询\r\n#账号：[20880000000000010156]\r\n#起始日期：[2026年01月30日 00:00:00]   终止日期：[2026年01月31日 00:00:00]\r\n"
                         u"#-----------------------------------------业务明细列表----------------------------------------\r\n"
                         u"支付宝交易号,商户订单号,业务类型,商品名称,创建时间,完成时间,门店编号,门店名称,操作员,终端号,对方账户,订单金额（元）,商家实收（元）,支付宝红包（元）,集分宝（元）,支付宝优惠（元）,商家优惠（元）,券核销金额（元）,券名称,商家红包消费金额（元）,卡消费金额（元）,退款批次号/请求号,服务费（元）,分润（元）,备注\r\n"
                         u"2026013022001400000000000001\t,MC202601301234561234\t,交易,营销聊天诚意金,2026-01-30 12:00:00,2026-01-30 12:00:05,,,,,buyer@example.com,1.29,1.29,0.00,0.00,0.00,0.00,0.00,,0.00,0.00,,-0.01,0.00,\r\n"
                         u"2026013022001400000000000001\t,MC202601301234561234\t,退款,营销聊天诚意金,2026-01-30 12:00:00,2026-01-30 13:00:00,,,,,buyer@example.com,1.29,-0.29,0.00,0.00,0.00,0.00,0.00,,0.00,0.00,MC202601301234561234R01,0.00,0.00,\r\n"
                         u"#-----------------------------------------业务明细列表结束------------------------------------\r\n"
                         u"#交易合计：1笔，商家实收共1.29元\r\n"_s;
    auto s = Statement::parse(bill.toUtf8());
    QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
    QCOMPARE(s->channel, PayWay::Alipay);
    QCOMPARE(s->lines.size(), 2);
    QCOMPARE(s->lines.at(0).kind, StatementLine::Kind::Payment);
    QCOMPARE(s->lines.at(0).outTradeNo, u"MC202601301234561234"_s);
    QCOMPARE(s->lines.at(0).amount.fen(), 129);
    QCOMPARE(s->lines.at(0).timeSecs, beijing(30, 12) + 5);
    QCOMPARE(s->lines.at(1).kind, StatementLine::Kind::Refund);
    QCOMPARE(s->lines.at(1).amount.fen(), 29);
    QCOMPARE(s->lines.at(1).outRefundNo, u"MC202601301234561234R01"_s);
    QCOMPARE(s->lines.at(1).refundStatus, u"SUCCESS"_s);
}

void TestReconciler::rejectsUnknownFormat()
{
    QCOMPARE(Statement::parse("a,b,c\r\n1,2,3\r\n").error().code, u"FORMAT"_s);
    QVERIFY(!Statement::parse("\xff\xfe\x00garbage").ok());
}

QTEST_GUILESS_MAIN(TestReconciler)
#include "tst_reconciler.moc"
