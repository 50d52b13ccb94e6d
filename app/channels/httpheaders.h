#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

// HTTP header fields as received (the form QNetworkReply::rawHeaderPairs() gives), looked up
// case-insensitively.
using HttpHeaderList = QList<QPair<QByteArray, QByteArray>>;

inline QByteArray httpHeaderValue(const HttpHeaderList &headers, QByteArrayView name, bool *present = nullptr)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            if (present)
                *present = true;
            return value;
        }
    }
    if (present)
        *present = false;
    return {};
}
