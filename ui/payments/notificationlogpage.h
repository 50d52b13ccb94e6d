#pragma once

#include "listener/notifylistener.h"
#include "listener/notifyrecord.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class AppContext;
class NotifyListener;
class NotifyLogModel;
class QAction;
class QLabel;
class QSpinBox;
class QTableView;
class SandboxService;

// The live notification log: every notification the embedded listener answered, with its
// verdict, order and latency; and the controls to start and stop the listener. The
// listener runs in its own thread; this page only shows what it reports.
//
// Sandbox channels: while on (Tools ▸ Sandbox ▸ Use Sandbox Channels, remembered as
// "sandbox/active"), the listener trusts the sandbox identity's ids and keys
// (SandboxIdentity::notifyConfig()) INSTEAD of the production channel settings — sandbox
// notifications are applied, real ones are refused with the channel's error answer (the
// channels retry them later). Switching on changes a running listener in place (same port);
// switching off restarts it with the production keys.
class NotificationLogPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationLogPage)

public:
    explicit NotificationLogPage(AppContext *context, QWidget *parent = nullptr);
    ~NotificationLogPage() override;

    // Actions for the main window's menus and tool bar: start, stop, reload.
    QList<QAction *> listenerActions() const;
    NotifyListener *listener() const { return m_listener; }
    NotifyLogModel *model() const { return m_model; }

    bool sandboxChannels() const { return m_sandboxChannels; }
    void setSandboxChannels(bool on);
    // http://127.0.0.1:<port> of the running listener; empty when it is not running.
    QUrl listenerBaseUrl() const;
    // For test payments and server checks against this application: makes sure the listener
    // runs on the sandbox channels and returns its base URL (empty when it could not, with
    // the reason on this page). Turns the sandbox channels on; when a listener is running on
    // the production channels, asks first (over `askParent`) and returns empty if refused.
    QUrl ensureSandboxListener(QWidget *askParent);

public slots:
    // Reads the channel settings and keys, then starts listening on 127.0.0.1:<port>.
    void startListener();
    void stopListener();
    // Reloads the newest journal rows of the current database.
    void reload();
    // Shows a record (the listener's notificationHandled signal).
    void addRecord(const NotifyRecord &record);

signals:
    void orderPaid(const QString &orderSn);
    void listenerRunningChanged(bool running);
    void sandboxChannelsChanged(bool on);

private:
    void startWith(const QByteArray &apiV3Key, const QByteArray &v2Key, const QByteArray &alipayPublicKey);
    void startWithConfig(const NotifyConfig &config, bool sandbox);
    void startSandboxListener();
    // The application's sandbox, with identity changes followed (created on first use).
    SandboxService *sandbox();
    void updateState();
    void showMessage(const QString &text, bool error);

    AppContext *m_context;
    NotifyLogModel *m_model;
    QTableView *m_view;
    QSpinBox *m_port;
    QLabel *m_status;
    QLabel *m_alerts;
    QAction *m_startAction;
    QAction *m_stopAction;
    QAction *m_reloadAction;
    QPointer<NotifyListener> m_listener;
    bool m_starting = false;
    bool m_sandboxChannels = false;
    bool m_runningSandbox = false;
    bool m_sandboxConnected = false;
};
