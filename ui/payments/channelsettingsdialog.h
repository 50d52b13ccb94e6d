#pragma once

#include "channels/channelconfig.h"
#include "finance/profile.h"

#include <QDialog>
#include <QHash>

class AppContext;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Payment channel settings: the ids (in Settings) and the keys (imported from PEM files
// into the keychain). A secret is never shown again once imported — only what it is
// (an RSA 2048 key, a fingerprint prefix, a length). "Test keys" signs and verifies with
// the RSA keys and runs an AES-GCM round trip with the APIv3 key.
class ChannelSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelSettingsDialog)

public:
    explicit ChannelSettingsDialog(AppContext *context, QWidget *parent = nullptr);

    ChannelConfig config() const;
    // Who saves, for the audit log (an Admin person by default).
    void setActor(const AuditActor &actor) { m_actor = actor; }
    // Imports that have not been saved yet (key name -> bytes); for tests.
    QStringList pendingSecretNames() const { return m_pending.keys(); }

public slots:
    // Import from a file (a file dialog when path is empty).
    void importSecretFile(const QString &secretName, const QString &path = {});
    void setSecretValue(const QString &secretName, const QByteArray &value);
    void importMerchantCertificate(const QString &path = {});
    void importPlatformKey(const QString &path = {});
    // Tests the keys at hand (imported now or read from the keychain) and shows the result.
    void testKeys();
    void save();
    // Fills ids and (pending) keys from the attached likeadmin database's dev_pay_config.
    void importFromLikeadmin();

signals:
    void keysTested(bool allPassed, const QString &report);
    void saved();

private:
    QString describeSecret(const QString &name, const QByteArray &value) const;
    void refreshSecretStates();
    void runTests(const QHash<QString, QByteArray> &secrets);
    void writeNextSecret(QStringList remaining);

    void audit(const QJsonObject &changes, const QStringList &secretsReplaced);

    AppContext *m_context;
    AuditActor m_actor = AuditActor::person(Profile::Admin);
    ChannelConfig m_config;
    QHash<QString, QByteArray> m_pending;
    QHash<QString, QLabel *> m_secretLabels;
    QLineEdit *m_mchid;
    QLineEdit *m_mnpAppid;
    QLineEdit *m_oaAppid;
    QLineEdit *m_certSerial;
    QLineEdit *m_platformKeyId;
    QLabel *m_platformKeyLabel;
    QLineEdit *m_weChatNotifyBase;
    QLineEdit *m_weChatApiBase;
    QCheckBox *m_legacyV2;
    QLineEdit *m_alipayAppId;
    QLineEdit *m_alipaySellerId;
    QLineEdit *m_alipayNotifyBase;
    QLineEdit *m_alipayGateway;
    QPlainTextEdit *m_report;
};
