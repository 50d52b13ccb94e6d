#include "databaseurl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {

bool validPrefix(const QString &prefix)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_]{0,32}$"));
    return re.match(prefix).hasMatch();
}
} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error(QCoreApplication::translate("DatabaseUrl", "No database URL was given. Use sqlite:///path/to/file.db or mysql://user@host:port/dbname."));

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return Error(QCoreApplication::translate("DatabaseUrl", "\"%1\" is not a valid database URL: %2").arg(trimmed, url.errorString()));

    DatabaseUrl result;
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("prefix")))
        result.prefix = query.queryItemValue(QStringLiteral("prefix"), QUrl::FullyDecoded);
    if (!validPrefix(result.prefix))
        return Error(QCoreApplication::translate("DatabaseUrl", "The table prefix \"%1\" may only contain letters, digits and underscores.").arg(result.prefix));

    const QString scheme = url.scheme().toLower();
    if (scheme == u"sqlite") {
        result.dialect = SqlDialect::Sqlite;
        if (!url.host().isEmpty())
            return Error(QCoreApplication::translate("DatabaseUrl", "A SQLite URL names a file, not a host: write sqlite:///absolute/path.db (three slashes)."));
        result.path = url.path(QUrl::FullyDecoded);
        if (result.path.isEmpty() || !QDir::isAbsolutePath(result.path))
            return Error(QCoreApplication::translate("DatabaseUrl", "A SQLite URL needs an absolute file path: sqlite:///absolute/path.db."));
        result.path = QDir::cleanPath(result.path);
        return result;
    }
    if (scheme == u"mysql" || scheme == u"mariadb") {
        result.dialect = SqlDialect::MySql;
        if (!url.password().isEmpty())
            return Error(QCoreApplication::translate("DatabaseUrl", "Do not put the password in the database URL; it is read from the keychain or from MCPAY_DB_PASSWORD."));
        result.user = url.userName(QUrl::FullyDecoded);
        result.host = url.host(QUrl::FullyDecoded);
        result.port = url.port(3306);
        result.socket = query.queryItemValue(QStringLiteral("socket"), QUrl::FullyDecoded);
        QString db = url.path(QUrl::FullyDecoded);
        if (db.startsWith(u'/'))
            db.remove(0, 1);
        result.database = db;
        if (result.host.isEmpty() && result.socket.isEmpty())
            return Error(QCoreApplication::translate("DatabaseUrl", "A MySQL URL needs a host: mysql://user@host:3306/dbname."));
        if (result.host.isEmpty())
            result.host = QStringLiteral("localhost");
        if (result.user.isEmpty())
            return Error(QCoreApplication::translate("DatabaseUrl", "A MySQL URL needs a user name: mysql://user@host:3306/dbname."));
        if (result.database.isEmpty() || result.database.contains(u'/'))
            return Error(QCoreApplication::translate("DatabaseUrl", "A MySQL URL needs a database name after the host: mysql://user@host:3306/dbname."));
        return result;
    }
    return Error(QCoreApplication::translate("DatabaseUrl", "Unknown database type \"%1\"; use sqlite:// or mysql://.").arg(url.scheme()));
}

DatabaseUrl DatabaseUrl::sqlite(const QString &absolutePath)
{
    DatabaseUrl url;
    url.dialect = SqlDialect::Sqlite;
    url.path = QDir::cleanPath(QFileInfo(absolutePath).absoluteFilePath());
    return url;
}

QString DatabaseUrl::toString() const
{
    QUrl url;
    QUrlQuery query;
    if (dialect == SqlDialect::Sqlite) {
        // sqlite:// + the absolute path (which brings the third slash), percent-encoded.
        QString text = QStringLiteral("sqlite://") + QString::fromLatin1(QUrl::toPercentEncoding(path, "/"));
        if (prefix != u"la_")
            text += QStringLiteral("?prefix=") + prefix;
        return text;
    }
    url.setScheme(QStringLiteral("mysql"));
    url.setUserName(user);
    url.setHost(host);
    if (port != 3306)
        url.setPort(port);
    url.setPath(u'/' + database);
    if (prefix != u"la_")
        query.addQueryItem(QStringLiteral("prefix"), prefix);
    if (!socket.isEmpty())
        query.addQueryItem(QStringLiteral("socket"), socket);
    url.setQuery(query);
    return url.toString();
}

QString DatabaseUrl::displayName() const
{
    if (dialect == SqlDialect::Sqlite)
        return QCoreApplication::translate("DatabaseUrl", "SQLite: %1").arg(QFileInfo(path).fileName());
    return QCoreApplication::translate("DatabaseUrl", "MySQL: %1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}
