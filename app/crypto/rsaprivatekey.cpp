#include "rsaprivatekey.h"

#include "cryptohandles_p.h"
#include "rsapublickey.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

using CryptoInternal::takeOpenSslError;

namespace {

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, n);
}
} // namespace

Result<RsaPrivateKey> RsaPrivateKey::fromPem(const QByteArray &text)
{
    QString error;
    EVP_PKEY *pkey = CryptoInternal::decodeRsaKey(text, EVP_PKEY_KEYPAIR, &error);
    if (!pkey)
        return Error(error, QStringLiteral("BAD_PRIVATE_KEY"));
    if (EVP_PKEY_get_bits(pkey) < 2048) {
        EVP_PKEY_free(pkey);
        return Error(QCoreApplication::translate("RsaPrivateKey", "The RSA key is shorter than 2048 bits; payment channels require 2048."),
                     QStringLiteral("WEAK_KEY"));
    }
    return RsaPrivateKey(std::make_shared<PKeyHandle>(pkey));
}

Result<RsaPrivateKey> RsaPrivateKey::generate(int bits)
{
    ERR_clear_error();
    EVP_PKEY *pkey = EVP_RSA_gen(static_cast<unsigned int>(bits));
    if (!pkey)
        return Error(QCoreApplication::translate("RsaPrivateKey", "Cannot generate an RSA key: %1").arg(takeOpenSslError()));
    return RsaPrivateKey(std::make_shared<PKeyHandle>(pkey));
}

int RsaPrivateKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key->pkey) : 0;
}

Result<QByteArray> RsaPrivateKey::signSha256(QByteArrayView message) const
{
    if (!m_key)
        return Error(QCoreApplication::translate("RsaPrivateKey", "No private key is loaded."));
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    QByteArray signature;
    size_t length = 0;
    bool ok = ctx && EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_key->pkey) == 1
        && EVP_DigestSign(ctx, nullptr, &length, reinterpret_cast<const unsigned char *>(message.data()),
                          size_t(message.size())) == 1;
    if (ok) {
        signature.resize(qsizetype(length));
        ok = EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                            reinterpret_cast<const unsigned char *>(message.data()), size_t(message.size()))
            == 1;
        signature.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return Error(QCoreApplication::translate("RsaPrivateKey", "Signing failed: %1").arg(takeOpenSslError()));
    return signature;
}

RsaPublicKey RsaPrivateKey::publicKey() const
{
    if (!m_key)
        return {};
    // The private key object also serves verification; share it.
    return RsaPublicKey(m_key);
}

QByteArray RsaPrivateKey::toPkcs8Pem() const
{
    if (!m_key)
        return {};
    BIO *bio = BIO_new(BIO_s_mem());
    QByteArray out;
    if (PEM_write_bio_PrivateKey(bio, m_key->pkey, nullptr, nullptr, 0, nullptr, nullptr) == 1)
        out = bioContents(bio);
    BIO_free(bio);
    return out;
}

QByteArray RsaPrivateKey::toPkcs1Pem() const
{
    if (!m_key)
        return {};
    BIO *bio = BIO_new(BIO_s_mem());
    QByteArray out;
    if (PEM_write_bio_PrivateKey_traditional(bio, m_key->pkey, nullptr, nullptr, 0, nullptr, nullptr) == 1)
        out = bioContents(bio);
    BIO_free(bio);
    return out;
}
