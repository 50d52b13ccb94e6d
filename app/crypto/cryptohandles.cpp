#include "cryptohandles_p.h"

#include "strictbase64.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/err.h>
#include <openssl/pem.h>

namespace CryptoInternal {

QString takeOpenSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QCoreApplication::translate("Crypto", "unknown OpenSSL error");
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

static EVP_PKEY *decodeWith(const char *inputType, const QByteArray &data, int selection)
{
    EVP_PKEY *pkey = nullptr;
    OSSL_DECODER_CTX *ctx = OSSL_DECODER_CTX_new_for_pkey(&pkey, inputType, nullptr, "RSA", selection,
                                                           nullptr, nullptr);
    if (!ctx)
        return nullptr;
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    size_t length = size_t(data.size());
    // No passphrase callback: encrypted keys fail instead of prompting on a terminal.
    const int ok = OSSL_DECODER_from_data(ctx, &bytes, &length);
    OSSL_DECODER_CTX_free(ctx);
    if (ok != 1) {
        EVP_PKEY_free(pkey);
        return nullptr;
    }
    return pkey;
}

EVP_PKEY *decodeRsaKey(const QByteArray &text, int selection, QString *error)
{
    ERR_clear_error();
    const QByteArray trimmed = text.trimmed();
    EVP_PKEY *pkey = nullptr;
    if (trimmed.startsWith("-----BEGIN")) {
        if (trimmed.contains("ENCRYPTED")) {
            *error = QCoreApplication::translate("Crypto", "The key is protected by a passphrase; export it without one.");
            return nullptr;
        }
        pkey = decodeWith("PEM", trimmed, selection);
    } else {
        QByteArray compact = trimmed;
        compact.replace('\n', QByteArray()).replace('\r', QByteArray()).replace(' ', QByteArray());
        if (const auto der = StrictBase64::decode(compact))
            pkey = decodeWith("DER", *der, selection);
    }
    ERR_clear_error();
    if (!pkey) {
        *error = selection == EVP_PKEY_PUBLIC_KEY
            ? QCoreApplication::translate("Crypto", "This is not an RSA public key in PEM or Base64 DER form.")
            : QCoreApplication::translate("Crypto", "This is not an RSA private key in PEM (PKCS#1 or PKCS#8) or Base64 DER form.");
        return nullptr;
    }
    if (selection == EVP_PKEY_KEYPAIR) {
        BIGNUM *d = nullptr;
        const bool hasPrivate = EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_D, &d) == 1 && d;
        BN_clear_free(d);
        ERR_clear_error();
        if (!hasPrivate) {
            EVP_PKEY_free(pkey);
            *error = QCoreApplication::translate("Crypto", "The file holds a public key, not a private key.");
            return nullptr;
        }
    }
    return pkey;
}

QByteArray writePublicKeyPem(EVP_PKEY *pkey)
{
    BIO *bio = BIO_new(BIO_s_mem());
    QByteArray out;
    if (bio && PEM_write_bio_PUBKEY(bio, pkey) == 1) {
        char *data = nullptr;
        const long n = BIO_get_mem_data(bio, &data);
        out = QByteArray(data, n);
    }
    BIO_free(bio);
    return out;
}

} // namespace CryptoInternal
