#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct PKeyHandle;

// An RSA public key: WeChat Pay's platform key (from a platform certificate or a
// "WeChat Pay public key" PUB_KEY_ID_…), Alipay's public key. Immutable, cheap to copy,
// thread-safe.
class RsaPublicKey
{
public:
    RsaPublicKey() = default;

    // PEM "BEGIN PUBLIC KEY" (SubjectPublicKeyInfo) or "BEGIN RSA PUBLIC KEY" (PKCS#1), or
    // bare Base64 DER as Alipay's console shows it.
    static Result<RsaPublicKey> fromPem(const QByteArray &text);

    bool isNull() const { return !m_key; }
    int bits() const;

    // RSASSA-PKCS1-v1_5 with SHA-256.
    bool verifySha256(QByteArrayView message, QByteArrayView signature) const;

    QByteArray toPem() const;
    // SHA-256 of the DER SubjectPublicKeyInfo, hex: a short, non-secret label for a key.
    QString fingerprint() const;

private:
    friend class RsaPrivateKey;
    friend class X509Certificate;
    explicit RsaPublicKey(std::shared_ptr<PKeyHandle> key) : m_key(std::move(key)) {}
    std::shared_ptr<PKeyHandle> m_key;
};
