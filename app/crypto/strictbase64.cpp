#include "strictbase64.h"

namespace StrictBase64 {

std::optional<QByteArray> decode(QByteArrayView text)
{
    if (text.isEmpty() || text.size() % 4 != 0)
        return std::nullopt;
    qsizetype padding = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '+' || c == '/';
        if (c == '=') {
            if (i < text.size() - 2)
                return std::nullopt;
            ++padding;
        } else if (!alphabet || padding > 0) {
            return std::nullopt;
        }
    }
    const QByteArray input = text.toByteArray();
    const auto result = QByteArray::fromBase64Encoding(input, QByteArray::AbortOnBase64DecodingErrors);
    if (result.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return std::nullopt;
    // Canonical form only: rejects encodings with non-zero bits after the last byte.
    if (result.decoded.toBase64() != input)
        return std::nullopt;
    return result.decoded;
}

QByteArray encode(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64();
}

} // namespace StrictBase64
