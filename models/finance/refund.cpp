#include "finance/refund.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Refunds {

namespace {
constexpr RefundStatus allStatuses[] = {RefundStatus::Pending, RefundStatus::Processing, RefundStatus::Success,
                                        RefundStatus::Closed, RefundStatus::Abnormal, RefundStatus::Failed};
constexpr RefundReason allReasons[] = {RefundReason::DuplicatePayment, RefundReason::RequestedByCustomer,
                                       RefundReason::Other};
} // namespace

QString statusKey(RefundStatus status)
{
    switch (status) {
    case RefundStatus::Pending:
        return u"PENDING"_s;
    case RefundStatus::Processing:
        return u"PROCESSING"_s;
    case RefundStatus::Success:
        return u"SUCCESS"_s;
    case RefundStatus::Closed:
        return u"CLOSED"_s;
    case RefundStatus::Abnormal:
        return u"ABNORMAL"_s;
    case RefundStatus::Failed:
        return u"FAILED"_s;
    }
    return u"FAILED"_s;
}

std::optional<RefundStatus> statusFromKey(QStringView key)
{
    for (RefundStatus s : allStatuses)
        if (key == statusKey(s))
            return s;
    return std::nullopt;
}

QString statusDisplayName(RefundStatus status)
{
    switch (status) {
    case RefundStatus::Pending:
        return QCoreApplication::translate("Refunds", "Requested");
    case RefundStatus::Processing:
        return QCoreApplication::translate("Refunds", "Processing");
    case RefundStatus::Success:
        return QCoreApplication::translate("Refunds", "Refunded");
    case RefundStatus::Closed:
        return QCoreApplication::translate("Refunds", "Closed");
    case RefundStatus::Abnormal:
        return QCoreApplication::translate("Refunds", "Abnormal");
    case RefundStatus::Failed:
        return QCoreApplication::translate("Refunds", "Refused");
    }
    return {};
}

bool isFinal(RefundStatus status)
{
    return status == RefundStatus::Success || status == RefundStatus::Closed || status == RefundStatus::Failed;
}

bool holdsAmount(RefundStatus status)
{
    return status == RefundStatus::Pending || status == RefundStatus::Processing || status == RefundStatus::Success
        || status == RefundStatus::Abnormal;
}

bool canMove(RefundStatus from, RefundStatus to)
{
    if (from == to)
        return true;
    switch (from) {
    case RefundStatus::Pending:
        return true;
    case RefundStatus::Processing:
        return to == RefundStatus::Success || to == RefundStatus::Closed || to == RefundStatus::Abnormal;
    case RefundStatus::Abnormal:
        return to == RefundStatus::Success || to == RefundStatus::Closed;
    case RefundStatus::Failed:
        return to == RefundStatus::Pending; // retried with the same out_refund_no
    case RefundStatus::Success:
    case RefundStatus::Closed:
        return false;
    }
    return false;
}

QString reasonKey(RefundReason reason)
{
    switch (reason) {
    case RefundReason::DuplicatePayment:
        return u"duplicate"_s;
    case RefundReason::RequestedByCustomer:
        return u"customer"_s;
    case RefundReason::Other:
        return u"other"_s;
    }
    return u"other"_s;
}

std::optional<RefundReason> reasonFromKey(QStringView key)
{
    for (RefundReason r : allReasons)
        if (key == reasonKey(r))
            return r;
    return std::nullopt;
}

QString reasonDisplayName(RefundReason reason)
{
    switch (reason) {
    case RefundReason::DuplicatePayment:
        return QCoreApplication::translate("Refunds", "Duplicate payment");
    case RefundReason::RequestedByCustomer:
        return QCoreApplication::translate("Refunds", "Requested by the customer");
    case RefundReason::Other:
        return QCoreApplication::translate("Refunds", "Other");
    }
    return {};
}

QString orderStateKey(OrderRefundState state)
{
    switch (state) {
    case OrderRefundState::None:
        return u"none"_s;
    case OrderRefundState::Partial:
        return u"partial"_s;
    case OrderRefundState::Full:
        return u"full"_s;
    }
    return u"none"_s;
}

QString orderStateDisplayName(OrderRefundState state)
{
    switch (state) {
    case OrderRefundState::None:
        return QCoreApplication::translate("Refunds", "Not refunded");
    case OrderRefundState::Partial:
        return QCoreApplication::translate("Refunds", "Partially refunded");
    case OrderRefundState::Full:
        return QCoreApplication::translate("Refunds", "Refunded");
    }
    return {};
}

} // namespace Refunds
