#pragma once

#include "sandboxidentity.h"
#include "sandboxledger.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

class BoundedHttpServer;

// One request the gateway answered, for the test payment console's timeline.
struct GatewayExchange
{
    qint64 atMs = 0;             // Unix milliseconds
    QByteArray method;
    QString path;                // with the query; secrets never appear in it
    QString operation;           // "jsapi prepay", "trade.query", "cashier"…
    QString outTradeNo;
    int status = 0;
    bool signatureVerified = false; // the merchant's request signature held
    QString error;               // the error code answered, if any
    QByteArray requestBody;
    QByteArray responseBody;
};
Q_DECLARE_METATYPE(GatewayExchange)

// Local HTTP endpoints that behave like WeChat Pay API v3 and the Alipay open-platform
// gateway, so that ChannelClient works unchanged with its base URLs pointed here:
//
//   POST /v3/pay/transactions/jsapi | /h5           prepay (h5_url leads to the cashier)
//   GET  /v3/pay/transactions/out-trade-no/{no}?mchid=…   query (also /id/{transaction_id})
//   POST /v3/pay/transactions/out-trade-no/{no}/close     204
//   POST /v3/refund/domestic/refunds                refund;  GET …/refunds/{out_refund_no}
//   GET|POST /gateway.do   alipay.trade.wap.pay / page.pay → the cashier;
//                          alipay.trade.query / refund / close → signed JSON answers
//   GET  /sandbox/cashier/{out_trade_no}            the H5 cashier page (Pay / Cancel / Fail)
//   POST /sandbox/cashier/{out_trade_no}/{pay|cancel|fail}
//
// Requests must be signed by the sandbox merchant (WeChat: Authorization with the merchant
// certificate's serial; Alipay: RSA2 with the app key) — a bad signature gets the channel's
// own error (401 SIGN_ERROR / 40002 isv.invalid-signature). Answers are signed like the
// real ones (Wechatpay-* headers with the platform key; Alipay "sign" over the raw response
// node with the Alipay key). State lives in the ledger. Runs in the thread that owns it.
class SandboxGateway final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxGateway)

public:
    SandboxGateway(SandboxIdentity identity, std::shared_ptr<SandboxLedger> ledger, QObject *parent = nullptr);
    ~SandboxGateway() override;

    // Port 0 picks a free one.
    Status start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void stop();
    bool isRunning() const;
    quint16 port() const;

    QUrl weChatBaseUrl() const;                              // http://127.0.0.1:<port>
    QUrl alipayGateway() const;                              // http://127.0.0.1:<port>/gateway.do
    QUrl cashierUrl(const QString &outTradeNo) const;        // the H5 cashier page
    // The cashier page of a gateway whose base URL is known (http://127.0.0.1:<port>).
    static QUrl cashierUrl(const QUrl &base, const QString &outTradeNo);

    const SandboxIdentity &identity() const { return m_identity; }
    std::shared_ptr<SandboxLedger> ledger() const { return m_ledger; }

    // The cashier's decision taken outside the H5 page (the desktop cashier dialog):
    // settles the trade exactly as the page's buttons do, and emits cashierDecided.
    Result<SandboxTrade> decide(const QString &outTradeNo, CashierOutcome outcome);

Q_SIGNALS:
    void exchanged(const GatewayExchange &exchange);
    // A payer decided at the cashier (H5 page or decide()); the trade as it is now.
    // Whoever runs the sandbox delivers the notification for a paid trade.
    void cashierDecided(const SandboxTrade &trade, CashierOutcome outcome);
    void refunded(const SandboxTrade &trade, const SandboxRefund &refund);

private:
    struct Private;
    SandboxIdentity m_identity;
    std::shared_ptr<SandboxLedger> m_ledger;
    std::unique_ptr<Private> d;
};
