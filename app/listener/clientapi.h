#pragma once

#include "boundedhttpserver.h"
#include "db/database.h"
#include "sandbox/sandboxidentity.h"
#include "sandbox/sandboxledger.h"

#include <QHash>
#include <QMutex>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

// A stand-in for the seed's client endpoints, so that the uni-app front end can be developed
// against mcpay-admin without the PHP stack:
//
//   POST /api/pay/createMarketingChatOrder   amount (number or decimal text), remark?
//        -> {"code":1,"show":0,"msg":"订单创建成功","data":{"order_id":123,"order_sn":"MC…","order_amount":0.4}}
//   POST /api/pay/unifiedpay   order_id, from = "marketing_chat", pay_way (1 WeChat, 2 Alipay),
//                              terminal? (1|"mnp" mini program, 2|"oa" official account,
//                              3|"h5" browser, 4|"pc"; default mini program)
//        -> data {"config": <pay parameters>, "pay_way": n} as likeadmin's PaymentLogic answers:
//           WeChat mnp/oa: {appId, timeStamp, nonceStr, package, signType, paySign} signed by
//           the sandbox merchant; WeChat h5: the h5_url (text) leading to the sandbox cashier;
//           Alipay: the auto-submit form (HTML text) that posts to the sandbox gateway.
//
// The likeadmin envelope {"code","show","msg","data"}, HTTP 200 always; code -1 when the
// `token` header is missing or unknown, 0 for a refusal (with a message for the payer).
// Orders are read and written in the listener's database through OrderRepository; an order
// must belong to the token's user and be unpaid. unifiedpay opens the trade on the sandbox
// ledger (shared with the sandbox gateway) and records a row in <prefix>mcpay_prepay.
//
// Thread-safe: handle() runs in the listener's worker threads, each with its own database
// connection. Configure before the listener starts.
class ClientApi
{
public:
    // A user token to a user id; nullopt when unknown or expired. Called from several threads.
    using TokenResolver = std::function<std::optional<quint32>(const QString &token)>;

    struct Options
    {
        // Tokens the stand-in accepts without a login: "sandbox-user-1" -> user 1, "sandbox-user-2" -> 2.
        QHash<QString, quint32> sandboxTokens = defaultSandboxTokens();
        // Also accept likeadmin's own sessions (<prefix>user_session: token, user_id,
        // expire_time) when the database has that table.
        bool useSessionTable = true;
        // Where the channels send notifications: a base URL ("http://127.0.0.1:8787") to which
        // the seed's notify route is appended; empty = "http://" + the request's Host header.
        QString notifyBaseUrl;
    };

    explicit ClientApi(Database database);
    ClientApi(Database database, Options options);

    static QHash<QString, quint32> defaultSandboxTokens();

    // The sandbox channels unifiedpay prepays against; without them unifiedpay refuses.
    void setSandbox(SandboxIdentity identity, std::shared_ptr<SandboxLedger> ledger, QUrl gatewayBase);
    // Where the channels send notifications (see Options::notifyBaseUrl). Thread-safe: may be
    // set once the listener knows its port.
    void setNotifyBaseUrl(const QString &baseUrl);
    // Replaces the default token resolution (sandbox tokens, then the session table).
    void setTokenResolver(TokenResolver resolver) { m_resolver = std::move(resolver); }

    // Whether the path is one of the client endpoints.
    static bool handles(QByteArrayView path);
    HttpReply handle(const HttpRequest &request) const;

private:
    struct Parameters;
    HttpReply createOrder(const HttpRequest &request, quint32 userId, const Parameters &p) const;
    HttpReply unifiedPay(const HttpRequest &request, quint32 userId, const Parameters &p) const;
    std::optional<quint32> resolveToken(const QString &token) const;
    QString notifyUrl(const HttpRequest &request, SandboxScene scene) const;

    Database m_db;
    Options m_options;
    mutable QMutex m_notifyBaseMutex;
    QString m_notifyBaseUrl;
    TokenResolver m_resolver;
    SandboxIdentity m_identity;
    std::shared_ptr<SandboxLedger> m_ledger;
    QUrl m_gatewayBase;
};
