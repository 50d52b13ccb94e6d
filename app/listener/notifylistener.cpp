#include "notifylistener.h"

#include "boundedhttpserver.h"
#include "clientapi.h"
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

    BoundedHttpServer *prepare(std::shared_ptr<std::atomic<int>> connectionCounter, std::shared_ptr<QMutex> writeLock)
    {
        m_clientApi = m_listener->m_clientApi;
        m_processor = std::make_unique<NotifyProcessor>(m_db, m_config, m_clock);
        m_processor->setWriteLock(std::move(writeLock));
        m_server = new BoundedHttpServer(m_limits, [this](const HttpRequest &r) { return handle(r); }, this);
        m_server->setRefusalHandler([this](const HttpRequest &r, int status) { publish(m_processor->refused(r, status)); });
        m_server->setSharedConnectionCounter(std::move(connectionCounter));
        return m_server;
    }

    Status listen(const QHostAddress &address, quint16 port, const QList<BoundedHttpServer *> &peers, quint16 *boundPort)
    {
        m_server->setPeers(peers);
        if (!m_server->listen(address, port)) {
            return Error(QCoreApplication::translate("NotifyListener",
                                                     "Cannot listen on %1:%2: %3. Choose another port or stop the "
                                                     "program that uses it.")
                             .arg(address.toString())
                             .arg(port)
                             .arg(m_server->errorString()),
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
        if (m_clientApi && ClientApi::handles(request.path))
            return m_clientApi->handle(request);
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
    std::shared_ptr<ClientApi> m_clientApi;
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
    for (NotifyListenerWorker *worker : std::as_const(m_workers))
        QMetaObject::invokeMethod(worker, [worker, config] { worker->setConfig(config); }, Qt::QueuedConnection);
}

Status NotifyListener::start(const QHostAddress &address, quint16 port)
{
    if (m_running)
        return Error(tr("The listener is already running on port %1.").arg(m_port));
    const int count = qBound(1, m_limits.processingThreads, 16);
    auto connections = std::make_shared<std::atomic<int>>(0);
    const auto writeLock = m_db.dialect() == SqlDialect::Sqlite && count > 1 ? std::make_shared<QMutex>() : nullptr;
    QList<BoundedHttpServer *> servers;
    for (int i = 0; i < count; ++i) {
        auto *thread = new QThread(this);
        thread->setObjectName(u"notify-listener"_s);
        auto *worker = new NotifyListenerWorker(this, m_db, m_config, m_limits, m_clock);
        worker->moveToThread(thread);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        m_threads.append(thread);
        m_workers.append(worker);
        BoundedHttpServer *server = nullptr;
        QMetaObject::invokeMethod(
            worker, [&] { server = worker->prepare(connections, writeLock); }, Qt::BlockingQueuedConnection);
        servers.append(server);
    }

    Status status;
    quint16 bound = 0;
    NotifyListenerWorker *acceptor = m_workers.first();
    const QList<BoundedHttpServer *> peers = servers.mid(1);
    QMetaObject::invokeMethod(
        acceptor, [&] { status = acceptor->listen(address, port, peers, &bound); }, Qt::BlockingQueuedConnection);
    if (!status) {
        stop(0);
        return status;
    }
    m_running = true;
    m_port = bound;
    m_address = address;
    qCInfo(lcNotify) << "listening on" << address.toString() << bound << "with" << count << "thread(s)";
    emit runningChanged(true);
    return {};
}

void NotifyListener::stop(int graceMs)
{
    if (m_threads.isEmpty())
        return;
    // The acceptor first: it stops accepting and keeps what the kernel had accepted.
    for (NotifyListenerWorker *worker : std::as_const(m_workers))
        QMetaObject::invokeMethod(worker, [worker, graceMs] { worker->shutdown(graceMs); }, Qt::QueuedConnection);
    for (QThread *thread : std::as_const(m_threads)) {
        if (!thread->wait(graceMs + 5000)) {
            // A database call is still running (MySQL gives up after its read timeout); the
            // thread cannot be abandoned while it uses the connection.
            qCWarning(lcNotify) << "waiting for the listener's database call to finish";
            thread->wait();
        }
        delete thread;
    }
    m_threads.clear();
    m_workers.clear();
    const bool wasRunning = m_running;
    m_running = false;
    m_port = 0;
    if (wasRunning) {
        qCInfo(lcNotify) << "listener stopped";
        emit runningChanged(false);
    }
}
