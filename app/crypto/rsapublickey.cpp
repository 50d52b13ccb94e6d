#include "rsapublickey.h"

#include "cryptohandles_p.h"

#include <QCryptographicHash>

#include <openssl/err.h>
#include <openssl/x509.h>

Result<RsaPublicKey> RsaPublicKey::fromPem(const QByteArray &text)
{
    QString error;
    EVP_PKEY *pkey = CryptoInternal::decodeRsaKey(text, EVP_PKEY_PUBLIC_KEY, &error);
    if (!pkey)
        return Error(error, QStringLiteral("BAD_PUBLIC_KEY"));
    return RsaPublicKey(std::make_shared<PKeyHandle>(pkey));
}

int RsaPublicKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key->pkey) : 0;
}

bool RsaPublicKey::verifySha256(QByteArrayView message, QByteArrayView signature) const
{
    if (!m_key || signature.isEmpty())
        return false;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = ctx && EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, m_key->pkey) == 1
        && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.data()), size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(message.data()), size_t(message.size()))
            == 1;
    EVP_MD_CTX_free(ctx);
    ERR_clear_error();
    return ok;
}

QByteArray RsaPublicKey::toPem() const
{
    return m_key ? CryptoInternal::writePublicKeyPem(m_key->pkey) : QByteArray();
}

QString RsaPublicKey::fingerprint() const
{
    if (!m_key)
        return {};
    unsigned char *der = nullptr;
    const int n = i2d_PUBKEY(m_key->pkey, &der);
    if (n <= 0)
        return {};
    const QByteArray hash = QCryptographicHash::hash(QByteArrayView(der, n), QCryptographicHash::Sha256);
    OPENSSL_free(der);
    return QString::fromLatin1(hash.toHex());
}
