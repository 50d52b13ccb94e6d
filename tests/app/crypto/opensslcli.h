#pragma once

// Test helper: runs the `openssl` command line so that tests can cross-check the product's
// crypto against an independent implementation and make keys and certificates.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

struct OpenSslRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline OpenSslRun runOpenSsl(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral("openssl"), arguments);
    if (!p.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

inline QByteArray readWholeFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeWholeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// A key pair and a self-signed certificate made by the openssl CLI in a temporary folder.
struct CliKeyMaterial
{
    QString dir;
    QString pkcs8Path;   // -----BEGIN PRIVATE KEY-----
    QString pkcs1Path;   // -----BEGIN RSA PRIVATE KEY-----
    QString publicPath;  // -----BEGIN PUBLIC KEY-----
    QString certPath;    // self-signed, serial given
    QString serialHex;
};

inline bool makeCliKeyMaterial(const QString &dir, const QString &name, const QString &serialHex,
                               CliKeyMaterial *out, int bits = 2048)
{
    out->dir = dir;
    out->pkcs8Path = dir + u'/' + name + QStringLiteral("-pkcs8.pem");
    out->pkcs1Path = dir + u'/' + name + QStringLiteral("-pkcs1.pem");
    out->publicPath = dir + u'/' + name + QStringLiteral("-public.pem");
    out->certPath = dir + u'/' + name + QStringLiteral("-cert.pem");
    out->serialHex = serialHex;
    if (runOpenSsl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:%1").arg(bits),
                    QStringLiteral("-out"), out->pkcs8Path}).exitCode != 0)
        return false;
    if (runOpenSsl({QStringLiteral("rsa"), QStringLiteral("-in"), out->pkcs8Path, QStringLiteral("-traditional"),
                    QStringLiteral("-out"), out->pkcs1Path}).exitCode != 0)
        return false;
    if (runOpenSsl({QStringLiteral("pkey"), QStringLiteral("-in"), out->pkcs8Path, QStringLiteral("-pubout"),
                    QStringLiteral("-out"), out->publicPath}).exitCode != 0)
        return false;
    return runOpenSsl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"), QStringLiteral("-key"),
                       out->pkcs8Path, QStringLiteral("-subj"), QStringLiteral("/CN=mcpay test/O=mcpay"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-set_serial"),
                       QStringLiteral("0x") + serialHex, QStringLiteral("-out"), out->certPath})
               .exitCode
        == 0;
}
