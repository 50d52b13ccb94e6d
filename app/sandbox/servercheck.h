#pragma once

#include "db/databaseurl.h"
#include "orders/order.h"
#include "notificationfactory.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class DeliveryEngine;
class LikeadminClient;
class QNetworkAccessManager;

// How the check learns whether a notification changed an order.
struct ServerCheckProbe
{
    // Either the server's database: orders are created in it and read back from it
    // (<prefix>marketing_chat_order).
    std::optional<DatabaseUrl> database;
    QString databasePassword;
    // Or its client API: orders are created through POST /api/pay/createMarketingChatOrder
    // (likeadmin envelope, `token` header) and their state read from statusUrl, a URL with
    // {order_id} and/or {order_sn} placeholders answering JSON that holds "pay_status"
    // (1 = paid) somewhere in it.
    QUrl apiBaseUrl;
    QString token;
    QString statusUrl;
};

struct ServerCheckOptions
{
    QUrl notifyUrl;                 // the full notify URL (…/api/pay/notifyMnp or …/aliNotify)
    PayWay channel = PayWay::WeChat;
    SandboxIdentity identity;       // the keys the server under test was configured with
    ServerCheckProbe probe;
    int duplicates = 10;            // concurrent copies in the duplicate check
    int timeoutMs = 10'000;         // per request
};

// One check of the battery.
struct ServerCheckCase
{
    QString key;                    // stable: "genuine", "bad-signature", "duplicates", "sn-truncation"…
    QString title;                  // translated
    bool passed = false;
    bool forged = false;            // a forged notification (counts in forgedAccepted when accepted)
    bool accepted = false;          // the server answered the channel's success
    std::optional<bool> orderPaid;  // what the probe saw afterwards
    int httpStatus = 0;
    QByteArray responseBody;
    QString explanation;            // plain words for a PHP developer: what was sent, what
                                    // came back, why it matters and what to fix
    QString sent;                   // what was sent, one line ("TRANSACTION.SUCCESS MC… 0.29")
    QString error;                  // no HTTP answer: the network error, translated
};
Q_DECLARE_METATYPE(ServerCheckCase)

struct ServerCheckReport
{
    QUrl notifyUrl;
    PayWay channel = PayWay::WeChat;
    QList<ServerCheckCase> cases;
    int forgedAccepted = 0;         // must be 0
    bool allPassed() const;
    QString toText() const;         // translated, for the terminal and the GUI
    QJsonObject toJson() const;
};

// Runs a battery of notifications against a notify endpoint and reports what it did:
// a genuine notification (acknowledged in the channel's exact format and applied), forged
// ones (sign probe, bad signature, unknown serial, stale and future timestamps, tampered
// amount, truncated body, wrong appid / mchid: none may be accepted or applied), a wrong
// amount (must not be applied), a burst of concurrent duplicates (all acknowledged, one
// payment), an unknown order, and the 18-character sn-truncation defect.
//
// Every case uses a fresh unpaid order of 0.29 yuan created through the probe (remark
// "mcpay-admin check-server: <case>"). With the database probe, the sn check also creates a
// decoy order whose sn is the first 18 characters of the real one: a server that cuts
// out_trade_no pays the decoy. Through the client API only the symptom shows (acknowledged,
// not applied). Notifications are sent once each (no retries), with the per-request timeout.
// Database probe calls are blocking and short; everything else is asynchronous.
class ServerCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerCheck)

public:
    ServerCheck(ServerCheckOptions options, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ServerCheck() override;

    void start();
    void cancel();
    bool isRunning() const;
    int caseCount() const;          // how many cases the battery has for this channel

Q_SIGNALS:
    void caseFinished(const ServerCheckCase &result);
    void finished(const ServerCheckReport &report);
    // Setting up failed (database unreachable, order creation refused…): no report.
    void failed(const QString &message);

private:
    struct Private;
    struct ProbedOrder;
    // The probe: create an unpaid order, read an order's state. Failures end the check
    // (failed()); the callbacks run only on success, always from the event loop.
    void createOrder(const QString &key, std::function<void(const CreatedOrder &)> then);
    void readOrder(const CreatedOrder &order, std::function<void(const ProbedOrder &)> then);
    void runNext();
    void runCase();
    void runDuplicates(const CreatedOrder &created);
    void runSnTruncation(const CreatedOrder &created);
    void fail(const QString &message);
    void finishCase(ServerCheckCase result);
    // Calls then() once every delivery in ids has finished (acknowledged or given up).
    void whenDelivered(const QList<qint64> &ids, std::function<void()> then);

    std::unique_ptr<Private> d;
};
