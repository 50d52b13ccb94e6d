#pragma once

#include <QDialog>

class AppContext;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QCheckBox;
class QStackedWidget;

// Chooses the database: the embedded SQLite file, another SQLite file, or the MySQL/MariaDB
// database of a likeadmin deployment. Remembers profiles without passwords; a password
// goes to the keychain when "remember" is ticked.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    explicit ConnectDialog(AppContext *context, QWidget *parent = nullptr);

    // Pre-fills the form from a URL (the last one used, say).
    void setUrl(const QString &url);
    QString url() const;
    QString password() const;
    bool rememberPassword() const;

    void accept() override;

private:
    void updateKind();
    void browseSqlite();

    AppContext *m_context;
    QComboBox *m_profiles;
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    QLineEdit *m_sqlitePath;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLineEdit *m_database;
    QLineEdit *m_socket;
    QLineEdit *m_prefix;
    QLabel *m_error;
};
