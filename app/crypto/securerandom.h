#pragma once

#include <QByteArray>
#include <QString>

// Randomness from the operating system's CSPRNG (OpenSSL's RAND_bytes).
namespace SecureRandom {
// n random bytes; aborts the process if the generator fails (no insecure fallback).
QByteArray bytes(qsizetype n);
// n characters of [0-9A-Za-z], uniformly distributed (rejection sampling): the nonce_str
// of WeChat Pay requests.
QString nonceString(qsizetype n = 32);
// n uniformly random decimal digits (ids, trade numbers).
QString digits(qsizetype n);
} // namespace SecureRandom
