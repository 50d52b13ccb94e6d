#include "database.h"

#include "logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QThread>

Database::Database(DatabaseUrl url, QString password)
    : m_url(std::move(url)), m_password(std::move(password))
{
    m_id = QString::fromLatin1(QCryptographicHash::hash(m_url.toString().toUtf8(), QCryptographicHash::Sha1)
                                   .toHex()
                                   .left(12));
}

QString Database::table(QStringView baseName) const
{
    return m_url.prefix + baseName;
}

Result<QSqlDatabase> Database::connection() const
{
    const QString name = QStringLiteral("mcpay-%1-%2")
                             .arg(m_id)
                             .arg(quintptr(QThread::currentThreadId()), 0, 16);
    return open(name);
}

Result<QSqlDatabase> Database::openConnection(const QString &name) const
{
    return open(QStringLiteral("mcpay-%1-%2").arg(m_id, name));
}

void Database::releaseThreadConnection() const
{
    const QString name = QStringLiteral("mcpay-%1-%2")
                             .arg(m_id)
                             .arg(quintptr(QThread::currentThreadId()), 0, 16);
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<QSqlDatabase> Database::open(const QString &name) const
{
    if (!isValid())
        return Error(QCoreApplication::translate("Database", "No database is configured."));

    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        if (db.open())
            return db;
        return Error(QCoreApplication::translate("Database", "Cannot reopen the database %1: %2").arg(m_url.displayName(), db.lastError().text()),
                     db.lastError().nativeErrorCode());
    }

    const QString driver = m_url.dialect == SqlDialect::Sqlite ? QStringLiteral("QSQLITE")
                                                                : QStringLiteral("QMYSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error(QCoreApplication::translate("Database", "The Qt SQL driver %1 is not installed (Debian package %2).")
                         .arg(driver,
                              m_url.dialect == SqlDialect::Sqlite ? QStringLiteral("libqt6sql6-sqlite")
                                                                   : QStringLiteral("libqt6sql6-mysql")));

    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    if (m_url.dialect == SqlDialect::Sqlite) {
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setUserName(m_url.user);
        db.setPassword(m_password);
        db.setDatabaseName(m_url.database);
        QString options = QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=5;MYSQL_OPT_READ_TIMEOUT=30;MYSQL_OPT_WRITE_TIMEOUT=30");
        if (!m_url.socket.isEmpty())
            options += QStringLiteral(";UNIX_SOCKET=") + m_url.socket;
        db.setConnectOptions(options);
    }

    if (!db.open()) {
        const QSqlError error = db.lastError();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error(QCoreApplication::translate("Database", "Cannot open the database %1: %2").arg(m_url.displayName(), error.text()),
                     error.nativeErrorCode());
    }

    QSqlQuery q(db);
    const QStringList setup = m_url.dialect == SqlDialect::Sqlite
        ? QStringList{QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
                      QStringLiteral("PRAGMA foreign_keys=ON")}
        : QStringList{QStringLiteral("SET time_zone = '+00:00'"),
                      QStringLiteral("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED")};
    for (const QString &sql : setup) {
        if (!q.exec(sql))
            qCWarning(lcDb) << "connection setup failed:" << sql << q.lastError().text();
    }
    qCDebug(lcDb) << "opened" << m_url.displayName() << "as" << name;
    return db;
}

QString Database::fenExpression(const QString &column) const
{
    if (m_url.dialect == SqlDialect::Sqlite)
        return QStringLiteral("CAST(ROUND(%1 * 100) AS INTEGER)").arg(column);
    return QStringLiteral("CAST(%1 * 100 AS SIGNED)").arg(column);
}

QString Database::unixNowExpression() const
{
    if (m_url.dialect == SqlDialect::Sqlite)
        return QStringLiteral("CAST(strftime('%s','now') AS INTEGER)");
    return QStringLiteral("UNIX_TIMESTAMP()");
}

bool Database::isUniqueViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // MySQL/MariaDB ER_DUP_ENTRY 1062; SQLite SQLITE_CONSTRAINT_UNIQUE 2067 / PRIMARYKEY 1555,
    // or the plain SQLITE_CONSTRAINT 19 with a UNIQUE message from older drivers.
    if (code == u"1062" || code == u"2067" || code == u"1555")
        return true;
    return code == u"19" && error.databaseText().contains(u"UNIQUE", Qt::CaseInsensitive);
}

bool Database::isConnectionLoss(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // CR_CONNECTION_ERROR 2002, CR_CONN_HOST_ERROR 2003, CR_SERVER_GONE_ERROR 2006,
    // CR_SERVER_LOST 2013, ER_CONNECTION_KILLED 1927, ER_SERVER_SHUTDOWN 1053.
    static const QStringList lost{QStringLiteral("2002"), QStringLiteral("2003"), QStringLiteral("2006"),
                                  QStringLiteral("2013"), QStringLiteral("1927"), QStringLiteral("1053")};
    return lost.contains(code) || error.type() == QSqlError::ConnectionError;
}

Error Database::queryError(const QSqlQuery &query, const QString &what)
{
    const QSqlError error = query.lastError();
    return Error(QCoreApplication::translate("Database", "%1 failed: %2").arg(what, error.text()), error.nativeErrorCode());
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_begun = m_db.transaction();
    if (!m_begun)
        qCWarning(lcDb) << "cannot begin transaction:" << m_db.lastError().text();
}

Transaction::~Transaction()
{
    if (m_begun && !m_done)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_begun)
        return Error(QCoreApplication::translate("Database", "Cannot begin a transaction: %1").arg(m_db.lastError().text()),
                     m_db.lastError().nativeErrorCode());
    m_done = true;
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        return Error(QCoreApplication::translate("Database", "Cannot commit the transaction: %1").arg(error.text()), error.nativeErrorCode());
    }
    return {};
}
