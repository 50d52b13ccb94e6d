#include "aesgcm.h"

#include "cryptohandles_p.h"

#include <QCoreApplication>

#include <openssl/err.h>

namespace {

const unsigned char *bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

std::optional<Error> checkParameters(QByteArrayView key, QByteArrayView nonce)
{
    if (key.size() != AesGcm::KeySize)
        return Error(QCoreApplication::translate("AesGcm", "The APIv3 key must be exactly 32 bytes, not %1.").arg(key.size()), QStringLiteral("BAD_KEY"));
    if (nonce.isEmpty() || nonce.size() > 64)
        return Error(QCoreApplication::translate("AesGcm", "The GCM nonce must be 1 to 64 bytes."), QStringLiteral("BAD_NONCE"));
    return std::nullopt;
}
} // namespace

namespace AesGcm {

Result<QByteArray> encrypt(QByteArrayView key, QByteArrayView nonce, QByteArrayView associatedData,
                           QByteArrayView plaintext)
{
    if (auto error = checkParameters(key, nonce))
        return *error;
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    QByteArray out(plaintext.size() + TagSize, Qt::Uninitialized);
    auto *dst = reinterpret_cast<unsigned char *>(out.data());
    int n = 0;
    int total = 0;
    bool ok = ctx && EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, int(nonce.size()), nullptr) == 1
        && EVP_EncryptInit_ex(ctx, nullptr, nullptr, bytes(key), bytes(nonce)) == 1
        && (associatedData.isEmpty()
            || EVP_EncryptUpdate(ctx, nullptr, &n, bytes(associatedData), int(associatedData.size())) == 1)
        && EVP_EncryptUpdate(ctx, dst, &n, bytes(plaintext), int(plaintext.size())) == 1;
    total = n;
    ok = ok && EVP_EncryptFinal_ex(ctx, dst + total, &n) == 1;
    total += n;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, int(TagSize), dst + total) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return Error(QCoreApplication::translate("AesGcm", "Encryption failed: %1").arg(CryptoInternal::takeOpenSslError()));
    out.resize(total + TagSize);
    return out;
}

Result<QByteArray> decrypt(QByteArrayView key, QByteArrayView nonce, QByteArrayView associatedData,
                           QByteArrayView ciphertextWithTag)
{
    if (auto error = checkParameters(key, nonce))
        return *error;
    if (ciphertextWithTag.size() < TagSize)
        return Error(QCoreApplication::translate("AesGcm", "The ciphertext is shorter than its authentication tag."), QStringLiteral("BAD_CIPHERTEXT"));
    const QByteArrayView ciphertext = ciphertextWithTag.first(ciphertextWithTag.size() - TagSize);
    QByteArray tag = ciphertextWithTag.last(TagSize).toByteArray();
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    QByteArray out(ciphertext.size() + 16, Qt::Uninitialized);
    auto *dst = reinterpret_cast<unsigned char *>(out.data());
    int n = 0;
    int total = 0;
    bool ok = ctx && EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, int(nonce.size()), nullptr) == 1
        && EVP_DecryptInit_ex(ctx, nullptr, nullptr, bytes(key), bytes(nonce)) == 1
        && (associatedData.isEmpty()
            || EVP_DecryptUpdate(ctx, nullptr, &n, bytes(associatedData), int(associatedData.size())) == 1)
        && EVP_DecryptUpdate(ctx, dst, &n, bytes(ciphertext), int(ciphertext.size())) == 1;
    total = n;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, int(TagSize), tag.data()) == 1
        && EVP_DecryptFinal_ex(ctx, dst + total, &n) == 1;
    total += n;
    EVP_CIPHER_CTX_free(ctx);
    ERR_clear_error();
    if (!ok) {
        out.fill('\0');
        return Error(QCoreApplication::translate("AesGcm", "The ciphertext failed authentication (wrong key, nonce, associated data or tag)."),
                     QStringLiteral("GCM_TAG_MISMATCH"));
    }
    out.resize(total);
    return out;
}

} // namespace AesGcm
