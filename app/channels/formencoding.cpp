#include "formencoding.h"

#include <QSet>
#include <QStringDecoder>
#include <QUrl>

namespace FormEncoding {
namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::optional<QString> decodeComponent(QByteArrayView part)
{
    QByteArray bytes;
    bytes.reserve(part.size());
    for (qsizetype i = 0; i < part.size(); ++i) {
        const char c = part[i];
        if (c == '+') {
            bytes.append(' ');
        } else if (c == '%') {
            if (i + 2 >= part.size())
                return std::nullopt;
            const int hi = hexValue(part[i + 1]);
            const int lo = hexValue(part[i + 2]);
            if (hi < 0 || lo < 0)
                return std::nullopt;
            bytes.append(char(hi * 16 + lo));
            i += 2;
        } else {
            bytes.append(c);
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace

std::optional<Fields> decode(QByteArrayView body)
{
    Fields fields;
    QSet<QString> seen;
    if (body.isEmpty())
        return fields;
    for (const QByteArrayView pair : QByteArrayView(body).toByteArray().split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const auto key = decodeComponent(eq < 0 ? pair : pair.first(eq));
        const auto value = decodeComponent(eq < 0 ? QByteArrayView() : pair.sliced(eq + 1));
        if (!key || !value || key->isEmpty() || seen.contains(*key))
            return std::nullopt;
        seen.insert(*key);
        fields.append({*key, *value});
    }
    return fields;
}

QByteArray encodeComponent(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

QByteArray encode(const Fields &fields)
{
    QByteArray out;
    for (const auto &[key, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += encodeComponent(key) + '=' + encodeComponent(value);
    }
    return out;
}

} // namespace FormEncoding
