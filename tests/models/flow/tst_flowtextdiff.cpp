#include "flow/flowtextdiff.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = FlowTextDiff::Row::Kind;

class tst_FlowTextDiff : public QObject
{
    Q_OBJECT

private slots:
    void diff_data();
    void diff();
};

void tst_FlowTextDiff::diff_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("kinds"); // one letter per row: = - + ~

    QTest::newRow("same") << u"a\nb\n"_s << u"a\nb\n"_s << u"=="_s;
    QTest::newRow("changed line") << u"a\nb\nc\n"_s << u"a\nB\nc\n"_s << u"=~="_s;
    QTest::newRow("added") << u"a\nc\n"_s << u"a\nb\nc\n"_s << u"=+="_s;
    QTest::newRow("removed") << u"a\nb\nc\n"_s << u"a\nc\n"_s << u"=-="_s;
    QTest::newRow("moved block") << u"x\na\nb\ny\n"_s << u"x\nb\na\ny\n"_s << u"=-=+="_s;
    QTest::newRow("empty left") << QString() << u"a\n"_s << u"+"_s;
}

void tst_FlowTextDiff::diff()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QString, kinds);
    const auto rows = FlowTextDiff::compute(left, right);
    QString got;
    for (const auto &r : rows)
        got += r.kind == Kind::Same ? u'=' : r.kind == Kind::Removed ? u'-' : r.kind == Kind::Added ? u'+' : u'~';
    QCOMPARE(got, kinds);
    for (const auto &r : rows) {
        if (r.leftLine > 0)
            QCOMPARE(r.left, left.split(u'\n').at(r.leftLine - 1));
        if (r.rightLine > 0)
            QCOMPARE(r.right, right.split(u'\n').at(r.rightLine - 1));
    }
}

QTEST_GUILESS_MAIN(tst_FlowTextDiff)
#include "tst_flowtextdiff.moc"
