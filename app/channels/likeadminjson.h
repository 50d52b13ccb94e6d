#pragma once

#include "orders/money.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

// The JSON of a likeadmin server's API, read and written without ever passing money
// through a double: the envelope {"code":1|0|-1,"show":0|1,"msg":"…","data":…} and amounts
// as JSON numbers (0.4) or decimal text ("0.40").
namespace LikeadminJson {

// The raw text of a top-level member's value in a JSON object (a number's digits, a
// string with its quotes, an object or array with its brackets), or nullopt when the
// member is absent or the text is not a JSON object.
std::optional<QByteArray> rawMember(QByteArrayView json, QByteArrayView name);

// An amount written as a JSON number ("0.29") or string ("\"0.29\""), parsed as decimal
// text into fen.
Result<Money> parseAmount(QByteArrayView rawValue);

// An amount as the seed's API writes it: a JSON number with no trailing zeros (0.4, 12, 0.29).
QByteArray amountNumber(Money amount);

// A JSON string literal, quotes included.
QByteArray quoted(const QString &text);

// {"code":…,"show":…,"msg":"…","data":<rawData>} in likeadmin's member order; rawData must be
// JSON text ("[]" when there is none).
QByteArray envelope(int code, int show, const QString &msg, const QByteArray &rawData = QByteArrayLiteral("[]"));

} // namespace LikeadminJson
