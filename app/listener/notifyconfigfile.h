#pragma once

#include "notifyconfig.h"
#include "result.h"

#include <QHostAddress>
#include <QString>

// The configuration file of `mcpay-admin serve` (JSON; documented in docs/serve.md).
// Non-secret ids are written in the file; secrets come from key files (which must not be
// readable or writable by group or others) or from environment variables; public keys
// and certificates from PEM files.
struct NotifyConfigFile
{
    NotifyConfig config;
    QString listen; // "HOST:PORT" when the file sets it

    // Every problem is reported with what to fix (the field, the file, the command).
    static Result<NotifyConfigFile> load(const QString &path);
};

// "127.0.0.1:8787", "[::1]:8787", "0.0.0.0:8787".
struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;
    static Result<ListenAddress> parse(const QString &text);
};

struct ChannelConfig;

// The listener configuration of the desktop application: ids from the channel settings,
// secrets from the keychain (empty when absent: that channel then answers 503 until it
// is configured).
Result<NotifyConfig> notifyConfigFromChannels(const ChannelConfig &channels, const QByteArray &weChatApiV3Key,
                                              const QByteArray &weChatV2Key, const QByteArray &alipayPublicKey);

// Reads a secret file, refusing files that group or others may read or write.
Result<QByteArray> readSecretFile(const QString &path);
