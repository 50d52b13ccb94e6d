#include "notificationlogpage.h"

#include "notifylogmodel.h"

#include "channels/channelconfig.h"
#include "core/appcontext.h"
#include "listener/notifyconfigfile.h"
#include "listener/notifyjournal.h"
#include "listener/notifylistener.h"
#include "sandbox/sandboxservice.h"
#include "secrets/secretstore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

NotificationLogPage::NotificationLogPage(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new NotifyLogModel(this)), m_view(new QTableView(this)),
      m_port(new QSpinBox(this)), m_status(new QLabel(this)), m_alerts(new QLabel(this)),
      m_startAction(new QAction(tr("Start listener"), this)), m_stopAction(new QAction(tr("Stop listener"), this)),
      m_reloadAction(new QAction(tr("Reload log"), this))
{
    setObjectName(u"notificationLogPage"_s);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Any free port"));
    m_port->setValue(m_context->settings().value(u"listener/port"_s, NotifyListener::DefaultPort).toInt());
    m_port->setObjectName(u"listenerPort"_s);
    m_port->setToolTip(tr("The listener accepts connections on 127.0.0.1 only; put a reverse proxy in front of it."));

    m_view->setModel(m_model);
    m_view->setObjectName(u"notificationLog"_s);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);

    m_startAction->setObjectName(u"startListener"_s);
    m_stopAction->setObjectName(u"stopListener"_s);
    connect(m_startAction, &QAction::triggered, this, &NotificationLogPage::startListener);
    connect(m_stopAction, &QAction::triggered, this, &NotificationLogPage::stopListener);
    connect(m_reloadAction, &QAction::triggered, this, &NotificationLogPage::reload);

    auto *startButton = new QToolButton(this);
    startButton->setDefaultAction(m_startAction);
    auto *stopButton = new QToolButton(this);
    stopButton->setDefaultAction(m_stopAction);
    auto *reloadButton = new QToolButton(this);
    reloadButton->setDefaultAction(m_reloadAction);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Port:"), this));
    bar->addWidget(m_port);
    bar->addWidget(startButton);
    bar->addWidget(stopButton);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_alerts);
    bar->addWidget(reloadButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_context, &AppContext::databaseChanged, this, [this] {
        stopListener();
        reload();
    });
    m_sandboxChannels = m_context->settings().value(u"sandbox/active"_s, false).toBool();
    reload();
    updateState();
}

NotificationLogPage::~NotificationLogPage()
{
    if (m_listener)
        m_listener->stop(2000);
}

QList<QAction *> NotificationLogPage::listenerActions() const
{
    return {m_startAction, m_stopAction, m_reloadAction};
}

void NotificationLogPage::reload()
{
    NotifyJournal journal(m_context->database());
    const auto rows = journal.recent(500);
    if (rows)
        m_model->setRecords(*rows);
    const auto alerts = journal.openAlerts(1000);
    const qsizetype open = alerts ? alerts->size() : 0;
    m_alerts->setText(open ? tr("%n open alert(s) for finance", nullptr, int(open)) : QString());
    m_alerts->setStyleSheet(open ? u"color: #b01e1e; font-weight: bold;"_s : QString());
}

void NotificationLogPage::addRecord(const NotifyRecord &record)
{
    m_model->prepend(record);
    if (record.verdict == NotifyVerdict::AmountMismatch)
        reload();
}

SandboxService *NotificationLogPage::sandbox()
{
    SandboxService *service = m_context->sandbox();
    if (!m_sandboxConnected) {
        m_sandboxConnected = true;
        // A new sandbox identity is trusted at once by a listener running on the sandbox channels.
        connect(service, &SandboxService::identityChanged, this, [this, service] {
            if (m_listener && m_runningSandbox && service->hasIdentity())
                m_listener->setConfig(service->identity().notifyConfig());
        });
    }
    return service;
}

void NotificationLogPage::setSandboxChannels(bool on)
{
    if (on == m_sandboxChannels)
        return;
    m_sandboxChannels = on;
    m_context->settings().setValue(u"sandbox/active"_s, on);
    if (m_listener) {
        if (on && sandbox()->hasIdentity()) {
            m_listener->setConfig(sandbox()->identity().notifyConfig());
            m_runningSandbox = true;
            showMessage(tr("Listening on 127.0.0.1:%1 for the SANDBOX channels.").arg(m_listener->serverPort()), false);
        } else {
            stopListener();
            startListener();
        }
    }
    emit sandboxChannelsChanged(on);
}

QUrl NotificationLogPage::listenerBaseUrl() const
{
    if (!m_listener || !m_listener->isRunning())
        return {};
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_listener->serverPort()));
}

QUrl NotificationLogPage::ensureSandboxListener(QWidget *askParent)
{
    if (!m_sandboxChannels) {
        if (m_listener) {
            const auto answer = QMessageBox::question(
                askParent ? askParent : this, tr("Use the Sandbox Channels?"),
                tr("The embedded listener is running on the production channels, so it refuses sandbox "
                   "notifications. Switch it to the sandbox channels?\n\n"
                   "Real notifications are refused while it is (the channels retry them later). "
                   "Tools ▸ Sandbox ▸ Use Sandbox Channels switches back."),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
            if (answer != QMessageBox::Yes)
                return {};
        }
        setSandboxChannels(true);
    }
    if (!m_listener)
        startListener();
    return m_runningSandbox ? listenerBaseUrl() : QUrl();
}

void NotificationLogPage::startSandboxListener()
{
    SandboxService *service = sandbox();
    if (!service->hasIdentity() && m_context->sandboxLoadPending()) {
        // The identity is still on its way from the keychain: start once it has arrived.
        m_starting = true;
        updateState();
        showMessage(tr("Reading the sandbox identity…"), false);
        connect(m_context, &AppContext::sandboxIdentityLoaded, this, [this] {
            m_starting = false;
            startSandboxListener();
        }, Qt::SingleShotConnection);
        return;
    }
    if (!service->hasIdentity()) {
        const QString why = m_context->sandboxLoadError();
        showMessage(tr("There is no sandbox identity yet: create one with Tools ▸ Sandbox ▸ Create Sandbox Identity.")
                        + (why.isEmpty() ? QString() : u" ("_s + why + u")"_s),
                    true);
        updateState();
        return;
    }
    startWithConfig(service->identity().notifyConfig(), true);
}

void NotificationLogPage::startListener()
{
    if (m_listener || m_starting)
        return;
    if (m_sandboxChannels) {
        startSandboxListener();
        return;
    }
    m_starting = true;
    updateState();
    showMessage(tr("Reading the channel keys…"), false);
    // An absent entry leaves its channel unconfigured.
    const QStringList keys{ChannelSecrets::weChatApiV3Key, ChannelSecrets::weChatV2ApiKey, ChannelSecrets::alipayPublicKey};
    m_context->secrets()->readSeveral(keys, this, [this](Result<QHash<QString, QByteArray>> secrets) {
        if (!secrets) {
            m_starting = false;
            showMessage(secrets.errorMessage(), true);
            updateState();
            return;
        }
        startWith(secrets->value(ChannelSecrets::weChatApiV3Key), secrets->value(ChannelSecrets::weChatV2ApiKey),
                  secrets->value(ChannelSecrets::alipayPublicKey));
    });
}

void NotificationLogPage::startWith(const QByteArray &apiV3Key, const QByteArray &v2Key, const QByteArray &alipayPublicKey)
{
    m_starting = false;
    const ChannelConfig channels = ChannelConfig::load(m_context->settings());
    const auto config = notifyConfigFromChannels(channels, apiV3Key, v2Key, alipayPublicKey);
    if (!config) {
        showMessage(config.errorMessage(), true);
        updateState();
        return;
    }
    startWithConfig(*config, false);
}

void NotificationLogPage::startWithConfig(const NotifyConfig &config, bool sandbox)
{
    auto *listener = new NotifyListener(m_context->database(), config, this);
    connect(listener, &NotifyListener::notificationHandled, this, &NotificationLogPage::addRecord);
    connect(listener, &NotifyListener::orderPaid, this, [this](const QString &sn) {
        emit orderPaid(sn);
        m_context->notifyOrdersChanged();
    });
    const Status started = listener->start(QHostAddress::LocalHost, quint16(m_port->value()));
    if (!started) {
        delete listener;
        showMessage(started.errorMessage(), true);
        updateState();
        return;
    }
    m_listener = listener;
    m_runningSandbox = sandbox;
    m_context->settings().setValue(u"listener/port"_s, m_port->value());
    if (sandbox) {
        showMessage(tr("Listening on 127.0.0.1:%1 for the SANDBOX channels.").arg(listener->serverPort()), false);
        updateState();
        emit listenerRunningChanged(true);
        return;
    }
    QStringList ready;
    if (config.wechat.isConfigured())
        ready << tr("WeChat Pay");
    if (config.alipay.isConfigured())
        ready << tr("Alipay");
    showMessage(ready.isEmpty()
                    ? tr("Listening on 127.0.0.1:%1, but no channel is configured: notifications get 503.")
                          .arg(listener->serverPort())
                    : tr("Listening on 127.0.0.1:%1 for %2.").arg(listener->serverPort()).arg(ready.join(u", "_s)),
                ready.isEmpty());
    updateState();
    emit listenerRunningChanged(true);
}

void NotificationLogPage::stopListener()
{
    if (!m_listener)
        return;
    m_listener->stop();
    m_listener->deleteLater();
    m_listener = nullptr;
    m_runningSandbox = false;
    showMessage(tr("The listener is stopped."), false);
    updateState();
    emit listenerRunningChanged(false);
}

void NotificationLogPage::updateState()
{
    const bool running = m_listener && m_listener->isRunning();
    m_startAction->setEnabled(!running && !m_starting);
    m_stopAction->setEnabled(running);
    m_port->setEnabled(!running && !m_starting);
}

void NotificationLogPage::showMessage(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #b01e1e;"_s : QString());
}
