#include "crypto/aesgcm.h"
#include "crypto/rsaprivatekey.h"
#include "crypto/rsapublickey.h"
#include "crypto/securerandom.h"
#include "crypto/strictbase64.h"
#include "crypto/x509certificate.h"

#include "opensslcli.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCrypto final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void strictBase64_data();
    void strictBase64();

    void aesGcmKnownAnswer();
    void aesGcmRoundTrip_data();
    void aesGcmRoundTrip();
    void aesGcmRejectsTampering_data();
    void aesGcmRejectsTampering();
    void aesGcmRejectsBadKeyLength();

    void loadsPrivateKeyForms_data();
    void loadsPrivateKeyForms();
    void rejectsBadKeys_data();
    void rejectsBadKeys();
    void signatureIsDeterministicAndMatchesOpenSsl();
    void openSslVerifiesOurSignature();
    void verifyRejectsAlteredMessageOrSignature();
    void publicKeyForms_data();
    void publicKeyForms();
    void certificateSerialAndKey();
    void generatedKeyRoundTrips();
    void nonceStrings();

private:
    QTemporaryDir m_dir;
    CliKeyMaterial m_keys;
};

void TestCrypto::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(makeCliKeyMaterial(m_dir.path(), u"merchant"_s, u"5157F09EFDC096DE15EBE81A47057A7232F1B8E1"_s, &m_keys),
             "the openssl command line must be installed");
}

void TestCrypto::strictBase64_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("decoded");
    QTest::newRow("canonical") << "aGVsbG8="_ba << true << "hello"_ba;
    QTest::newRow("no padding needed") << "YWJj"_ba << true << "abc"_ba;
    QTest::newRow("two pads") << "YQ=="_ba << true << "a"_ba;
    QTest::newRow("plus and slash") << "+/+/"_ba << true << QByteArray::fromHex("fbffbf");
    QTest::newRow("empty") << ""_ba << false << QByteArray();
    QTest::newRow("missing padding") << "aGVsbG8"_ba << false << QByteArray();
    QTest::newRow("signtest probe") << "WECHATPAY/SIGNTEST/abc"_ba << false << QByteArray();
    QTest::newRow("whitespace") << "aGVs bG8="_ba << false << QByteArray();
    QTest::newRow("newline") << "aGVsbG8=\n"_ba << false << QByteArray();
    QTest::newRow("url-safe alphabet") << "-_-_"_ba << false << QByteArray();
    QTest::newRow("pad in the middle") << "YQ==YQ=="_ba << false << QByteArray();
    QTest::newRow("three pads") << "Y==="_ba << false << QByteArray();
    QTest::newRow("non-zero trailing bits") << "YR=="_ba << false << QByteArray();
    QTest::newRow("garbage byte") << "aGVs\x01G8="_ba << false << QByteArray();
}

void TestCrypto::strictBase64()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, valid);
    QFETCH(QByteArray, decoded);
    const auto result = StrictBase64::decode(input);
    QCOMPARE(result.has_value(), valid);
    if (valid)
        QCOMPARE(*result, decoded);
}

void TestCrypto::aesGcmKnownAnswer()
{
    // wechatpay-java AeadAesCipherTest.
    const QByteArray key = "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb"_ba;
    const auto encrypted = AesGcm::encrypt(key, "uluk4a9R25RW"_ba, "associatedData"_ba, "message"_ba);
    QVERIFY2(encrypted.ok(), qPrintable(encrypted.errorMessage()));
    QCOMPARE(encrypted->toBase64(), "ulwSiIajGClcvcOYvOQ7+l+0PAbzzwI="_ba);
    const auto decrypted = AesGcm::decrypt(key, "uluk4a9R25RW"_ba, "associatedData"_ba,
                                           *StrictBase64::decode("ulwSiIajGClcvcOYvOQ7+l+0PAbzzwI="_ba));
    QVERIFY2(decrypted.ok(), qPrintable(decrypted.errorMessage()));
    QCOMPARE(*decrypted, "message"_ba);
}

void TestCrypto::aesGcmRoundTrip_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::newRow("empty plaintext") << QByteArray() << "transaction"_ba;
    QTest::newRow("no aad") << "{\"a\":1}"_ba << QByteArray();
    QTest::newRow("chinese json") << QStringLiteral(u"{\"summary\":\"支付成功\"}").toUtf8() << "transaction"_ba;
    QTest::newRow("64 KiB") << QByteArray(65536, 'x') << "refund"_ba;
}

void TestCrypto::aesGcmRoundTrip()
{
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    const QByteArray key = SecureRandom::bytes(32);
    const QByteArray nonce = SecureRandom::nonceString(12).toLatin1();
    const auto c = AesGcm::encrypt(key, nonce, aad, plaintext);
    QVERIFY(c.ok());
    QCOMPARE(c->size(), plaintext.size() + AesGcm::TagSize);
    const auto p = AesGcm::decrypt(key, nonce, aad, *c);
    QVERIFY2(p.ok(), qPrintable(p.errorMessage()));
    QCOMPARE(*p, plaintext);
}

void TestCrypto::aesGcmRejectsTampering_data()
{
    QTest::addColumn<int>("what");
    QTest::newRow("ciphertext byte") << 0;
    QTest::newRow("tag byte") << 1;
    QTest::newRow("wrong aad") << 2;
    QTest::newRow("wrong nonce") << 3;
    QTest::newRow("wrong key") << 4;
    QTest::newRow("truncated tag") << 5;
}

void TestCrypto::aesGcmRejectsTampering()
{
    QFETCH(int, what);
    QByteArray key = "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb"_ba;
    QByteArray nonce = "uluk4a9R25RW"_ba;
    QByteArray aad = "associatedData"_ba;
    QByteArray c = *StrictBase64::decode("ulwSiIajGClcvcOYvOQ7+l+0PAbzzwI="_ba);
    switch (what) {
    case 0: c[0] = char(c[0] ^ 1); break;
    case 1: c[c.size() - 1] = char(c[c.size() - 1] ^ 0x80); break;
    case 2: aad = "associatedDatb"_ba; break;
    case 3: nonce = "uluk4a9R25RX"_ba; break;
    case 4: key[0] = 'b'; break;
    case 5: c.chop(1); break;
    }
    const auto p = AesGcm::decrypt(key, nonce, aad, c);
    QVERIFY(!p.ok());
    QVERIFY(!p.errorMessage().isEmpty());
}

void TestCrypto::aesGcmRejectsBadKeyLength()
{
    QVERIFY(!AesGcm::encrypt("short"_ba, "uluk4a9R25RW"_ba, {}, "x"_ba).ok());
    QVERIFY(!AesGcm::decrypt(QByteArray(33, 'k'), "uluk4a9R25RW"_ba, {}, QByteArray(20, 'c')).ok());
}

void TestCrypto::loadsPrivateKeyForms_data()
{
    QTest::addColumn<int>("form");
    QTest::newRow("PKCS#8 PEM") << 0;
    QTest::newRow("PKCS#1 PEM") << 1;
    QTest::newRow("bare Base64 PKCS#8 DER") << 2;
    QTest::newRow("bare Base64 PKCS#1 DER") << 3;
    QTest::newRow("PEM with CRLF") << 4;
}

static QByteArray pemBody(const QByteArray &pem)
{
    QByteArray body;
    for (const QByteArray &line : pem.split('\n'))
        if (!line.startsWith("-----"))
            body += line.trimmed();
    return body;
}

void TestCrypto::loadsPrivateKeyForms()
{
    QFETCH(int, form);
    const QByteArray pkcs8 = readWholeFile(m_keys.pkcs8Path);
    const QByteArray pkcs1 = readWholeFile(m_keys.pkcs1Path);
    QVERIFY(pkcs8.contains("BEGIN PRIVATE KEY"));
    QVERIFY(pkcs1.contains("BEGIN RSA PRIVATE KEY"));
    QByteArray text;
    switch (form) {
    case 0: text = pkcs8; break;
    case 1: text = pkcs1; break;
    case 2: text = pemBody(pkcs8); break;
    case 3: text = pemBody(pkcs1); break;
    case 4: text = QByteArray(pkcs8).replace("\n", "\r\n"); break;
    }
    const auto key = RsaPrivateKey::fromPem(text);
    QVERIFY2(key.ok(), qPrintable(key.errorMessage()));
    QCOMPARE(key->bits(), 2048);
    // Same key whatever the form: the public halves agree with openssl's.
    const auto cliPublic = RsaPublicKey::fromPem(readWholeFile(m_keys.publicPath));
    QVERIFY(cliPublic.ok());
    QCOMPARE(key->publicKey().fingerprint(), cliPublic->fingerprint());
    QCOMPARE(key->publicKey().toPem(), readWholeFile(m_keys.publicPath));
}

void TestCrypto::rejectsBadKeys_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QByteArray() << u"BAD_PRIVATE_KEY"_s;
    QTest::newRow("garbage") << "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n"_ba
                             << u"BAD_PRIVATE_KEY"_s;
    QTest::newRow("public key instead") << readWholeFile(m_keys.publicPath) << u"BAD_PRIVATE_KEY"_s;
    QTest::newRow("certificate instead") << readWholeFile(m_keys.certPath) << u"BAD_PRIVATE_KEY"_s;

    const OpenSslRun weak = runOpenSsl({u"genpkey"_s, u"-algorithm"_s, u"RSA"_s, u"-pkeyopt"_s, u"rsa_keygen_bits:1024"_s});
    QTest::newRow("1024-bit key") << weak.out << u"WEAK_KEY"_s;
    const OpenSslRun encrypted = runOpenSsl({u"pkey"_s, u"-in"_s, m_keys.pkcs8Path, u"-aes256"_s, u"-passout"_s, u"pass:secret"_s});
    QTest::newRow("passphrase protected") << encrypted.out << u"BAD_PRIVATE_KEY"_s;
}

void TestCrypto::rejectsBadKeys()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    const auto key = RsaPrivateKey::fromPem(text);
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, code);
    QVERIFY(!key.errorMessage().isEmpty());
}

void TestCrypto::signatureIsDeterministicAndMatchesOpenSsl()
{
    const auto key = RsaPrivateKey::fromPem(readWholeFile(m_keys.pkcs1Path));
    QVERIFY(key.ok());
    const QByteArray message = "GET\n/v3/certificates\n1624523846\nA1B2C3D4E5F6G7\n\n"_ba;
    const auto first = key->signSha256(message);
    const auto second = key->signSha256(message);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first->size(), 256);
    QCOMPARE(*first, *second);

    const OpenSslRun cli = runOpenSsl({u"dgst"_s, u"-sha256"_s, u"-sign"_s, m_keys.pkcs8Path}, message);
    QCOMPARE(cli.exitCode, 0);
    QCOMPARE(cli.out, *first);
    QVERIFY(key->publicKey().verifySha256(message, cli.out));
}

void TestCrypto::openSslVerifiesOurSignature()
{
    const auto key = RsaPrivateKey::fromPem(readWholeFile(m_keys.pkcs8Path));
    QVERIFY(key.ok());
    const QByteArray message = QStringLiteral(u"1700000000\nnonce\n{\"summary\":\"支付成功\"}\n").toUtf8();
    const auto signature = key->signSha256(message);
    QVERIFY(signature.ok());
    const QString sigPath = m_dir.filePath(u"sig.bin"_s);
    const QString msgPath = m_dir.filePath(u"msg.bin"_s);
    QVERIFY(writeWholeFile(sigPath, *signature));
    QVERIFY(writeWholeFile(msgPath, message));
    const OpenSslRun ok = runOpenSsl({u"dgst"_s, u"-sha256"_s, u"-verify"_s, m_keys.publicPath, u"-signature"_s, sigPath, msgPath});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(ok.out.contains("Verified OK"));

    QVERIFY(writeWholeFile(msgPath, message + ' '));
    const OpenSslRun bad = runOpenSsl({u"dgst"_s, u"-sha256"_s, u"-verify"_s, m_keys.publicPath, u"-signature"_s, sigPath, msgPath});
    QVERIFY(bad.exitCode != 0);
}

void TestCrypto::verifyRejectsAlteredMessageOrSignature()
{
    const auto key = RsaPrivateKey::fromPem(readWholeFile(m_keys.pkcs8Path));
    const auto other = RsaPrivateKey::generate(2048);
    QVERIFY(key.ok() && other.ok());
    const QByteArray message = "message"_ba;
    QByteArray signature = *key->signSha256(message);
    const RsaPublicKey pub = key->publicKey();
    QVERIFY(pub.verifySha256(message, signature));
    QVERIFY(!pub.verifySha256("messagf"_ba, signature));
    QVERIFY(!other->publicKey().verifySha256(message, signature));
    QVERIFY(!pub.verifySha256(message, QByteArray()));
    QVERIFY(!pub.verifySha256(message, signature.left(255)));
    signature[100] = char(signature[100] ^ 1);
    QVERIFY(!pub.verifySha256(message, signature));
    QVERIFY(!RsaPublicKey().verifySha256(message, signature));
}

void TestCrypto::publicKeyForms_data()
{
    QTest::addColumn<QByteArray>("text");
    const QByteArray spki = readWholeFile(m_keys.publicPath);
    QTest::newRow("SubjectPublicKeyInfo PEM") << spki;
    QTest::newRow("bare Base64 (Alipay console)") << pemBody(spki);
    const OpenSslRun pkcs1 = runOpenSsl({u"rsa"_s, u"-pubin"_s, u"-in"_s, m_keys.publicPath, u"-RSAPublicKey_out"_s});
    QVERIFY(pkcs1.out.contains("BEGIN RSA PUBLIC KEY"));
    QTest::newRow("PKCS#1 RSA PUBLIC KEY") << pkcs1.out;
}

void TestCrypto::publicKeyForms()
{
    QFETCH(QByteArray, text);
    const auto pub = RsaPublicKey::fromPem(text);
    QVERIFY2(pub.ok(), qPrintable(pub.errorMessage()));
    const auto key = RsaPrivateKey::fromPem(readWholeFile(m_keys.pkcs8Path));
    QVERIFY(pub->verifySha256("abc"_ba, *key->signSha256("abc"_ba)));
    QVERIFY(!RsaPublicKey::fromPem("bm90IGEga2V5"_ba).ok());
}

void TestCrypto::certificateSerialAndKey()
{
    const auto cert = X509Certificate::fromPem(readWholeFile(m_keys.certPath));
    QVERIFY2(cert.ok(), qPrintable(cert.errorMessage()));
    QCOMPARE(cert->serialHex(), u"5157F09EFDC096DE15EBE81A47057A7232F1B8E1"_s);
    const OpenSslRun cli = runOpenSsl({u"x509"_s, u"-in"_s, m_keys.certPath, u"-noout"_s, u"-serial"_s});
    QCOMPARE(cli.out.trimmed(), "serial=" + cert->serialHex().toLatin1());
    QVERIFY(cert->subject().contains(u"mcpay test"));
    QVERIFY(cert->notBefore().isValid() && cert->notAfter() > cert->notBefore());
    const auto key = RsaPrivateKey::fromPem(readWholeFile(m_keys.pkcs8Path));
    QCOMPARE(cert->publicKey().fingerprint(), key->publicKey().fingerprint());
    QVERIFY(!X509Certificate::fromPem(readWholeFile(m_keys.publicPath)).ok());
}

void TestCrypto::generatedKeyRoundTrips()
{
    const auto key = RsaPrivateKey::generate(2048);
    QVERIFY(key.ok());
    QCOMPARE(key->bits(), 2048);
    const QByteArray pkcs8 = key->toPkcs8Pem();
    const QByteArray pkcs1 = key->toPkcs1Pem();
    QVERIFY(pkcs8.startsWith("-----BEGIN PRIVATE KEY-----"));
    QVERIFY(pkcs1.startsWith("-----BEGIN RSA PRIVATE KEY-----"));
    const auto again = RsaPrivateKey::fromPem(pkcs1);
    QVERIFY(again.ok());
    QCOMPARE(*again->signSha256("x"_ba), *key->signSha256("x"_ba));
    // openssl reads what we wrote.
    const OpenSslRun check = runOpenSsl({u"pkey"_s, u"-noout"_s, u"-check"_s}, pkcs8);
    QCOMPARE(check.exitCode, 0);
}

void TestCrypto::nonceStrings()
{
    static const QRegularExpression shape(u"^[0-9A-Za-z]{32}$"_s);
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString n = SecureRandom::nonceString();
        QVERIFY2(shape.match(n).hasMatch(), qPrintable(n));
        seen.insert(n);
    }
    QCOMPARE(seen.size(), 200);
    QCOMPARE(SecureRandom::nonceString(12).size(), 12);
    QCOMPARE(SecureRandom::bytes(48).size(), 48);
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
