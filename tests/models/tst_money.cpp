#include "orders/money.h"

#include <QTest>

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesExactly_data();
    void parsesExactly();
    void rejects_data();
    void rejects();
    void formats_data();
    void formats();
    void roundTripsEveryFenBelowTenYuan();
};

void TestMoney::parsesExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("fen");
    QTest::newRow("one decimal") << QStringLiteral("0.4") << qint64(40);
    QTest::newRow("two decimals") << QStringLiteral("0.40") << qint64(40);
    QTest::newRow("integer") << QStringLiteral("12") << qint64(1200);
    QTest::newRow("199.00") << QStringLiteral("199.00") << qint64(19900);
    QTest::newRow("float trap 0.29") << QStringLiteral("0.29") << qint64(29);
    QTest::newRow("float trap 0.57") << QStringLiteral("0.57") << qint64(57);
    QTest::newRow("float trap 19.99") << QStringLiteral("19.99") << qint64(1999);
    QTest::newRow("float trap 1.15") << QStringLiteral("1.15") << qint64(115);
    QTest::newRow("one fen") << QStringLiteral("0.01") << qint64(1);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("leading zeros") << QStringLiteral("007.5") << qint64(750);
    QTest::newRow("maximum") << QStringLiteral("100000000.00") << qint64(10'000'000'000);
    QTest::newRow("maximum without decimals") << QStringLiteral("100000000") << qint64(10'000'000'000);
}

void TestMoney::parsesExactly()
{
    QFETCH(QString, text);
    QFETCH(qint64, fen);
    const auto money = Money::parse(text);
    QVERIFY2(money.ok(), qPrintable(money.errorMessage()));
    QCOMPARE(money->fen(), fen);
}

void TestMoney::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("three decimals") << QStringLiteral("1.005") << QStringLiteral("money-too-many-decimals");
    QTest::newRow("three decimals 0.001") << QStringLiteral("0.001") << QStringLiteral("money-too-many-decimals");
    QTest::newRow("plus sign") << QStringLiteral("+1.00") << QStringLiteral("money-sign");
    QTest::newRow("minus sign") << QStringLiteral("-0.40") << QStringLiteral("money-sign");
    QTest::newRow("exponent") << QStringLiteral("1e2") << QStringLiteral("money-exponent");
    QTest::newRow("exponent upper") << QStringLiteral("4E-1") << QStringLiteral("money-exponent");
    QTest::newRow("leading space") << QStringLiteral(" 0.40") << QStringLiteral("money-whitespace");
    QTest::newRow("trailing space") << QStringLiteral("0.40 ") << QStringLiteral("money-whitespace");
    QTest::newRow("inner tab") << QStringLiteral("0.\t40") << QStringLiteral("money-whitespace");
    QTest::newRow("full-width digits") << QStringLiteral("０.４０") << QStringLiteral("money-nonascii-digit");
    QTest::newRow("arabic-indic digit") << QStringLiteral("٣") << QStringLiteral("money-nonascii-digit");
    QTest::newRow("empty") << QString() << QStringLiteral("money-empty");
    QTest::newRow("above maximum by a fen") << QStringLiteral("100000000.01") << QStringLiteral("money-too-large");
    QTest::newRow("far above maximum") << QStringLiteral("99999999999999999999") << QStringLiteral("money-too-large");
    QTest::newRow("two points") << QStringLiteral("1.2.3") << QStringLiteral("money-malformed");
    QTest::newRow("only a point") << QStringLiteral(".") << QStringLiteral("money-malformed");
    QTest::newRow("trailing point") << QStringLiteral("12.") << QStringLiteral("money-malformed");
    QTest::newRow("leading point") << QStringLiteral(".5") << QStringLiteral("money-malformed");
    QTest::newRow("currency sign") << QStringLiteral("¥1") << QStringLiteral("money-malformed");
    QTest::newRow("comma") << QStringLiteral("1,000") << QStringLiteral("money-malformed");
    QTest::newRow("hex") << QStringLiteral("0x10") << QStringLiteral("money-malformed");
}

void TestMoney::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    const auto money = Money::parse(text);
    QVERIFY(!money.ok());
    QCOMPARE(money.error().code, code);
    QVERIFY(!money.errorMessage().isEmpty());
}

void TestMoney::formats_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("text");
    QTest::newRow("40") << qint64(40) << QStringLiteral("0.40");
    QTest::newRow("1") << qint64(1) << QStringLiteral("0.01");
    QTest::newRow("0") << qint64(0) << QStringLiteral("0.00");
    QTest::newRow("1200") << qint64(1200) << QStringLiteral("12.00");
    QTest::newRow("max") << qint64(10'000'000'000) << QStringLiteral("100000000.00");
    QTest::newRow("negative") << qint64(-29) << QStringLiteral("-0.29");
    QTest::newRow("min int") << std::numeric_limits<qint64>::min() << QStringLiteral("-92233720368547758.08");
}

void TestMoney::formats()
{
    QFETCH(qint64, fen);
    QFETCH(QString, text);
    QCOMPARE(Money::fromFen(fen).toString(), text);
}

void TestMoney::roundTripsEveryFenBelowTenYuan()
{
    for (qint64 fen = 0; fen <= 1000; ++fen) {
        const Money m = Money::fromFen(fen);
        const auto back = Money::parse(m.toString());
        QVERIFY(back.ok());
        QCOMPARE(back->fen(), fen);
    }
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
