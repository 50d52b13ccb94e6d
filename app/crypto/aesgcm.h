#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>

// AES-256-GCM as WeChat Pay API v3 uses it: a 32-byte key (the APIv3 key's bytes), a
// 12-byte nonce, associated data, and the 16-byte tag appended to the ciphertext.
namespace AesGcm {
inline constexpr qsizetype KeySize = 32;
inline constexpr qsizetype TagSize = 16;

Result<QByteArray> encrypt(QByteArrayView key, QByteArrayView nonce, QByteArrayView associatedData,
                           QByteArrayView plaintext);
// Fails (without returning any plaintext) when the tag does not authenticate the
// ciphertext, nonce and associated data.
Result<QByteArray> decrypt(QByteArrayView key, QByteArrayView nonce, QByteArrayView associatedData,
                           QByteArrayView ciphertextWithTag);
} // namespace AesGcm
