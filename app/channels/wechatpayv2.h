#pragma once

#include "result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

// WeChat Pay API v2 (legacy XML), kept only for the listener's opt-in legacy mode: the
// seed's PHP server used it. sign = upper-case hex of MD5("k=v&…&key=API_KEY") or of
// HMAC-SHA256 with the key, over the non-empty parameters except sign, sorted by key.
namespace WeChatPayV2 {

enum class SignType { Md5, HmacSha256 };

QByteArray sign(const QMap<QString, QString> &params, const QByteArray &apiKey, SignType type);

// Parses a notification (<xml>…</xml>, no DTD), checks return_code and the sign; the
// fields are returned for the listener to check (result_code, mch_id, total_fee…).
// Error codes: MALFORMED, BAD_SIGNATURE.
Result<QMap<QString, QString>> verifyNotification(const QByteArray &xml, const QByteArray &apiKey);

QByteArray toXml(const QMap<QString, QString> &params);
QByteArray successReply();
QByteArray failReply(const QString &message);

} // namespace WeChatPayV2
