#include "sandboxactions.h"

#include "notificationlogpage.h"

#include "core/appcontext.h"
#include "sandbox/sandboxservice.h"
#include "secrets/secretstore.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
const auto LastExportDirectory = u"sandboxExport"_s;
}

SandboxActions::SandboxActions(AppContext *context, NotificationLogPage *listenerPage, QWidget *dialogParent)
    : QObject(dialogParent), m_context(context), m_listenerPage(listenerPage), m_dialogParent(dialogParent),
      m_create(new QAction(tr("&Create Sandbox Identity…"), this)),
      m_export(new QAction(tr("&Export Sandbox Identity…"), this)),
      m_use(new QAction(tr("&Use Sandbox Channels"), this))
{
    m_create->setObjectName(u"createSandboxIdentity"_s);
    m_create->setToolTip(tr("Generate the sandbox WeChat Pay and Alipay keys and ids and keep them in the system keychain"));
    m_export->setObjectName(u"exportSandboxIdentity"_s);
    m_export->setToolTip(tr("Write the keys and ids a server under test needs into a folder, with a README"));
    m_use->setObjectName(u"useSandboxChannels"_s);
    m_use->setCheckable(true);
    m_use->setChecked(listenerPage->sandboxChannels());
    m_use->setToolTip(tr("The embedded listener trusts the sandbox keys instead of the production channels"));

    connect(m_create, &QAction::triggered, this, [this] { createIdentity(); });
    connect(m_export, &QAction::triggered, this, [this] { exportIdentity(); });
    connect(m_use, &QAction::toggled, this, &SandboxActions::setUseSandboxChannels);
    connect(listenerPage, &NotificationLogPage::sandboxChannelsChanged, this, [this](bool on) {
        m_use->setChecked(on);
        updateMarkers();
    });
}

QList<QAction *> SandboxActions::actions() const
{
    return {m_create, m_export, m_use};
}

QLabel *SandboxActions::createStatusMarker(QWidget *parent)
{
    auto *label = new QLabel(tr("SANDBOX"), parent);
    label->setObjectName(u"sandboxMarker"_s);
    label->setToolTip(tr("The embedded listener trusts the sandbox channels: real payment notifications are refused. "
                         "Tools ▸ Sandbox ▸ Use Sandbox Channels switches back."));
    label->setStyleSheet(u"background: #d9822b; color: white; font-weight: bold; padding: 1px 8px; border-radius: 3px;"_s);
    m_markers.append(label);
    updateMarkers();
    return label;
}

void SandboxActions::updateMarkers()
{
    const bool on = m_listenerPage->sandboxChannels();
    for (const QPointer<QLabel> &marker : std::as_const(m_markers))
        if (marker)
            marker->setVisible(on);
}

void SandboxActions::setUseSandboxChannels(bool on)
{
    m_listenerPage->setSandboxChannels(on);
    m_use->setChecked(m_listenerPage->sandboxChannels());
    updateMarkers();
    Q_EMIT statusMessage(on ? tr("The embedded listener now trusts the sandbox channels.")
                            : tr("The embedded listener is back on the production channels."));
}

bool SandboxActions::createIdentity()
{
    QWidget *parent = m_dialogParent->window();
    SandboxService *sandbox = m_context->sandbox();
    const auto first = QMessageBox::question(
        parent, tr("Create Sandbox Identity"),
        tr("Generate a sandbox identity: WeChat Pay platform and merchant keys, an APIv3 key and Alipay keys, "
           "made on this machine and kept in the system keychain.\n\n"
           "They are useless against the real channels; they let you pay test orders without real money."),
        QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok);
    if (first != QMessageBox::Ok)
        return false;

    // Is there one already (set, or still in the keychain)?
    bool exists = sandbox->hasIdentity();
    if (!exists) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto stored = SandboxIdentity::loadFrom(*m_context->secrets());
        QApplication::restoreOverrideCursor();
        if (!stored && stored.error().code != u"not-found")
            return createSessionIdentity(stored.errorMessage());
        exists = stored.ok();
    }
    if (exists) {
        const auto second = QMessageBox::warning(
            parent, tr("Replace the Sandbox Identity?"),
            tr("A sandbox identity exists already. Replacing it makes every server configured with the exported "
               "sandbox keys refuse the new notifications until you export and install the new ones.\n\n"
               "Replace it?"),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (second != QMessageBox::Yes)
            return false;
    }

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto created = sandbox->initialize(*m_context->secrets());
    QApplication::restoreOverrideCursor();
    if (!created)
        return createSessionIdentity(created.errorMessage());
    Q_EMIT identityCreated();
    Q_EMIT statusMessage(tr("Sandbox identity created: WeChat Pay merchant %1, Alipay app %2.")
                             .arg(created->mchid, created->alipayAppId));
    return true;
}

// Without a usable keychain the identity can still serve this session: test keys, kept in
// memory only, never written anywhere unless the user exports them.
bool SandboxActions::createSessionIdentity(const QString &keychainError)
{
    QWidget *parent = m_dialogParent->window();
    const auto answer = QMessageBox::question(
        parent, tr("Keychain Unavailable"),
        tr("The sandbox identity cannot be kept in the system keychain:\n%1\n\n"
           "Use a sandbox identity for this session only? It is forgotten when mcpay-admin closes; "
           "export it (Tools ▸ Sandbox ▸ Export Sandbox Identity…) to configure a server with it.")
            .arg(keychainError),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto generated = SandboxIdentity::generate();
    QApplication::restoreOverrideCursor();
    if (!generated) {
        QMessageBox::warning(parent, tr("Sandbox Identity Not Created"), generated.errorMessage());
        return false;
    }
    m_context->sandbox()->setIdentity(*generated);
    Q_EMIT identityCreated();
    Q_EMIT statusMessage(tr("Sandbox identity for this session: WeChat Pay merchant %1, Alipay app %2 (not kept in "
                            "the keychain).")
                             .arg(generated->mchid, generated->alipayAppId));
    return true;
}

bool SandboxActions::exportIdentity(const QString &directory)
{
    QWidget *parent = m_dialogParent->window();
    SandboxService *sandbox = m_context->sandbox();
    if (!sandbox->hasIdentity()) {
        QMessageBox::information(parent, tr("Export Sandbox Identity"),
                                 m_context->sandboxLoadPending()
                                     ? tr("The sandbox identity is still being read from the keychain. Try again in a moment.")
                                     : tr("There is no sandbox identity yet. Create one first (Tools ▸ Sandbox ▸ Create Sandbox Identity)."));
        return false;
    }
    QString dir = directory;
    if (dir.isEmpty()) {
        const QString start = m_context->settings().lastDirectory(LastExportDirectory);
        dir = QFileDialog::getExistingDirectory(parent, tr("Export the Sandbox Identity to"),
                                                start.isEmpty() ? QDir::homePath() : start);
        if (dir.isEmpty())
            return false;
    }
    const auto written = sandbox->identity().exportTo(dir);
    if (!written) {
        QMessageBox::warning(parent, tr("Export Failed"), written.errorMessage());
        return false;
    }
    m_context->settings().setLastDirectory(LastExportDirectory, dir);
    Q_EMIT statusMessage(tr("Sandbox identity exported to %1.").arg(QDir::toNativeSeparators(dir)));
    if (directory.isEmpty()) {
        // Interactive: show the folder and say what is in it.
        QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
        QMessageBox box(QMessageBox::Information, tr("Sandbox Identity Exported"),
                        tr("%n file(s) written to %1. Files holding private keys are readable by you only; "
                           "hand them only to the developers of the server under test.",
                           nullptr, int(written->size()))
                            .arg(QDir::toNativeSeparators(dir)),
                        QMessageBox::Ok, parent);
        box.setInformativeText(written->join(u'\n'));
        box.exec();
    }
    return true;
}
