#include "x509certificate.h"

#include "cryptohandles_p.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/pem.h>

namespace {
QDateTime fromAsn1(const ASN1_TIME *time)
{
    struct tm t = {};
    if (!time || ASN1_TIME_to_tm(time, &t) != 1)
        return {};
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday), QTime(t.tm_hour, t.tm_min, t.tm_sec),
                     QTimeZone::utc());
}
} // namespace

Result<X509Certificate> X509Certificate::fromPem(const QByteArray &pem)
{
    ERR_clear_error();
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509 *cert = bio ? PEM_read_bio_X509(bio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(bio);
    ERR_clear_error();
    if (!cert)
        return Error(QCoreApplication::translate("X509Certificate", "This is not an X.509 certificate in PEM form."),
                     QStringLiteral("BAD_CERTIFICATE"));
    EVP_PKEY *key = X509_get0_pubkey(cert);
    if (!key || !EVP_PKEY_is_a(key, "RSA")) {
        X509_free(cert);
        return Error(QCoreApplication::translate("X509Certificate", "The certificate does not hold an RSA key."),
                     QStringLiteral("BAD_CERTIFICATE"));
    }
    X509Certificate out;
    out.m_cert = std::make_shared<X509Handle>(cert);
    return out;
}

QString X509Certificate::serialHex() const
{
    if (!m_cert)
        return {};
    BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(m_cert->cert), nullptr);
    if (!bn)
        return {};
    char *hex = BN_bn2hex(bn);
    const QString out = QString::fromLatin1(hex).toUpper();
    OPENSSL_free(hex);
    BN_free(bn);
    return out;
}

QString X509Certificate::subject() const
{
    if (!m_cert)
        return {};
    char *line = X509_NAME_oneline(X509_get_subject_name(m_cert->cert), nullptr, 0);
    const QString out = QString::fromUtf8(line);
    OPENSSL_free(line);
    return out;
}

QDateTime X509Certificate::notBefore() const
{
    return m_cert ? fromAsn1(X509_get0_notBefore(m_cert->cert)) : QDateTime();
}

QDateTime X509Certificate::notAfter() const
{
    return m_cert ? fromAsn1(X509_get0_notAfter(m_cert->cert)) : QDateTime();
}

RsaPublicKey X509Certificate::publicKey() const
{
    if (!m_cert)
        return {};
    EVP_PKEY *key = X509_get0_pubkey(m_cert->cert);
    if (!key || EVP_PKEY_up_ref(key) != 1)
        return {};
    return RsaPublicKey(std::make_shared<PKeyHandle>(key));
}
