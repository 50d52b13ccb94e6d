#pragma once

#include "sandbox/servercheck.h"

#include <QPointer>
#include <QWidget>

class AppContext;
class NotificationLogPage;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTreeWidget;
class QNetworkAccessManager;

// Checks a notify endpoint — another team's PHP server, or this application's own
// listener — with the sandbox identity: a genuine notification, forged ones, a wrong
// amount, concurrent duplicates, an unknown order and the sn-truncation defect. The server
// under test must have been configured with the exported sandbox identity. How the outcome
// is learnt: the server's database (orders are created there and read back) or its client
// API (create order + an order-status URL). Every case is listed as it finishes, with an
// explanation written for the server's developers; the report can be copied or saved.
class ServerCheckPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerCheckPage)

public:
    // listenerPage: offers "this application's listener" as a target (may be null).
    ServerCheckPage(AppContext *context, NotificationLogPage *listenerPage, QWidget *parent = nullptr);
    ~ServerCheckPage() override;

    QAction *runAction() const { return m_runAction; }
    // Fills the form to check the embedded listener on the current database.
    void targetEmbeddedListener();
    // Starts the battery with the form's values; false (with the reason shown) when the
    // form is incomplete or no sandbox identity is available.
    bool run();
    void cancel();
    bool isRunning() const { return m_check && m_check->isRunning(); }

    // The last complete report (empty cases when none yet).
    const ServerCheckReport &report() const { return m_report; }
    QTreeWidget *casesView() const { return m_cases; }
    QString summaryText() const;

Q_SIGNALS:
    void finished(const ServerCheckReport &report);
    void statusMessage(const QString &text);

private:
    enum ProbeKind { ProbeDatabase = 0, ProbeApi = 1 };
    void addCase(const ServerCheckCase &result);
    void showCase();
    void setSummary(const QString &text, bool error);
    void saveReport();
    void updateButtons();
    void saveForm();

    AppContext *m_context;
    QPointer<NotificationLogPage> m_listenerPage;
    QNetworkAccessManager *m_network;
    QPointer<ServerCheck> m_check;
    ServerCheckReport m_report;

    QLineEdit *m_notifyUrl;
    QComboBox *m_channel;
    QComboBox *m_probeKind;
    QStackedWidget *m_probeStack;
    QLineEdit *m_databaseUrl;
    QLineEdit *m_databasePassword;
    QLineEdit *m_apiBase;
    QLineEdit *m_token;
    QLineEdit *m_statusUrl;
    QSpinBox *m_duplicates;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QPushButton *m_saveButton;
    QLabel *m_summary;
    QTreeWidget *m_cases;
    QPlainTextEdit *m_detail;
    QAction *m_runAction;
};
