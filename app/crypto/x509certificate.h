#pragma once

#include "result.h"
#include "rsapublickey.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

struct X509Handle;
class RsaPrivateKey;

// An X.509 certificate: WeChat Pay platform certificates and the merchant API certificate
// (apiclient_cert.pem), whose serial number names the key in requests and notifications.
class X509Certificate
{
public:
    X509Certificate() = default;

    static Result<X509Certificate> fromPem(const QByteArray &pem);
    // A self-signed certificate for `key` (subject and issuer CN = commonName), serial
    // number = the big-endian bytes of `serial` (1 to 20 bytes, taken as positive), valid
    // from now for `days` days, signed with SHA-256: the sandbox merchant's apiclient_cert.
    static Result<X509Certificate> createSelfSigned(const RsaPrivateKey &key, const QString &commonName,
                                                    const QByteArray &serial, int days);

    bool isNull() const { return !m_cert; }
    // The serial number in upper-case hex, as WeChat Pay prints it:
    // "5157F09EFDC096DE15EBE81A47057A7232F1B8E1".
    QString serialHex() const;
    QString subject() const;
    QDateTime notBefore() const;
    QDateTime notAfter() const;
    RsaPublicKey publicKey() const;
    // "-----BEGIN CERTIFICATE-----" PEM.
    QByteArray toPem() const;

private:
    std::shared_ptr<X509Handle> m_cert;
};
