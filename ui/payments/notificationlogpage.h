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

// The live notification log: every notification the embedded listener answered, with its
// verdict, order and latency; and the controls to start and stop the listener. The
// listener runs in its own thread; this page only shows what it reports.
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

private:
    void startWith(const QByteArray &apiV3Key, const QByteArray &v2Key, const QByteArray &alipayPublicKey);
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
};
