#pragma once

#include "orders/money.h"
#include "orders/order.h"
#include "orders/paytypes.h"
#include "result.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// A client for a likeadmin server's marketing-chat endpoints, as a logged-in user of the
// front end calls them (the `token` header):
//   POST /api/pay/createMarketingChatOrder {amount, remark?} -> {order_id, order_sn, order_amount}
//   POST /api/pay/unifiedpay {order_id, pay_way, from}       -> the pay parameters (data)
// Answers are read from the envelope {"code","show","msg","data"}: code 1 is success, 0 a
// refusal (REFUSED, with the server's msg), -1 an invalid or expired token (TOKEN_INVALID).
// Amounts travel as decimal text, never through a double. Other failures: TIMEOUT, NETWORK,
// HTTP_<n>, MALFORMED. Callbacks run on the context's thread, always asynchronously.
class LikeadminClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LikeadminClient)

public:
    using OrderCallback = std::function<void(Result<CreatedOrder>)>;
    using DataCallback = std::function<void(Result<QJsonValue>)>;

    // baseUrl: the server's root ("https://shop.example.com"); "/api/pay/…" is appended.
    LikeadminClient(QNetworkAccessManager *network, QUrl baseUrl, QString token, QObject *parent = nullptr);

    void setToken(const QString &token) { m_token = token; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    const QUrl &baseUrl() const { return m_baseUrl; }

    void createMarketingChatOrder(Money amount, const QString &remark, QObject *context, OrderCallback done);
    // terminal: empty = the server's default; "mnp", "oa", "h5", "pc" (the stand-in reads it).
    void unifiedpay(qint64 orderId, PayWay payWay, QObject *context, DataCallback done,
                    const QString &from = QStringLiteral("marketing_chat"), const QString &terminal = {});

private:
    using RawCallback = std::function<void(Result<QByteArray>)>; // the raw "data" text
    void post(const QString &path, const QByteArray &jsonBody, QObject *context, RawCallback done);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = 15'000;
};
