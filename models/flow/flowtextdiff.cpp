#include "flowtextdiff.h"

#include <vector>

namespace {
QStringList linesOf(const QString &text)
{
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QString &l : lines) {
        if (l.endsWith(u'\r'))
            l.chop(1);
    }
    return lines;
}

constexpr qsizetype MaxCells = 4'000'000;
} // namespace

QList<FlowTextDiff::Row> FlowTextDiff::compute(const QString &leftText, const QString &rightText)
{
    const QStringList a = linesOf(leftText);
    const QStringList b = linesOf(rightText);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;

    QList<Row> rows;
    auto same = [&](qsizetype i, qsizetype j) {
        rows.append(Row{Row::Kind::Same, int(i + 1), int(j + 1), a[i], b[j]});
    };
    for (qsizetype i = 0; i < prefix; ++i)
        same(i, i);

    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    // Pending removals and additions are paired into "changed" rows, as side-by-side views do.
    QList<qsizetype> removed, added;
    auto flush = [&] {
        const qsizetype pairs = std::min(removed.size(), added.size());
        for (qsizetype k = 0; k < std::max(removed.size(), added.size()); ++k) {
            Row r;
            if (k < pairs) {
                r.kind = Row::Kind::Changed;
            } else {
                r.kind = k < removed.size() ? Row::Kind::Removed : Row::Kind::Added;
            }
            if (k < removed.size()) {
                r.leftLine = int(removed[k] + 1);
                r.left = a[removed[k]];
            }
            if (k < added.size()) {
                r.rightLine = int(added[k] + 1);
                r.right = b[added[k]];
            }
            rows.append(r);
        }
        removed.clear();
        added.clear();
    };

    if (n > 0 && m > 0 && n * m <= MaxCells) {
        // lcs[i][j] = LCS length of a[prefix+i..] and b[prefix+j..]
        std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
        auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = a[prefix + i] == b[prefix + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        }
        qsizetype i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
                flush();
                same(prefix + i, prefix + j);
                ++i, ++j;
            } else if (j >= m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
                removed << prefix + i++;
            } else {
                added << prefix + j++;
            }
        }
    } else {
        for (qsizetype i = 0; i < n; ++i)
            removed << prefix + i;
        for (qsizetype j = 0; j < m; ++j)
            added << prefix + j;
    }
    flush();
    for (qsizetype k = suffix; k > 0; --k)
        same(a.size() - k, b.size() - k);
    return rows;
}

int FlowTextDiff::changedRows(const QList<Row> &rows)
{
    int n = 0;
    for (const Row &r : rows)
        n += r.kind != Row::Kind::Same;
    return n;
}
