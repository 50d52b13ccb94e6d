#include "notificationlogpage.h"

#include "notifylogmodel.h"

#include "channels/channelconfig.h"
#include "core/appcontext.h"
#include "listener/notifyconfigfile.h"
#include "listener/notifyjournal.h"
#include "listener/notifylistener.h"
#include "secrets/secretstore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
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
    m_port->setRange(1, 65535);
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

void NotificationLogPage::startListener()
{
    if (m_listener || m_starting)
        return;
    m_starting = true;
    updateState();
    showMessage(tr("Reading the channel keys…"), false);
    // The three secrets, read one after another from the keychain; an absent entry leaves
    // its channel unconfigured.
    auto secrets = std::make_shared<QList<QByteArray>>();
    const QStringList keys{ChannelSecrets::weChatApiV3Key, ChannelSecrets::weChatV2ApiKey, ChannelSecrets::alipayPublicKey};
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, secrets, keys, next] {
        if (secrets->size() == keys.size()) {
            startWith(secrets->at(0), secrets->at(1), secrets->at(2));
            *next = nullptr;
            return;
        }
        m_context->secrets()->read(keys.at(secrets->size()), this, [this, secrets, next](Result<QByteArray> value) {
            if (!value && value.error().code != u"not-found") {
                m_starting = false;
                showMessage(value.errorMessage(), true);
                updateState();
                *next = nullptr;
                return;
            }
            secrets->append(value ? *value : QByteArray());
            (*next)();
        });
    };
    (*next)();
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
    auto *listener = new NotifyListener(m_context->database(), *config, this);
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
    m_context->settings().setValue(u"listener/port"_s, m_port->value());
    QStringList ready;
    if (config->wechat.isConfigured())
        ready << tr("WeChat Pay");
    if (config->alipay.isConfigured())
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
