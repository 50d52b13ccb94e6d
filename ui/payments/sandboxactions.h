#pragma once

#include <QObject>
#include <QPointer>

class AppContext;
class NotificationLogPage;
class QAction;
class QLabel;
class QWidget;

// The sandbox's actions for the main window's Tools ▸ Sandbox menu and the test payment
// console:
//  - Create Sandbox Identity… generates the sandbox keys and ids and stores them in the
//    keychain (asks first; asks a second time before replacing an existing identity);
//  - Export Sandbox Identity… writes what a server under test needs into a folder;
//  - Use Sandbox Channels (checkable, remembered): the embedded listener trusts the sandbox
//    identity instead of the production channels (see NotificationLogPage), and the status
//    bar shows a SANDBOX marker.
class SandboxActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxActions)

public:
    // Dialogs open over `dialogParent`'s window.
    SandboxActions(AppContext *context, NotificationLogPage *listenerPage, QWidget *dialogParent);

    QAction *createIdentityAction() const { return m_create; }
    QAction *exportIdentityAction() const { return m_export; }
    QAction *useSandboxChannelsAction() const { return m_use; }
    QList<QAction *> actions() const;

    // A status bar label that reads "SANDBOX" while the sandbox channels are in use.
    QLabel *createStatusMarker(QWidget *parent);

public Q_SLOTS:
    // Interactive: asks before generating, and again before replacing. True when an
    // identity was created.
    bool createIdentity();
    // When the keychain cannot keep it: offers an identity for this session only.
    bool createSessionIdentity(const QString &keychainError);
    // Interactive: asks for a folder (or uses `directory`), writes the files, lists them.
    bool exportIdentity(const QString &directory = {});
    void setUseSandboxChannels(bool on);

Q_SIGNALS:
    void identityCreated();
    void statusMessage(const QString &text);

private:
    void updateMarkers();

    AppContext *m_context;
    NotificationLogPage *m_listenerPage;
    QWidget *m_dialogParent;
    QAction *m_create;
    QAction *m_export;
    QAction *m_use;
    QList<QPointer<QLabel>> m_markers;
};
