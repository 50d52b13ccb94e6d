#pragma once

#include "db/database.h"
#include "orders/orderfilter.h"
#include "result.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <functional>

// Writes the orders of a filter, in a sort order, to a CSV file that Excel opens with
// Chinese text intact (UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting).
// It streams one forward-only query, so memory stays flat however many rows there are,
// and writes through QSaveFile: a cancelled or failed export leaves no partial file.
// Cells that a spreadsheet would take for a formula (=, +, -, @, tab or CR first) get a
// leading apostrophe.
class OrderExporter
{
public:
    struct Options
    {
        OrderFilter filter;
        OrderSort sort;
        QString path;
        // Called about every 2,000 rows and at the end with (rows written, rows expected).
        std::function<void(qint64, qint64)> progress;
        // Set from another thread to stop; the export then fails with code "cancelled".
        const std::atomic_bool *cancel = nullptr;
        // The number of rows the filter selects when the caller knows it already (the
        // view's totals); otherwise, with a progress callback, it is counted first.
        qint64 expectedRows = 0;
        // A connection name of its own, so the export never shares a transaction with the
        // caller (an export runs on a worker thread).
        QString connectionName;
    };

    explicit OrderExporter(Database database);

    // Returns the number of rows written.
    Result<qint64> exportCsv(const Options &options);

    // RFC 4180 field quoting with the formula guard described above.
    static QString csvField(const QString &text);

private:
    Database m_db;
};

// Formats Unix seconds as local "yyyy-MM-dd HH:mm:ss" quickly: local time is computed
// once per quarter hour (every UTC offset in use is a multiple of 15 minutes) and the
// seconds inside it by arithmetic. Quarter hours already seen are remembered (up to a
// bound), so rows in any order cost one time-zone conversion per quarter hour, not per
// cell.
class UnixTimeFormatter
{
public:
    QString format(qint64 unixSeconds);
    // Appends the same text (nothing for 0) to out.
    void appendTo(QString &out, qint64 unixSeconds);

private:
    struct Block
    {
        QString prefix; // "yyyy-MM-dd HH:"
        int minute = 0;
    };
    static constexpr int MaxBlocks = 1 << 15; // about a year of quarter hours

    qint64 m_lastStart = -1;
    const Block *m_last = nullptr;
    QHash<qint64, Block> m_blocks;
};
