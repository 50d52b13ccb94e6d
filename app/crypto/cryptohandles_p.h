#pragma once

// Private to app/crypto: the OpenSSL objects behind the public key and certificate classes.

#include <QByteArray>
#include <QString>

#include <openssl/evp.h>
#include <openssl/x509.h>

struct PKeyHandle
{
    explicit PKeyHandle(EVP_PKEY *key) : pkey(key) {}
    ~PKeyHandle() { EVP_PKEY_free(pkey); }
    PKeyHandle(const PKeyHandle &) = delete;
    PKeyHandle &operator=(const PKeyHandle &) = delete;
    EVP_PKEY *pkey = nullptr;
};

struct X509Handle
{
    explicit X509Handle(X509 *c) : cert(c) {}
    ~X509Handle() { X509_free(cert); }
    X509Handle(const X509Handle &) = delete;
    X509Handle &operator=(const X509Handle &) = delete;
    X509 *cert = nullptr;
};

namespace CryptoInternal {
// The last OpenSSL error as text, and clears the queue.
QString takeOpenSslError();
// Decodes an RSA key from PEM (any of PRIVATE KEY, RSA PRIVATE KEY, PUBLIC KEY,
// RSA PUBLIC KEY) or from bare Base64 DER as channels' consoles hand them out.
// selection: EVP_PKEY_KEYPAIR or EVP_PKEY_PUBLIC_KEY.
EVP_PKEY *decodeRsaKey(const QByteArray &text, int selection, QString *error);
QByteArray writePublicKeyPem(EVP_PKEY *pkey);
} // namespace CryptoInternal
