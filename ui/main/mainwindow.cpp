#include "mainwindow.h"

#include "connectdialog.h"
#include "core/appcontext.h"
#include "core/connectionprofiles.h"
#include "core/language.h"
#include "finance/auditlogpage.h"
#include "finance/channelservices.h"
#include "finance/currentprofile.h"
#include "finance/orderfinancepanel.h"
#include "finance/reconciliationpage.h"
#include "finance/reportspage.h"
#include "flow/flowdocumentcontroller.h"
#include "flow/floweditorpage.h"
#include "payments/channelsettingsdialog.h"
#include "payments/consolepreviewpayments.h"
#include "payments/notificationlogpage.h"
#include "payments/sandboxactions.h"
#include "payments/servercheckpage.h"
#include "payments/testpaymentpage.h"
#include "orders/orderspage.h"
#include "sandbox/sandboxservice.h"
#include "secrets/secretstore.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QStatusBar>
#include <QTabWidget>

MainWindow::MainWindow(AppContext *context, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_tabs(new QTabWidget(this)), m_databaseLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("mcpay-admin — Marketing Chat Payments"));
    setCentralWidget(m_tabs);
    m_tabs->setDocumentMode(true);

    m_profile = new CurrentProfile(context->settings(), this);

    auto *orders = new OrdersPage(context, this);
    m_tabs->addTab(orders, tr("&Orders"));
    auto *finance = new OrderFinancePanel(context, orders);
    finance->setProfile(m_profile);
    orders->addDetailWidget(finance);
    connect(orders, &OrdersPage::currentOrderChanged, finance, &OrderFinancePanel::setOrderSn);
    connect(orders, &OrdersPage::statusMessage, this, [this](const QString &text, int timeoutMs) {
        statusBar()->showMessage(text, timeoutMs);
    });
    m_flow = new FlowEditorPage(context, this);
    m_flow->setProfile(m_profile);
    m_tabs->addTab(m_flow, tr("Dialogue &Flow"));
    connect(m_flow, &FlowEditorPage::titleChanged, this, [this](const QString &title) {
        m_tabs->setTabText(m_tabs->indexOf(m_flow), tr("Dialogue &Flow") + QStringLiteral(" — ") + title);
    });
    connect(m_flow, &FlowEditorPage::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
    m_notifications = new NotificationLogPage(context, this);
    m_tabs->addTab(m_notifications, tr("&Notifications"));
    auto *testPayments = new TestPaymentPage(context, m_notifications, this);
    testPayments->setPaymentButtonProvider([this] { return TestPaymentPage::paymentButtons(m_flow->controller()->document()); });
    m_tabs->addTab(testPayments, tr("Test &Payments"));
    m_flow->setPreviewPayments(new ConsolePreviewPayments(testPayments, this));
    auto *serverCheck = new ServerCheckPage(context, m_notifications, this);
    m_tabs->addTab(serverCheck, tr("Server C&heck"));
    connect(serverCheck, &ServerCheckPage::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(testPayments, &TestPaymentPage::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    m_tabs->addTab(new ReportsPage(context, this), tr("&Reports"));
    auto *reconciliation = new ReconciliationPage(context, this);
    reconciliation->setProfile(m_profile);
    m_tabs->addTab(reconciliation, tr("Re&conciliation"));
    m_tabs->addTab(new AuditLogPage(context, this), tr("&Audit Log"));

    // Refunds and "ask the channels" need the channel keys: built in the background from
    // the channel settings and the keychain (or the sandbox), again whenever they change.
    m_channelServices = new ChannelServices(context, this);
    connect(m_channelServices, &ChannelServices::changed, this, [this, finance, reconciliation] {
        finance->setRefundCoordinator(m_channelServices->refundCoordinator());
        reconciliation->setChannelReconciler(m_channelServices->reconciler());
    });
    connect(context, &AppContext::databaseChanged, m_channelServices, &ChannelServices::reload);
    // On the sandbox channels, refunds and queries go to the sandbox gateway.
    const auto useSandbox = [this, context](bool on) {
        SandboxService *sandbox = on ? context->sandbox() : nullptr;
        m_channelServices->setSandbox(sandbox, on);
        if (sandbox)
            connect(sandbox, &SandboxService::identityChanged, m_channelServices, &ChannelServices::reload,
                    Qt::UniqueConnection);
        m_channelServices->reload();
    };
    connect(m_notifications, &NotificationLogPage::sandboxChannelsChanged, this, useSandbox);
    QMetaObject::invokeMethod(
        this, [this, useSandbox] { useSandbox(m_notifications->sandboxChannels()); }, Qt::QueuedConnection);

    statusBar()->addPermanentWidget(m_databaseLabel);
    connect(context, &AppContext::databaseChanged, this, &MainWindow::updateDatabaseLabel);
    buildMenus();
    QMenu *ordersMenu = menuBar()->insertMenu(m_toolsMenu->menuAction(), new QMenu(tr("&Orders"), this))->menu();
    ordersMenu->addActions(orders->actions());
    QMenu *flowMenu = menuBar()->insertMenu(m_toolsMenu->menuAction(), new QMenu(tr("F&low"), this))->menu();
    flowMenu->addActions(m_flow->fileActions());
    flowMenu->addSeparator();
    flowMenu->addActions(m_flow->flowActions());
    m_editMenu->addActions(m_flow->editActions());
    m_toolsMenu->addActions(m_notifications->listenerActions());
    m_toolsMenu->addSeparator();
    QAction *channels = m_toolsMenu->addAction(tr("Payment &Channels…"), this, [this] {
        ChannelSettingsDialog dialog(m_context, this);
        dialog.setActor(m_profile->actor());
        connect(&dialog, &ChannelSettingsDialog::saved, m_channelServices, &ChannelServices::reload);
        dialog.exec();
    });
    channels->setEnabled(m_profile->canConfigureChannels());
    connect(m_profile, &CurrentProfile::profileChanged, channels,
            [this, channels] { channels->setEnabled(m_profile->canConfigureChannels()); });
    m_toolsMenu->addMenu(tr("&Sandbox"))->addActions(testPayments->sandboxActions()->actions());
    statusBar()->addPermanentWidget(testPayments->sandboxActions()->createStatusMarker(this));
    // The flow editor's actions work wherever the user is; bring its tab forward.
    for (QAction *a : m_flow->fileActions() + m_flow->editActions() + m_flow->flowActions())
        connect(a, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_flow); });
    updateDatabaseLabel();

    resize(1280, 800);
    restoreGeometry(context->settings().windowGeometry(objectName()));
    restoreState(context->settings().windowState(objectName()));
    m_tabs->setCurrentIndex(context->settings().value(QStringLiteral("ui/mainTab"), 0).toInt());
    // Unsaved flow work left by a session that ended without saving is offered back.
    QMetaObject::invokeMethod(m_flow, &FlowEditorPage::offerRecovery, Qt::QueuedConnection);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *connectAction = m_fileMenu->addAction(tr("&Connect to Database…"), this, &MainWindow::showConnectDialog);
    connectAction->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    m_fileMenu->addAction(tr("Open the &Embedded Database"), this, &MainWindow::openEmbeddedDatabase);
    QMenu *recent = m_fileMenu->addMenu(tr("&Recent Databases"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        const auto profiles = ConnectionProfiles::load(m_context->settings());
        for (const ConnectionProfile &p : profiles)
            recent->addAction(p.name, this, [this, url = p.url] { openDatabase(url); });
        recent->setEnabled(!profiles.isEmpty());
    });
    m_fileMenu->addSeparator();
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *languageMenu = m_viewMenu->addMenu(tr("&Language"));
    auto *group = new QActionGroup(languageMenu);
    const QString current = Language::resolve(m_context->settings().language());
    for (const QString &lang : Language::available()) {
        QAction *a = languageMenu->addAction(Language::displayName(lang));
        a->setCheckable(true);
        a->setChecked(lang == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, lang] { setLanguage(lang); });
    }
    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));

    // Which actions the window offers: a convenience for people sharing one database
    // account, not a security boundary (docs/finance.md).
    QMenu *profileMenu = m_viewMenu->addMenu(tr("&Profile"));
    auto *profiles = new QActionGroup(profileMenu);
    for (Profile p : {Profile::Admin, Profile::Finance, Profile::Tester}) {
        QAction *a = profileMenu->addAction(Profiles::displayName(p));
        a->setCheckable(true);
        a->setChecked(m_profile->profile() == p);
        profiles->addAction(a);
        connect(a, &QAction::triggered, this, [this, p] { m_profile->setProfile(p); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About mcpay-admin"), this, [this] {
        QMessageBox::about(this, tr("About mcpay-admin"),
                           tr("<h3>mcpay-admin %1</h3><p>Back-office for marketing-chat payment funnels: "
                              "dialogue flows, orders, WeChat Pay and Alipay notifications.</p>"
                              "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                               .arg(QStringLiteral(MCPAY_VERSION)));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updateDatabaseLabel()
{
    const Database db = m_context->database();
    m_databaseLabel->setText(db.isValid() ? tr("Database: %1").arg(db.url().displayName()) : tr("No database"));
    m_databaseLabel->setToolTip(db.isValid() ? db.url().toString() : QString());
    const MigrationReport &report = m_context->migrationReport();
    if (!report.duplicates.isEmpty())
        statusBar()->showMessage(report.summary(), 30000);
}

bool MainWindow::openDatabase(const QString &url, QString password)
{
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed) {
        QMessageBox::warning(this, tr("Cannot Open the Database"), parsed.errorMessage());
        return false;
    }
    if (parsed->dialect == SqlDialect::MySql && password.isEmpty()) {
        auto stored = m_context->secrets()->readNow(SecretStore::databasePasswordKey(parsed->toString()));
        if (stored) {
            password = QString::fromUtf8(*stored);
        } else {
            bool ok = false;
            password = QInputDialog::getText(this, tr("Database Password"),
                                             tr("Password for %1:").arg(parsed->displayName()), QLineEdit::Password,
                                             QString(), &ok);
            if (!ok)
                return false;
        }
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = m_context->openDatabase(parsed->toString(), password);
    QApplication::restoreOverrideCursor();
    if (!report) {
        QMessageBox::warning(this, tr("Cannot Open the Database"),
                             tr("%1\n\nThe previous database stays open.").arg(report.errorMessage()));
        return false;
    }
    ConnectionProfiles::remember(m_context->settings(), {parsed->displayName(), parsed->toString()});
    if (!report->duplicates.isEmpty())
        QMessageBox::information(this, tr("Duplicated Order Numbers"), report->summary());
    return true;
}

void MainWindow::showConnectDialog()
{
    ConnectDialog dialog(m_context, this);
    dialog.setUrl(m_context->database().isValid() ? m_context->database().url().toString() : AppContext::defaultDatabaseUrl());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString url = dialog.url();
    const QString password = dialog.password();
    if (!openDatabase(url, password.isEmpty() ? QString() : password))
        return;
    if (dialog.rememberPassword() && !password.isEmpty()) {
        m_context->secrets()->write(SecretStore::databasePasswordKey(url), password.toUtf8(), this, [this](Status s) {
            if (!s)
                QMessageBox::warning(this, tr("Password Not Saved"), s.errorMessage());
            else
                statusBar()->showMessage(tr("The password is saved in the system keychain."), 5000);
        });
    }
}

void MainWindow::openEmbeddedDatabase()
{
    openDatabase(AppContext::defaultDatabaseUrl());
}

void MainWindow::setLanguage(const QString &language)
{
    m_context->settings().setLanguage(language);
    const auto answer = QMessageBox::question(
        this, tr("Language"), tr("The new language is used from the next start. Restart mcpay-admin now?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    if (close()) {
        QProcess::startDetached(QApplication::applicationFilePath(), QApplication::arguments().mid(1));
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_flow->maybeSave()) {
        event->ignore();
        return;
    }
    m_context->settings().setWindowGeometry(objectName(), saveGeometry());
    m_context->settings().setWindowState(objectName(), saveState());
    m_context->settings().setValue(QStringLiteral("ui/mainTab"), m_tabs->currentIndex());
    QMainWindow::closeEvent(event);
}
