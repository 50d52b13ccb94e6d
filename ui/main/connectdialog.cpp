#include "connectdialog.h"

#include "core/appcontext.h"
#include "core/connectionprofiles.h"
#include "db/databaseurl.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

ConnectDialog::ConnectDialog(AppContext *context, QWidget *parent)
    : QDialog(parent), m_context(context), m_profiles(new QComboBox(this)), m_kind(new QComboBox(this)),
      m_pages(new QStackedWidget(this)), m_sqlitePath(new QLineEdit(this)), m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("Remember the password in the system keychain"), this)),
      m_database(new QLineEdit(this)), m_socket(new QLineEdit(this)), m_prefix(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Connect to a Database"));

    m_profiles->addItem(tr("(new connection)"));
    for (const ConnectionProfile &p : ConnectionProfiles::load(context->settings()))
        m_profiles->addItem(p.name, p.url);
    connect(m_profiles, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index > 0)
            setUrl(m_profiles->itemData(index).toString());
    });

    m_kind->addItem(tr("SQLite file (embedded)"));
    m_kind->addItem(tr("MySQL / MariaDB (likeadmin)"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateKind);

    auto *sqlitePage = new QWidget(this);
    auto *sqliteForm = new QFormLayout(sqlitePage);
    auto *pathRow = new QHBoxLayout;
    auto *browse = new QPushButton(tr("Browse…"), sqlitePage);
    connect(browse, &QPushButton::clicked, this, &ConnectDialog::browseSqlite);
    pathRow->addWidget(m_sqlitePath);
    pathRow->addWidget(browse);
    sqliteForm->addRow(tr("&File:"), pathRow);
    m_sqlitePath->setText(AppContext::defaultDatabasePath());

    auto *mysqlPage = new QWidget(this);
    auto *mysqlForm = new QFormLayout(mysqlPage);
    m_host->setText(QStringLiteral("127.0.0.1"));
    m_port->setRange(1, 65535);
    m_port->setValue(3306);
    m_password->setEchoMode(QLineEdit::Password);
    m_socket->setPlaceholderText(tr("optional, e.g. /run/mysqld/mysqld.sock"));
    mysqlForm->addRow(tr("&Host:"), m_host);
    mysqlForm->addRow(tr("&Port:"), m_port);
    mysqlForm->addRow(tr("&User:"), m_user);
    mysqlForm->addRow(tr("Pass&word:"), m_password);
    mysqlForm->addRow(QString(), m_remember);
    mysqlForm->addRow(tr("&Database:"), m_database);
    mysqlForm->addRow(tr("Unix &socket:"), m_socket);

    m_pages->addWidget(sqlitePage);
    m_pages->addWidget(mysqlPage);

    m_prefix->setText(QStringLiteral("la_"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Saved:"), m_profiles);
    form->addRow(tr("&Type:"), m_kind);
    auto *prefixForm = new QFormLayout;
    prefixForm->addRow(tr("Table &prefix:"), m_prefix);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    layout->addLayout(prefixForm);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateKind();
}

void ConnectDialog::updateKind()
{
    m_pages->setCurrentIndex(m_kind->currentIndex());
}

void ConnectDialog::browseSqlite()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("SQLite Database"), m_sqlitePath->text(),
                                                      tr("SQLite databases (*.db *.sqlite);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_sqlitePath->setText(path);
}

void ConnectDialog::setUrl(const QString &text)
{
    auto url = DatabaseUrl::parse(text);
    if (!url)
        return;
    m_prefix->setText(url->prefix);
    if (url->dialect == SqlDialect::Sqlite) {
        m_kind->setCurrentIndex(0);
        m_sqlitePath->setText(url->path);
    } else {
        m_kind->setCurrentIndex(1);
        m_host->setText(url->host);
        m_port->setValue(url->port);
        m_user->setText(url->user);
        m_database->setText(url->database);
        m_socket->setText(url->socket);
    }
    updateKind();
}

QString ConnectDialog::url() const
{
    DatabaseUrl url;
    url.prefix = m_prefix->text().trimmed();
    if (m_kind->currentIndex() == 0) {
        url.dialect = SqlDialect::Sqlite;
        url.path = m_sqlitePath->text().trimmed();
    } else {
        url.dialect = SqlDialect::MySql;
        url.host = m_host->text().trimmed();
        url.port = m_port->value();
        url.user = m_user->text().trimmed();
        url.database = m_database->text().trimmed();
        url.socket = m_socket->text().trimmed();
    }
    return url.toString();
}

QString ConnectDialog::password() const
{
    return m_kind->currentIndex() == 1 ? m_password->text() : QString();
}

bool ConnectDialog::rememberPassword() const
{
    return m_kind->currentIndex() == 1 && m_remember->isChecked();
}

void ConnectDialog::accept()
{
    // Validate the form before handing it over: the URL parser says what is missing.
    auto parsed = DatabaseUrl::parse(url());
    if (!parsed) {
        m_error->setText(parsed.errorMessage());
        m_error->show();
        return;
    }
    QDialog::accept();
}
