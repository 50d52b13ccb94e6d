#pragma once

#include "boundedhttpserver.h"
#include "db/database.h"
#include "notifyconfig.h"
#include "notifyrecord.h"
#include "orders/paytypes.h"

#include <functional>
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
    void raiseAlert(const NotifyRecord &record, const QString &kind, std::optional<qint64> expectedFen,
                    const QString &message);
    HttpReply acknowledgement(const NotifyRecord &record) const;

    Database m_db;
    NotifyConfig m_config;
    Clock m_clock;
};

// HTTP status answered for a verdict.
int notifyVerdictHttpStatus(NotifyVerdict verdict);
