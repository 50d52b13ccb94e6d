#pragma once

#include "sandboxledger.h"

#include <QByteArray>
#include <QString>

// The HTML pages of the sandbox gateway: the H5 cashier (the seed's mock payment popup made
// real) and the short pages shown after a decision or for an error. Self-contained (no
// external resources), mobile-friendly, Chinese and English side by side; every value is
// HTML-escaped.
namespace GatewayCashierPage {

struct Merchant
{
    QString name;      // shown as the payee
    QString accountId; // WeChat mchid / Alipay seller id
};

// The cashier for a trade; the buttons POST to `actionBase` + "/pay" | "/cancel" | "/fail" | "/leave".
QByteArray cashier(const SandboxTrade &trade, const Merchant &merchant, const QString &actionBase);
// After a decision: what happened to the trade.
QByteArray decided(const SandboxTrade &trade, CashierOutcome outcome);
// An error page (unknown trade, bad signature…): a title, the channel's code, a message.
QByteArray error(const QString &title, const QString &code, const QString &message);

} // namespace GatewayCashierPage
