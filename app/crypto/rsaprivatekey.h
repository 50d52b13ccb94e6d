#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct PKeyHandle;
class RsaPublicKey;

// An RSA private key (a merchant's API key for WeChat Pay, an Alipay app key). Immutable and
// cheap to copy; safe to use from several threads at once.
class RsaPrivateKey
{
public:
    RsaPrivateKey() = default;

    // PEM with "BEGIN PRIVATE KEY" (PKCS#8) or "BEGIN RSA PRIVATE KEY" (PKCS#1), or the bare
    // Base64 DER body that channel consoles hand out. Passphrase-protected keys are refused.
    static Result<RsaPrivateKey> fromPem(const QByteArray &text);
    // A fresh key (2048 bits for the sandbox and tests; channels require at least 2048).
    static Result<RsaPrivateKey> generate(int bits = 2048);

    bool isNull() const { return !m_key; }
    int bits() const;

    // RSASSA-PKCS1-v1_5 with SHA-256: the signature bytes (not Base64).
    Result<QByteArray> signSha256(QByteArrayView message) const;

    RsaPublicKey publicKey() const;
    QByteArray toPkcs8Pem() const;
    QByteArray toPkcs1Pem() const;

private:
    friend class X509Certificate;
    explicit RsaPrivateKey(std::shared_ptr<PKeyHandle> key) : m_key(std::move(key)) {}
    std::shared_ptr<PKeyHandle> m_key;
};
