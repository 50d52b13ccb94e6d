#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <optional>

// What the listener decided about one notification.
enum class NotifyVerdict : int {
    Applied,              // verified, amount matched, the order turned paid by this notification
    Duplicate,            // verified, the order was already paid: acknowledged, nothing changed
    NotPaid,              // verified, a state that is not "paid" (NOTPAY, WAIT_BUYER_PAY…): acknowledged
    RefundRecorded,       // verified refund notification: journaled and acknowledged
    SignProbe,            // WECHATPAY/SIGNTEST/ probe
    BadSignature,
    UnknownSerial,
    StaleTimestamp,
    Malformed,
    DecryptFailed,
    UnsupportedAlgorithm,
    WrongMerchant,        // appid/mchid (app_id/seller_id) not ours
    UnknownOrder,
    AmountMismatch,
    ChannelNotConfigured,
    WrongContentType,
    TooLarge,
    DatabaseError,
};

// Stable ASCII name stored in the journal: "applied", "sign_probe", …
QString notifyVerdictKey(NotifyVerdict verdict);
std::optional<NotifyVerdict> notifyVerdictFromKey(QStringView key);
// Translated name for people.
QString notifyVerdictDisplayName(NotifyVerdict verdict);
// Whether the channel was told "success" (it stops retrying).
bool notifyVerdictAcknowledged(NotifyVerdict verdict);

// One journal row: a notification and what was answered. Never holds a secret: the
// headers are stored without Authorization/Cookie, and bodies of WeChat v3 are encrypted.
struct NotifyRecord
{
    qint64 id = 0;
    qint64 receivedAtMs = 0;
    QString channel;      // wechat, wechat_v2, alipay
    QString route;        // /api/pay/notifyMnp
    QString remote;       // peer address
    QByteArray headersJson;
    QByteArray body;
    NotifyVerdict verdict = NotifyVerdict::Malformed;
    int httpStatus = 0;
    QString orderSn;
    QString transactionId;
    std::optional<qint64> notifiedFen;
    bool transitioned = false;
    QString error;
    qint64 latencyUs = 0;
};

Q_DECLARE_METATYPE(NotifyRecord)
