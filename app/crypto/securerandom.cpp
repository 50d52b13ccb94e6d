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

QString nonceString(qsizetype n)
{
    static constexpr char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    static constexpr int size = 62;
    static constexpr int limit = 256 - 256 % size; // 248: values at or above are rejected
    QString out;
    out.reserve(n);
    while (out.size() < n) {
        const QByteArray chunk = bytes(n * 2);
        for (const char c : chunk) {
            const int v = static_cast<unsigned char>(c);
            if (v >= limit)
                continue;
            out.append(QLatin1Char(alphabet[v % size]));
            if (out.size() == n)
                break;
        }
    }
    return out;
}

} // namespace SecureRandom
