#include "securerandom.h"

#include <openssl/rand.h>

#include <cstdlib>

namespace SecureRandom {

QByteArray bytes(qsizetype n)
{
    QByteArray out(n, Qt::Uninitialized);
    if (n > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), int(n)) != 1)
        qFatal("The system random number generator failed");
    return out;
}

namespace {
// n characters drawn uniformly from the alphabet (bytes at or above the largest multiple of
// its size are rejected, so no character is more likely than another).
QString fromAlphabet(qsizetype n, QLatin1StringView alphabet)
{
    const int size = int(alphabet.size());
    const int limit = 256 - 256 % size;
    QString out;
    out.reserve(n);
    while (out.size() < n) {
        const QByteArray chunk = bytes(n * 2);
        for (const char c : chunk) {
            const int v = static_cast<unsigned char>(c);
            if (v >= limit)
                continue;
            out.append(QLatin1Char(alphabet.at(v % size)));
            if (out.size() == n)
                break;
        }
    }
    return out;
}
} // namespace

QString nonceString(qsizetype n)
{
    return fromAlphabet(n, QLatin1StringView("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"));
}

QString digits(qsizetype n)
{
    return fromAlphabet(n, QLatin1StringView("0123456789"));
}

} // namespace SecureRandom
