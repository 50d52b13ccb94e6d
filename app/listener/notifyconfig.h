#pragma once

#include "channels/wechatnotificationverifier.h"
#include "crypto/rsapublickey.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// What the listener needs to accept notifications: ids to check and keys to verify with.
// Secrets (the APIv3 key, the v2 API key) are held here in memory only.
struct NotifyConfig
{
    struct WeChat
    {
        QString mchid;
        QStringList appids;           // mini program, official account…
        QByteArray apiV3Key;          // 32 bytes
        WeChatPlatformKeys platformKeys;
        bool legacyV2 = false;        // accept v2 XML notifications (opt-in)
        QByteArray v2ApiKey;
        bool isConfigured() const { return !mchid.isEmpty() && apiV3Key.size() == 32 && !platformKeys.isEmpty(); }
    } wechat;

    struct Alipay
    {
        QString appId;
        QString sellerId;             // optional check
        RsaPublicKey alipayPublicKey;
        bool isConfigured() const { return !appId.isEmpty() && !alipayPublicKey.isNull(); }
    } alipay;
};

// Resource limits of the listener's HTTP server.
struct NotifyLimits
{
    qsizetype maxBodyBytes = 64 * 1024;   // larger bodies get 413
    qsizetype maxHeadBytes = 16 * 1024;   // request line + headers; larger gets 431
    int maxHeaderCount = 64;
    int idleTimeoutMs = 15'000;           // a connection without a complete request is closed
    int requestTimeoutMs = 30'000;        // a request must arrive whole within this time
    int maxConnections = 64;              // more get 503 and are closed
    int processingThreads = 2;            // threads verifying and applying, each with its own connection
};
