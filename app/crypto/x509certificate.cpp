#include "x509certificate.h"

#include "cryptohandles_p.h"
#include "rsaprivatekey.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

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

Result<X509Certificate> X509Certificate::createSelfSigned(const RsaPrivateKey &key, const QString &commonName,
                                                         const QByteArray &serial, int days)
{
    const auto fail = [](const QString &why) {
        return Error(QCoreApplication::translate("X509Certificate", "Cannot create the certificate: %1").arg(why),
                     QStringLiteral("CERTIFICATE"));
    };
    if (key.isNull())
        return fail(QCoreApplication::translate("X509Certificate", "no private key"));
    if (serial.isEmpty() || serial.size() > 20 || serial.count('\0') == serial.size())
        return fail(QCoreApplication::translate("X509Certificate", "the serial number must be 1 to 20 bytes and not zero"));
    if (commonName.isEmpty() || days <= 0)
        return fail(QCoreApplication::translate("X509Certificate", "a common name and a positive validity are required"));

    ERR_clear_error();
    X509 *cert = X509_new();
    BIGNUM *bn = BN_bin2bn(reinterpret_cast<const unsigned char *>(serial.constData()), int(serial.size()), nullptr);
    const QByteArray cn = commonName.toUtf8();
    bool ok = cert && bn && X509_set_version(cert, X509_VERSION_3) == 1
        && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert)) != nullptr
        && X509_gmtime_adj(X509_getm_notBefore(cert), 0) != nullptr
        && X509_time_adj_ex(X509_getm_notAfter(cert), days, 0, nullptr) != nullptr
        && X509_set_pubkey(cert, key.m_key->pkey) == 1;
    if (ok) {
        X509_NAME *name = X509_get_subject_name(cert);
        ok = X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()),
                                        int(cn.size()), -1, 0)
                == 1
            && X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                          reinterpret_cast<const unsigned char *>("mcpay-admin sandbox"), -1, -1, 0)
                == 1
            && X509_NAME_add_entry_by_txt(name, "C", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("CN"), -1, -1, 0)
                == 1
            && X509_set_issuer_name(cert, name) == 1;
    }
    if (ok) {
        X509V3_CTX ctx;
        X509V3_set_ctx_nodb(&ctx);
        X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
        const std::pair<int, const char *> extensions[] = {
            {NID_basic_constraints, "critical,CA:FALSE"},
            {NID_key_usage, "critical,digitalSignature,nonRepudiation,keyEncipherment"},
        };
        for (const auto &[nid, value] : extensions) {
            X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
            ok = ext && X509_add_ext(cert, ext, -1) == 1;
            X509_EXTENSION_free(ext);
            if (!ok)
                break;
        }
    }
    ok = ok && X509_sign(cert, key.m_key->pkey, EVP_sha256()) > 0;
    BN_free(bn);
    if (!ok) {
        X509_free(cert);
        return fail(CryptoInternal::takeOpenSslError());
    }
    X509Certificate out;
    out.m_cert = std::make_shared<X509Handle>(cert);
    return out;
}

QByteArray X509Certificate::toPem() const
{
    if (!m_cert)
        return {};
    BIO *bio = BIO_new(BIO_s_mem());
    QByteArray out;
    if (bio && PEM_write_bio_X509(bio, m_cert->cert) == 1) {
        char *data = nullptr;
        const long n = BIO_get_mem_data(bio, &data);
        out = QByteArray(data, n);
    }
    BIO_free(bio);
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
