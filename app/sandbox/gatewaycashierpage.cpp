#include "gatewaycashierpage.h"

using namespace Qt::StringLiterals;

namespace GatewayCashierPage {
namespace {

// Both languages are shown at once (the payer may read either), so these texts are
// written out rather than translated.
const QString style = uR"(
  :root { color-scheme: light; }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: -apple-system, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
         background: #f2f3f5; color: #1f2329; }
  main { max-width: 420px; margin: 0 auto; padding: 16px; }
  .banner { background: #fff7e6; color: #ad6800; border: 1px solid #ffd591; border-radius: 8px;
            padding: 8px 12px; font-size: 13px; margin-bottom: 12px; }
  .card { background: #fff; border-radius: 12px; padding: 20px; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
  .amount { font-size: 40px; font-weight: 600; text-align: center; margin: 8px 0 16px; }
  .amount small { font-size: 22px; }
  dl { display: grid; grid-template-columns: auto 1fr; gap: 8px 12px; margin: 0; font-size: 14px; }
  dt { color: #646a73; } dd { margin: 0; word-break: break-all; text-align: right; }
  form { margin: 0; }
  button { display: block; width: 100%; margin-top: 12px; padding: 14px; border-radius: 8px; border: 1px solid #d0d3d6;
           font-size: 16px; background: #fff; color: #1f2329; }
  button.pay { background: #07c160; border-color: #07c160; color: #fff; font-weight: 600; }
  button.pay.alipay { background: #1677ff; border-color: #1677ff; }
  button.fail { color: #d4380d; }
  .state { text-align: center; font-size: 20px; margin: 8px 0 16px; }
  .muted { color: #646a73; font-size: 13px; text-align: center; margin-top: 16px; }
)"_s;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString page(const QString &title, const QString &body)
{
    return u"<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
           u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           u"<title>"_s
        + esc(title) + u"</title><style>"_s + style + u"</style></head><body><main>\n"
        + u"<div class=\"banner\">沙箱环境，不会产生真实扣款 · Sandbox: no real money moves</div>\n"_s + body
        + u"</main></body></html>\n"_s;
}

QString channelName(const SandboxTrade &trade)
{
    return trade.channel() == PayWay::Alipay ? u"支付宝 Alipay"_s : u"微信支付 WeChat Pay"_s;
}

QString stateText(const SandboxTrade &trade)
{
    switch (trade.state) {
    case SandboxTrade::State::NotPaid: return u"待支付 · Not paid"_s;
    case SandboxTrade::State::Paid: return u"已支付 · Paid"_s;
    case SandboxTrade::State::PayError: return u"支付失败 · Payment failed"_s;
    case SandboxTrade::State::Closed: return u"已关闭 · Closed"_s;
    }
    return {};
}

QString details(const SandboxTrade &trade, const GatewayCashierPage::Merchant *merchant)
{
    QString out = u"<dl>"_s;
    const auto row = [&out](const QString &label, const QString &value) {
        out += u"<dt>"_s + label + u"</dt><dd>"_s + esc(value) + u"</dd>"_s;
    };
    if (merchant) {
        row(u"收款方 Payee"_s, merchant->name);
        if (!merchant->accountId.isEmpty())
            row(u"商户号 Merchant"_s, merchant->accountId);
    }
    row(u"商品 Item"_s, trade.description);
    row(u"订单号 Order"_s, trade.outTradeNo);
    row(u"支付方式 Channel"_s, channelName(trade) + u" · "_s + sandboxSceneDisplayName(trade.scene));
    row(u"状态 State"_s, stateText(trade));
    if (!trade.transactionId.isEmpty())
        row(u"交易号 Transaction"_s, trade.transactionId);
    return out + u"</dl>\n"_s;
}

QString amountBlock(const SandboxTrade &trade)
{
    return u"<div class=\"amount\"><small>¥</small>"_s + esc(trade.amount.toString()) + u"</div>\n"_s;
}

QString button(const QString &action, const QString &cssClass, const QString &label)
{
    return u"<form method=\"post\" action=\""_s + esc(action) + u"\"><button type=\"submit\" class=\""_s + cssClass
        + u"\">"_s + label + u"</button></form>\n"_s;
}

} // namespace

QByteArray cashier(const SandboxTrade &trade, const Merchant &merchant, const QString &actionBase)
{
    QString body = u"<div class=\"card\">\n"_s + amountBlock(trade) + details(trade, &merchant);
    if (trade.state == SandboxTrade::State::NotPaid || trade.state == SandboxTrade::State::PayError) {
        const QString payClass = trade.channel() == PayWay::Alipay ? u"pay alipay"_s : u"pay"_s;
        body += button(actionBase + u"/pay"_s, payClass, u"确认支付 · Pay"_s);
        body += button(actionBase + u"/fail"_s, u"fail"_s, u"支付失败（余额不足）· Fail (insufficient balance)"_s);
        body += button(actionBase + u"/cancel"_s, u"cancel"_s, u"取消支付 · Cancel"_s);
        body += button(actionBase + u"/leave"_s, u"leave"_s, u"暂不支付 · Leave unpaid"_s);
    } else {
        body += u"<p class=\"muted\">该订单已无法支付 · This trade can no longer be paid.</p>\n"_s;
    }
    body += u"</div>\n"_s;
    return page(u"收银台 · Cashier"_s, body).toUtf8();
}

QByteArray decided(const SandboxTrade &trade, CashierOutcome outcome)
{
    QString headline;
    switch (outcome) {
    case CashierOutcome::Pay: headline = u"支付成功 · Paid"_s; break;
    case CashierOutcome::Cancel: headline = u"已取消支付 · Payment cancelled"_s; break;
    case CashierOutcome::Fail: headline = u"支付失败：余额不足 · Payment failed: insufficient balance"_s; break;
    case CashierOutcome::LeaveUnpaid: headline = u"订单未支付 · Left unpaid"_s; break;
    }
    const QString body = u"<div class=\"card\">\n<div class=\"state\">"_s + esc(headline) + u"</div>\n"_s
        + amountBlock(trade) + details(trade, nullptr)
        + u"<p class=\"muted\">可关闭此页面 · You may close this page.</p>\n</div>\n"_s;
    return page(headline, body).toUtf8();
}

QByteArray error(const QString &title, const QString &code, const QString &message)
{
    QString body = u"<div class=\"card\">\n<div class=\"state\">"_s + esc(title) + u"</div>\n"_s;
    if (!code.isEmpty())
        body += u"<p class=\"muted\"><code>"_s + esc(code) + u"</code></p>\n"_s;
    body += u"<p>"_s + esc(message) + u"</p>\n</div>\n"_s;
    return page(title, body).toUtf8();
}

} // namespace GatewayCashierPage
