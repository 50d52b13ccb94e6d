#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A line diff of two flow texts laid out side by side, for the history view.
class FlowTextDiff
{
public:
    struct Row
    {
        enum class Kind { Same, Removed, Added, Changed };
        Kind kind = Kind::Same;
        int leftLine = 0;  // 1-based; 0 when the row has no left side
        int rightLine = 0; // 1-based; 0 when the row has no right side
        QString left;
        QString right;
    };

    // Lines shared at the start and end are matched directly; the middle is matched by a
    // longest-common-subsequence search while it is small enough (a few thousand lines
    // each side), beyond which the middle is shown as one replaced block.
    static QList<Row> compute(const QString &left, const QString &right);
    static int changedRows(const QList<Row> &rows);
};
