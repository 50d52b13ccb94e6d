#pragma once

#include "result.h"

#include <QString>

enum class SqlDialect {
    Sqlite,
    MySql, // MySQL 8 and MariaDB 10.11 through the QMYSQL driver
};

// Where the orders live, written as a URL:
//   sqlite:///abs/path/to/mcpay.db
//   mysql://user@host:3306/dbname?prefix=la_
//   mysql://user@localhost/dbname?socket=/run/mysqld/mysqld.sock
// A password is never part of the URL: it comes from the OS keychain (GUI) or from
// MCPAY_DB_PASSWORD (command line).
struct DatabaseUrl
{
    SqlDialect dialect = SqlDialect::Sqlite;
    QString path;      // SQLite: absolute file path
    QString user;      // MySQL
    QString host;      // MySQL
    int port = 3306;   // MySQL
    QString database;  // MySQL schema name
    QString socket;    // MySQL: Unix socket path (optional)
    QString prefix = QStringLiteral("la_");

    static Result<DatabaseUrl> parse(const QString &text);
    static DatabaseUrl sqlite(const QString &absolutePath);

    // The canonical text of the URL; never contains a password.
    QString toString() const;
    // A short label for people: "SQLite: mcpay.db", "MySQL: shop@db.example:3306".
    QString displayName() const;

    bool operator==(const DatabaseUrl &) const = default;
};
