#pragma once

#include "boundedhttpserver.h"
#include "db/database.h"
#include "notifyconfig.h"
#include "notifyjournal.h"
#include "notifyrecord.h"
#include "orders/orderrepository.h"
#include "orders/paytypes.h"

#include <QMutex>

#include <functional>
#include <memory>
#include <optional>

// The notification pipeline, independent of sockets: verify → decrypt → check merchant →
// find the order by the full out_trade_no → paid state → amount in fen → mark paid once →
// journal → acknowledge in the channel's own format. Uses the calling thread's database
// connection; one instance per listener thread.
class NotifyProcessor
{
public:
    using Clock = std::function<qint64()>; // Unix seconds, for the WeChat timestamp window

    struct Outcome
    {
        HttpReply reply;
        std::optional<NotifyRecord> record; // none for requests that are not notifications (404)
        bool journalFailed = false;
    };

    NotifyProcessor(Database database, NotifyConfig config, Clock clock = {});

    void setConfig(NotifyConfig config);
    // SQLite allows one writer at a time and makes the others sleep and retry: processors
    // in several threads of one process share this lock around their short write
    // transactions instead. Not used for MySQL (row locks).
    void setWriteLock(std::shared_ptr<QMutex> lock) { m_writeLock = std::move(lock); }
    const NotifyConfig &config() const { return m_config; }

    Outcome process(const HttpRequest &request);
    // A request the HTTP layer refused before it was read whole (413): journaled when it
    // was addressed to a notification route.
    Outcome refused(const HttpRequest &request, int status);

    enum class Channel { WeChat, Alipay };
    static std::optional<Channel> channelForRoute(QByteArrayView path);

private:
    void handleWeChatV3(const HttpRequest &request, NotifyRecord &record);
    void handleWeChatV2(const HttpRequest &request, NotifyRecord &record);
    void handleAlipay(const HttpRequest &request, NotifyRecord &record);
    // Finds the order, checks the amount, marks it paid, raises alerts.
    void applyPayment(NotifyRecord &record, qint64 notifiedFen, PayWay payWay, qint64 payTime);
    void applyPaymentOnce(NotifyRecord &record, qint64 notifiedFen, PayWay payWay, qint64 payTime);
    static bool isConnectionLossCode(const QString &code);
    void raiseAlert(const NotifyRecord &record, const QString &kind, std::optional<qint64> expectedFen,
                    const QString &message);
    HttpReply acknowledgement(const NotifyRecord &record) const;
    // The HTTP status and the latency, as journaled.
    void finalize(NotifyRecord &record) const;
    // Forgets the prepared statements and this thread's connection (after a database error).
    void releaseConnection();

    Database m_db;
    NotifyConfig m_config;
    Clock m_clock;
    NotifyJournal m_journal;
    OrderRepository m_orders; // statements kept prepared: one instance per thread
    const HttpRequest *m_request = nullptr; // the request being processed
    QString m_lastDatabaseErrorCode;
    std::shared_ptr<QMutex> m_writeLock;
};

// HTTP status answered for a verdict.
int notifyVerdictHttpStatus(NotifyVerdict verdict);
