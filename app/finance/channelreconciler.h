#pragma once

#include "channels/alipaysigner.h"
#include "db/database.h"
#include "finance/reconciler.h"
#include "result.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class ChannelClient;
class ChannelRefundGateway;

struct ChannelReconciliation
{
    QList<ReconciliationDifference> differences;
    int queried = 0;     // channel calls answered
    QStringList errors;  // calls that failed (timeouts…): those orders were not checked
};

// Reconciles a range of days by asking the channels: every unpaid order created in the range
// (on every configured channel), every order paid in the range (on its channel) and every
// refund that succeeded in the range. Reports the same differences as a statement import:
// paid at the channel but unpaid here (apply with Reconciler::apply), paid here but not at the
// channel, amounts that differ, refunds without success. A few calls run at a time.
class ChannelReconciler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelReconciler)

public:
    struct Options
    {
        QString weChatMchid;        // empty: WeChat Pay is not asked
        AlipaySigner alipaySigner;  // invalid: Alipay is not asked
        int concurrency = 4;
        int maxOrders = 5000;       // a larger range is refused: choose fewer days
    };
    using Callback = std::function<void(Result<ChannelReconciliation>)>;

    ChannelReconciler(Database database, ChannelClient *client, Options options, QObject *parent = nullptr);
    ~ChannelReconciler() override;

    // done runs once, on this object's thread.
    void run(qint64 fromSecs, qint64 toSecs, Callback done);

Q_SIGNALS:
    void progress(int done, int total);

private:
    struct Run;
    void next(std::shared_ptr<Run> run);

    Database m_db;
    QPointer<ChannelClient> m_client;
    Options m_options;
    std::unique_ptr<ChannelRefundGateway> m_refunds;
};
