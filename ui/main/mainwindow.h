#pragma once

#include <QMainWindow>

class AppContext;
class ChannelServices;
class CurrentProfile;
class NotificationLogPage;
class FlowEditorPage;
class QLabel;
class QMenu;
class QTabWidget;

// The main window: one tab per task (orders, dialogue flow, notifications), menus that
// gather the pages' actions, the current database in the status bar. Geometry and dock
// state are remembered.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppContext *context, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    FlowEditorPage *flowEditor() const { return m_flow; }

    // Opens a database by URL; asks for a MySQL password (keychain first) when needed.
    // Shows what went wrong and keeps the current database on failure.
    bool openDatabase(const QString &url, QString password = {});

public Q_SLOTS:
    void showConnectDialog();
    void openEmbeddedDatabase();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void updateDatabaseLabel();
    void setLanguage(const QString &language);

    AppContext *m_context;
    QTabWidget *m_tabs;
    QLabel *m_databaseLabel;
    FlowEditorPage *m_flow = nullptr;
    NotificationLogPage *m_notifications = nullptr;
    CurrentProfile *m_profile = nullptr;
    ChannelServices *m_channelServices = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
};
