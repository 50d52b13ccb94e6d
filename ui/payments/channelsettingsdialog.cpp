#include "channelsettingsdialog.h"

#include "core/appcontext.h"
#include "crypto/aesgcm.h"
#include "crypto/rsaprivatekey.h"
#include "crypto/rsapublickey.h"
#include "crypto/securerandom.h"
#include "crypto/x509certificate.h"
#include "finance/auditlog.h"
#include "secrets/secretstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
QLineEdit *lineEdit(QWidget *parent, const QString &name, const QString &value, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(value, parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QByteArray readSmallFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    return f.read(256 * 1024);
}
} // namespace

ChannelSettingsDialog::ChannelSettingsDialog(AppContext *context, QWidget *parent)
    : QDialog(parent), m_context(context), m_config(ChannelConfig::load(context->settings()))
{
    setWindowTitle(tr("Payment channels"));
    setObjectName(u"channelSettingsDialog"_s);

    const auto secretRow = [this](QFormLayout *form, const QString &label, const QString &secret, bool pemFile) {
        auto *row = new QHBoxLayout;
        auto *state = new QLabel(this);
        state->setObjectName(u"state:"_s + secret);
        state->setTextInteractionFlags(Qt::NoTextInteraction);
        m_secretLabels.insert(secret, state);
        auto *button = new QPushButton(pemFile ? tr("Import PEM file…") : tr("Enter…"), this);
        button->setObjectName(u"import:"_s + secret);
        if (pemFile) {
            connect(button, &QPushButton::clicked, this, [this, secret] { importSecretFile(secret); });
        } else {
            connect(button, &QPushButton::clicked, this, [this, secret] {
                bool ok = false;
                const QString value = QInputDialog::getText(this, tr("Enter key"), tr("The key (it is not shown again):"),
                                                            QLineEdit::Password, {}, &ok);
                if (ok && !value.isEmpty())
                    setSecretValue(secret, value.trimmed().toUtf8());
            });
        }
        row->addWidget(state, 1);
        row->addWidget(button);
        form->addRow(label, row);
    };

    auto *wechatBox = new QGroupBox(tr("WeChat Pay (API v3)"), this);
    auto *wechat = new QFormLayout(wechatBox);
    m_mchid = lineEdit(this, u"mchid"_s, m_config.wechat.mchid, u"1900000109"_s);
    m_mnpAppid = lineEdit(this, u"miniProgramAppid"_s, m_config.wechat.miniProgramAppid, u"wx…"_s);
    m_oaAppid = lineEdit(this, u"officialAccountAppid"_s, m_config.wechat.officialAccountAppid, u"wx…"_s);
    m_certSerial = lineEdit(this, u"merchantCertificateSerial"_s, m_config.wechat.merchantCertificateSerial);
    m_platformKeyId = lineEdit(this, u"platformKeyId"_s, m_config.wechat.platformKeyId, u"PUB_KEY_ID_…"_s);
    m_weChatNotifyBase = lineEdit(this, u"weChatNotifyBase"_s, m_config.wechat.notifyBaseUrl, u"https://shop.example.com"_s);
    m_weChatApiBase = lineEdit(this, u"weChatApiBase"_s, m_config.wechat.apiBaseUrl.toString());
    m_legacyV2 = new QCheckBox(tr("Also accept v2 XML notifications (legacy)"), this);
    m_legacyV2->setChecked(m_config.wechat.legacyV2);
    wechat->addRow(tr("Merchant id (mchid):"), m_mchid);
    wechat->addRow(tr("Mini program appid:"), m_mnpAppid);
    wechat->addRow(tr("Official account appid:"), m_oaAppid);
    auto *certRow = new QHBoxLayout;
    certRow->addWidget(m_certSerial, 1);
    auto *certButton = new QPushButton(tr("From certificate…"), this);
    certButton->setObjectName(u"importMerchantCertificate"_s);
    connect(certButton, &QPushButton::clicked, this, [this] { importMerchantCertificate(); });
    certRow->addWidget(certButton);
    wechat->addRow(tr("Merchant certificate serial:"), certRow);
    secretRow(wechat, tr("Merchant API private key:"), ChannelSecrets::weChatMerchantPrivateKey, true);
    secretRow(wechat, tr("APIv3 key:"), ChannelSecrets::weChatApiV3Key, false);
    wechat->addRow(tr("WeChat Pay public key id:"), m_platformKeyId);
    auto *platformRow = new QHBoxLayout;
    m_platformKeyLabel = new QLabel(this);
    m_platformKeyLabel->setObjectName(u"platformKeyState"_s);
    platformRow->addWidget(m_platformKeyLabel, 1);
    auto *platformButton = new QPushButton(tr("Import PEM file…"), this);
    platformButton->setObjectName(u"importPlatformKey"_s);
    connect(platformButton, &QPushButton::clicked, this, [this] { importPlatformKey(); });
    platformRow->addWidget(platformButton);
    wechat->addRow(tr("Platform public key or certificate:"), platformRow);
    wechat->addRow(tr("Notify base URL:"), m_weChatNotifyBase);
    wechat->addRow(tr("API base URL:"), m_weChatApiBase);
    wechat->addRow(QString(), m_legacyV2);
    secretRow(wechat, tr("v2 API key (legacy):"), ChannelSecrets::weChatV2ApiKey, false);

    auto *alipayBox = new QGroupBox(tr("Alipay (RSA2)"), this);
    auto *alipay = new QFormLayout(alipayBox);
    m_alipayAppId = lineEdit(this, u"alipayAppId"_s, m_config.alipay.appId, u"2021…"_s);
    m_alipaySellerId = lineEdit(this, u"alipaySellerId"_s, m_config.alipay.sellerId, u"2088…"_s);
    m_alipayNotifyBase = lineEdit(this, u"alipayNotifyBase"_s, m_config.alipay.notifyBaseUrl, u"https://shop.example.com"_s);
    m_alipayGateway = lineEdit(this, u"alipayGateway"_s, m_config.alipay.gateway.toString());
    alipay->addRow(tr("App id (app_id):"), m_alipayAppId);
    alipay->addRow(tr("Seller id (seller_id):"), m_alipaySellerId);
    secretRow(alipay, tr("App private key:"), ChannelSecrets::alipayAppPrivateKey, true);
    secretRow(alipay, tr("Alipay public key:"), ChannelSecrets::alipayPublicKey, true);
    alipay->addRow(tr("Notify base URL:"), m_alipayNotifyBase);
    alipay->addRow(tr("Gateway:"), m_alipayGateway);

    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(u"testReport"_s);
    m_report->setReadOnly(true);
    m_report->setMaximumBlockCount(200);
    m_report->setPlaceholderText(tr("\"Test keys\" signs and verifies with the RSA keys and encrypts and decrypts with the APIv3 key."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *fromLikeadmin = buttons->addButton(tr("Import from likeadmin"), QDialogButtonBox::ActionRole);
    fromLikeadmin->setObjectName(u"importFromLikeadmin"_s);
    fromLikeadmin->setToolTip(tr("Reads the pay channel configuration (dev_pay_config) of the attached likeadmin database."));
    connect(fromLikeadmin, &QPushButton::clicked, this, &ChannelSettingsDialog::importFromLikeadmin);
    auto *test = buttons->addButton(tr("Test keys"), QDialogButtonBox::ActionRole);
    test->setObjectName(u"testKeys"_s);
    connect(test, &QPushButton::clicked, this, &ChannelSettingsDialog::testKeys);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChannelSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wechatBox);
    layout->addWidget(alipayBox);
    layout->addWidget(m_report);
    layout->addWidget(buttons);
    refreshSecretStates();
}

ChannelConfig ChannelSettingsDialog::config() const
{
    ChannelConfig c = m_config;
    c.wechat.mchid = m_mchid->text().trimmed();
    c.wechat.miniProgramAppid = m_mnpAppid->text().trimmed();
    c.wechat.officialAccountAppid = m_oaAppid->text().trimmed();
    c.wechat.merchantCertificateSerial = m_certSerial->text().trimmed().toUpper();
    c.wechat.platformKeyId = m_platformKeyId->text().trimmed();
    c.wechat.notifyBaseUrl = m_weChatNotifyBase->text().trimmed();
    c.wechat.apiBaseUrl = QUrl(m_weChatApiBase->text().trimmed());
    c.wechat.legacyV2 = m_legacyV2->isChecked();
    c.alipay.appId = m_alipayAppId->text().trimmed();
    c.alipay.sellerId = m_alipaySellerId->text().trimmed();
    c.alipay.notifyBaseUrl = m_alipayNotifyBase->text().trimmed();
    c.alipay.gateway = QUrl(m_alipayGateway->text().trimmed());
    return c;
}

QString ChannelSettingsDialog::describeSecret(const QString &name, const QByteArray &value) const
{
    if (name == ChannelSecrets::weChatMerchantPrivateKey || name == ChannelSecrets::alipayAppPrivateKey) {
        const auto key = RsaPrivateKey::fromPem(value);
        if (!key)
            return {};
        return tr("RSA %1 private key, public fingerprint %2…").arg(key->bits()).arg(key->publicKey().fingerprint().left(12));
    }
    if (name == ChannelSecrets::alipayPublicKey) {
        const auto key = RsaPublicKey::fromPem(value);
        return key ? tr("RSA %1 public key, fingerprint %2…").arg(key->bits()).arg(key->fingerprint().left(12)) : QString();
    }
    return tr("%1 characters").arg(value.size());
}

void ChannelSettingsDialog::refreshSecretStates()
{
    for (auto it = m_secretLabels.cbegin(); it != m_secretLabels.cend(); ++it) {
        if (m_pending.contains(it.key()))
            it.value()->setText(tr("Imported, not saved yet: %1").arg(describeSecret(it.key(), m_pending.value(it.key()))));
        else
            it.value()->setText(tr("Kept in the keychain (if set); import to replace."));
    }
    if (m_config.wechat.platformPublicKeyPem.isEmpty()) {
        m_platformKeyLabel->setText(tr("Not set"));
    } else if (m_config.wechat.platformPublicKeyPem.contains("CERTIFICATE")) {
        const auto cert = X509Certificate::fromPem(m_config.wechat.platformPublicKeyPem);
        m_platformKeyLabel->setText(cert ? tr("Certificate serial %1, valid until %2")
                                               .arg(cert->serialHex(), cert->notAfter().toString(u"yyyy-MM-dd"_s))
                                         : tr("Invalid certificate"));
    } else {
        const auto key = RsaPublicKey::fromPem(m_config.wechat.platformPublicKeyPem);
        m_platformKeyLabel->setText(key ? tr("RSA %1 public key, fingerprint %2…").arg(key->bits()).arg(key->fingerprint().left(12))
                                        : tr("Invalid public key"));
    }
}

void ChannelSettingsDialog::importSecretFile(const QString &secretName, const QString &path)
{
    const QString file = path.isEmpty() ? QFileDialog::getOpenFileName(this, tr("Import key"), {}, tr("PEM files (*.pem *.key *.txt);;All files (*)"))
                                        : path;
    if (file.isEmpty())
        return;
    QString error;
    const QByteArray data = readSmallFile(file, &error);
    if (data.isEmpty()) {
        m_report->appendPlainText(tr("Cannot read %1: %2").arg(file, error));
        return;
    }
    setSecretValue(secretName, data);
}

void ChannelSettingsDialog::setSecretValue(const QString &secretName, const QByteArray &value)
{
    QString problem;
    if (secretName == ChannelSecrets::weChatMerchantPrivateKey || secretName == ChannelSecrets::alipayAppPrivateKey) {
        const auto key = RsaPrivateKey::fromPem(value);
        if (!key)
            problem = key.errorMessage();
    } else if (secretName == ChannelSecrets::alipayPublicKey) {
        const auto key = RsaPublicKey::fromPem(value);
        if (!key)
            problem = key.errorMessage();
    } else if (secretName == ChannelSecrets::weChatApiV3Key && value.trimmed().size() != AesGcm::KeySize) {
        problem = tr("The APIv3 key must be 32 characters.");
    }
    if (!problem.isEmpty()) {
        m_report->appendPlainText(tr("Not imported: %1").arg(problem));
        return;
    }
    m_pending.insert(secretName, secretName == ChannelSecrets::weChatApiV3Key ? value.trimmed() : value);
    refreshSecretStates();
}

void ChannelSettingsDialog::importMerchantCertificate(const QString &path)
{
    const QString file = path.isEmpty() ? QFileDialog::getOpenFileName(this, tr("Merchant API certificate"), {}, tr("PEM files (*.pem);;All files (*)"))
                                        : path;
    if (file.isEmpty())
        return;
    QString error;
    const auto cert = X509Certificate::fromPem(readSmallFile(file, &error));
    if (!cert) {
        m_report->appendPlainText(cert.errorMessage());
        return;
    }
    m_certSerial->setText(cert->serialHex());
}

void ChannelSettingsDialog::importPlatformKey(const QString &path)
{
    const QString file = path.isEmpty() ? QFileDialog::getOpenFileName(this, tr("WeChat Pay public key or platform certificate"), {}, tr("PEM files (*.pem);;All files (*)"))
                                        : path;
    if (file.isEmpty())
        return;
    QString error;
    const QByteArray pem = readSmallFile(file, &error);
    const bool ok = pem.contains("CERTIFICATE") ? X509Certificate::fromPem(pem).ok() : RsaPublicKey::fromPem(pem).ok();
    if (!ok) {
        m_report->appendPlainText(tr("%1 is neither an RSA public key nor a certificate.").arg(file));
        return;
    }
    m_config.wechat.platformPublicKeyPem = pem;
    refreshSecretStates();
}

void ChannelSettingsDialog::testKeys()
{
    m_report->clear();
    auto secrets = std::make_shared<QHash<QString, QByteArray>>(m_pending);
    QStringList missing;
    for (const QString &name : {ChannelSecrets::weChatMerchantPrivateKey, ChannelSecrets::weChatApiV3Key,
                                ChannelSecrets::alipayAppPrivateKey, ChannelSecrets::alipayPublicKey})
        if (!secrets->contains(name))
            missing << name;
    m_context->secrets()->readSeveral(missing, this, [this, secrets](Result<QHash<QString, QByteArray>> stored) {
        if (stored)
            secrets->insert(*stored);
        runTests(*secrets);
    });
}

void ChannelSettingsDialog::runTests(const QHash<QString, QByteArray> &secrets)
{
    QStringList lines;
    bool allPassed = true;
    const auto check = [&](bool ok, const QString &what) {
        lines << (ok ? tr("OK    %1") : tr("FAIL  %1")).arg(what);
        allPassed = allPassed && ok;
    };
    const QByteArray probe = SecureRandom::bytes(64);
    for (const QString &name : {ChannelSecrets::weChatMerchantPrivateKey, ChannelSecrets::alipayAppPrivateKey}) {
        const QString label = name == ChannelSecrets::weChatMerchantPrivateKey ? tr("WeChat merchant key") : tr("Alipay app key");
        if (!secrets.contains(name)) {
            lines << tr("--    %1: not set").arg(label);
            continue;
        }
        const auto key = RsaPrivateKey::fromPem(secrets.value(name));
        const auto signature = key ? key->signSha256(probe) : Result<QByteArray>(key.error());
        check(signature && key->publicKey().verifySha256(probe, *signature),
              tr("%1: sign/verify round trip").arg(label));
        if (key && name == ChannelSecrets::weChatMerchantPrivateKey && !m_certSerial->text().isEmpty())
            lines << tr("      certificate serial in requests: %1").arg(m_certSerial->text());
    }
    if (secrets.contains(ChannelSecrets::weChatApiV3Key)) {
        const QByteArray key = secrets.value(ChannelSecrets::weChatApiV3Key);
        const QByteArray nonce = SecureRandom::nonceString(12).toLatin1();
        const auto sealed = AesGcm::encrypt(key, nonce, "transaction", probe);
        const auto opened = sealed ? AesGcm::decrypt(key, nonce, "transaction", *sealed) : Result<QByteArray>(sealed.error());
        check(opened && *opened == probe, tr("APIv3 key: AES-256-GCM round trip"));
    } else {
        lines << tr("--    APIv3 key: not set");
    }
    if (secrets.contains(ChannelSecrets::alipayPublicKey))
        check(RsaPublicKey::fromPem(secrets.value(ChannelSecrets::alipayPublicKey)).ok(), tr("Alipay public key: readable"));
    if (!m_config.wechat.platformPublicKeyPem.isEmpty())
        check(!m_platformKeyLabel->text().startsWith(tr("Invalid")), tr("WeChat Pay platform key: readable"));
    const QString report = lines.join(u'\n');
    m_report->setPlainText(report);
    emit keysTested(allPassed, report);
}

void ChannelSettingsDialog::save()
{
    const ChannelConfig before = m_config;
    m_config = config();
    m_config.save(m_context->settings());
    QStringList replaced = m_pending.keys();
    replaced.sort();
    audit(m_config.changesFrom(before), replaced);
    writeNextSecret(m_pending.keys());
}

// One audit entry per save that changed something: the ids and URLs that changed, and the
// names (never the values) of the keys replaced.
void ChannelSettingsDialog::audit(const QJsonObject &changes, const QStringList &secretsReplaced)
{
    if (changes.isEmpty() && secretsReplaced.isEmpty())
        return;
    QJsonObject details{{u"changes"_s, changes}};
    if (!secretsReplaced.isEmpty())
        details.insert(u"keys_replaced"_s, QJsonArray::fromStringList(secretsReplaced));
    QStringList channels;
    // "wechat.mchid" and "channels/wechat/apiv3-key" both concern "wechat".
    for (const QString &name : changes.keys())
        channels << name.section(u'.', 0, 0);
    for (const QString &name : secretsReplaced)
        channels << name.section(u'/', 1, 1);
    channels.removeDuplicates();
    channels.sort();
    const auto appended = AuditLog(m_context->database())
                              .append(m_actor, AuditAction::ChannelConfigChanged, channels.join(u','), details);
    if (!appended)
        m_report->appendPlainText(tr("The settings are saved, but the audit log could not record it: %1")
                                      .arg(appended.errorMessage()));
}

void ChannelSettingsDialog::writeNextSecret(QStringList remaining)
{
    if (remaining.isEmpty()) {
        m_pending.clear();
        refreshSecretStates();
        emit saved();
        accept();
        return;
    }
    const QString name = remaining.takeFirst();
    m_context->secrets()->write(name, m_pending.value(name), this, [this, name, remaining](Status status) {
        if (!status) {
            m_report->appendPlainText(tr("The settings are saved, but a key could not be stored in the keychain: %1")
                                          .arg(status.errorMessage()));
            return;
        }
        m_pending.remove(name);
        refreshSecretStates();
        writeNextSecret(remaining);
    });
}

void ChannelSettingsDialog::importFromLikeadmin()
{
    const auto read = LikeadminPayConfig::read(m_context->database());
    if (!read) {
        m_report->appendPlainText(read.errorMessage());
        return;
    }
    QStringList found;
    if (read->hasWeChat) {
        if (!read->ids.wechat.mchid.isEmpty())
            m_mchid->setText(read->ids.wechat.mchid);
        if (!read->ids.wechat.merchantCertificateSerial.isEmpty())
            m_certSerial->setText(read->ids.wechat.merchantCertificateSerial);
        m_legacyV2->setChecked(read->ids.wechat.legacyV2);
        if (!read->weChatPrivateKey.isEmpty())
            setSecretValue(ChannelSecrets::weChatMerchantPrivateKey, read->weChatPrivateKey);
        if (!read->weChatApiV3Key.isEmpty())
            setSecretValue(read->ids.wechat.legacyV2 ? ChannelSecrets::weChatV2ApiKey : ChannelSecrets::weChatApiV3Key,
                           read->weChatApiV3Key);
        found << tr("WeChat Pay");
    }
    if (read->hasAlipay) {
        if (!read->ids.alipay.appId.isEmpty())
            m_alipayAppId->setText(read->ids.alipay.appId);
        if (!read->alipayPrivateKey.isEmpty())
            setSecretValue(ChannelSecrets::alipayAppPrivateKey, read->alipayPrivateKey);
        if (!read->alipayPublicKey.isEmpty())
            setSecretValue(ChannelSecrets::alipayPublicKey, read->alipayPublicKey);
        found << tr("Alipay");
    }
    m_report->appendPlainText(found.isEmpty() ? tr("The likeadmin database has no pay channel configured.")
                                              : tr("Read from likeadmin: %1. Check the values, then save to keep them "
                                                   "(keys go to the keychain).")
                                                    .arg(found.join(u", "_s)));
}
