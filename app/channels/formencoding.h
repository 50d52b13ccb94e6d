#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// application/x-www-form-urlencoded as Alipay posts it: '+' is a space, %2B a plus, values
// are UTF-8. Decoding is strict: a bad %-escape, invalid UTF-8 or a repeated key rejects
// the whole body.
namespace FormEncoding {
using Fields = QList<QPair<QString, QString>>;

std::optional<Fields> decode(QByteArrayView body);
// Encodes with %XX for everything but unreserved characters (space as %20).
QByteArray encode(const Fields &fields);
QByteArray encodeComponent(const QString &value);
} // namespace FormEncoding
