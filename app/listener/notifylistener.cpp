#include "notifylistener.h"

#include "boundedhttpserver.h"
#include "logging.h"
#include "notifyprocessor.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

// Lives in the listener thread: the HTTP server and the pipeline, with the thread's own
// database connection.
class NotifyListenerWorker final : public QObject
{
public:
    NotifyListenerWorker(NotifyListener *listener, Database db, NotifyConfig config, NotifyLimits limits,
                         std::function<qint64()> clock)
        : m_listener(listener), m_db(std::move(db)), m_config(std::move(config)), m_limits(limits),
          m_clock(std::move(clock))
    {
    }

    Status listen(const QHostAddress &address, quint16 port, quint16 *boundPort)
    {
        m_processor = std::make_unique<NotifyProcessor>(m_db, m_config, m_clock);
        m_server = new BoundedHttpServer(m_limits, [this](const HttpRequest &r) { return handle(r); }, this);
        m_server->setRefusalHandler([this](const HttpRequest &r, int status) { publish(m_processor->refused(r, status)); });
        if (!m_server->listen(address, port)) {
            const QString reason = m_server->errorString();
            delete m_server;
            m_server = nullptr;
            return Error(QCoreApplication::translate("NotifyListener",
                                                     "Cannot listen on %1:%2: %3. Choose another port or stop the "
                                                     "program that uses it.")
                             .arg(address.toString())
                             .arg(port)
                             .arg(reason),
                         u"LISTEN_FAILED"_s);
        }
        *boundPort = m_server->serverPort();
        return {};
    }

    void setConfig(const NotifyConfig &config)
    {
        m_config = config;
        if (m_processor)
            m_processor->setConfig(config);
    }

    void shutdown(int graceMs)
    {
        if (!m_server) {
            finish();
            return;
        }
        connect(m_server, &BoundedHttpServer::drained, this, [this] { finish(); }, Qt::QueuedConnection);
        QTimer::singleShot(graceMs, this, [this] { finish(); });
        m_server->shutdown();
    }

private:
    HttpReply handle(const HttpRequest &request)
    {
        NotifyProcessor::Outcome outcome = m_processor->process(request);
        publish(outcome);
        return outcome.reply;
    }

    void publish(const NotifyProcessor::Outcome &outcome)
    {
        if (!outcome.record)
            return;
        const NotifyRecord record = *outcome.record;
        QPointer<NotifyListener> listener = m_listener;
        QMetaObject::invokeMethod(
            m_listener,
            [listener, record] {
                if (!listener)
                    return;
                emit listener->notificationHandled(record);
                if (record.transitioned)
                    emit listener->orderPaid(record.orderSn);
            },
            Qt::QueuedConnection);
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        // The server (a child) goes with this object when the thread has ended.
        if (m_server)
            m_server->disconnect(this);
        m_processor.reset();
        m_db.releaseThreadConnection();
        thread()->quit();
    }

    NotifyListener *m_listener;
    Database m_db;
    NotifyConfig m_config;
    NotifyLimits m_limits;
    std::function<qint64()> m_clock;
    std::unique_ptr<NotifyProcessor> m_processor;
    BoundedHttpServer *m_server = nullptr;
    bool m_finished = false;
};

NotifyListener::NotifyListener(Database database, NotifyConfig config, QObject *parent)
    : QObject(parent), m_db(std::move(database)), m_config(std::move(config))
{
    qRegisterMetaType<NotifyRecord>();
}

NotifyListener::~NotifyListener()
{
    stop(2000);
}

void NotifyListener::setConfig(const NotifyConfig &config)
{
    m_config = config;
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, config] { worker->setConfig(config); },
                                  Qt::QueuedConnection);
    }
}

Status NotifyListener::start(const QHostAddress &address, quint16 port)
{
    if (m_running)
        return Error(tr("The listener is already running on port %1.").arg(m_port));
    m_thread = new QThread(this);
    m_thread->setObjectName(u"notify-listener"_s);
    m_worker = new NotifyListenerWorker(this, m_db, m_config, m_limits, m_clock);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();

    Status status;
    quint16 bound = 0;
    QMetaObject::invokeMethod(
        m_worker, [&] { status = m_worker->listen(address, port, &bound); }, Qt::BlockingQueuedConnection);
    if (!status) {
        stop(0);
        return status;
    }
    m_running = true;
    m_port = bound;
    m_address = address;
    qCInfo(lcNotify) << "listening on" << address.toString() << bound;
    emit runningChanged(true);
    return {};
}

void NotifyListener::stop(int graceMs)
{
    if (!m_thread)
        return;
    NotifyListenerWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, graceMs] { worker->shutdown(graceMs); }, Qt::QueuedConnection);
    m_thread->wait(graceMs + 5000);
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
    const bool wasRunning = m_running;
    m_running = false;
    m_port = 0;
    if (wasRunning) {
        qCInfo(lcNotify) << "listener stopped";
        emit runningChanged(false);
    }
}
