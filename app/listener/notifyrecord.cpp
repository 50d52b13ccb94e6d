#include "notifyrecord.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace {
struct VerdictName
{
    NotifyVerdict verdict;
    QLatin1StringView key;
    const char *display;
};

constexpr std::array<VerdictName, 18> verdictNames{{
    {NotifyVerdict::Applied, "applied"_L1, QT_TRANSLATE_NOOP("NotifyVerdict", "Paid")},
    {NotifyVerdict::Duplicate, "duplicate"_L1, QT_TRANSLATE_NOOP("NotifyVerdict", "Duplicate")},
    {NotifyVerdict::NotPaid, "not_paid"_L1, QT_TRANSLATE_NOOP("NotifyVerdict", "Not a payment")},
    {NotifyVerdict::RefundRecorded, "refund"_L1, QT_TRANSLATE_NOOP("NotifyVerdict", "Refund")},
    {NotifyVerdict::SignProbe, "sign_probe"_L1, QT_TRANSLATE_NOOP("NotifyVerdict", "Signature probe")},
    {NotifyVerdict::BadSignature, "bad_signature"_L1, QT_TRANSLATE_NOOP("NotifyVerdict", "Bad signature")},
    {NotifyVerdict::UnknownSerial, "unknown_serial"_L1, QT_TRANSLATE_NOOP("NotifyVerdict", "Unknown key serial")},
    {NotifyVerdict::StaleTimestamp, "stale_timestamp"_L1, QT_TRANSLATE_NOOP("NotifyVerdict", "Stale timestamp")},
    {NotifyVerdict::Malformed, "malformed"_L1, QT_TRANSLATE_NOOP("NotifyVerdict", "Malformed")},
    {NotifyVerdict::DecryptFailed, "decrypt_failed"_L1, QT_TRANSLATE_NOOP("NotifyVerdict", "Decryption failed")},
    {NotifyVerdict::UnsupportedAlgorithm, "unsupported_algorithm"_L1,
     QT_TRANSLATE_NOOP("NotifyVerdict", "Unsupported algorithm")},
    {NotifyVerdict::WrongMerchant, "wrong_merchant"_L1, QT_TRANSLATE_NOOP("NotifyVerdict", "Wrong merchant")},
    {NotifyVerdict::UnknownOrder, "unknown_order"_L1, QT_TRANSLATE_NOOP("NotifyVerdict", "Unknown order")},
    {NotifyVerdict::AmountMismatch, "amount_mismatch"_L1, QT_TRANSLATE_NOOP("NotifyVerdict", "Amount mismatch")},
    {NotifyVerdict::ChannelNotConfigured, "not_configured"_L1,
     QT_TRANSLATE_NOOP("NotifyVerdict", "Channel not configured")},
    {NotifyVerdict::WrongContentType, "wrong_content_type"_L1, QT_TRANSLATE_NOOP("NotifyVerdict", "Wrong content type")},
    {NotifyVerdict::TooLarge, "too_large"_L1, QT_TRANSLATE_NOOP("NotifyVerdict", "Too large")},
    {NotifyVerdict::DatabaseError, "database_error"_L1, QT_TRANSLATE_NOOP("NotifyVerdict", "Database error")},
}};
} // namespace

QString notifyVerdictKey(NotifyVerdict verdict)
{
    for (const auto &n : verdictNames)
        if (n.verdict == verdict)
            return n.key;
    return u"unknown"_s;
}

std::optional<NotifyVerdict> notifyVerdictFromKey(QStringView key)
{
    for (const auto &n : verdictNames)
        if (key == n.key)
            return n.verdict;
    return std::nullopt;
}

QString notifyVerdictDisplayName(NotifyVerdict verdict)
{
    for (const auto &n : verdictNames)
        if (n.verdict == verdict)
            return QCoreApplication::translate("NotifyVerdict", n.display);
    return {};
}

bool notifyVerdictAcknowledged(NotifyVerdict verdict)
{
    return verdict == NotifyVerdict::Applied || verdict == NotifyVerdict::Duplicate || verdict == NotifyVerdict::NotPaid
        || verdict == NotifyVerdict::RefundRecorded;
}
