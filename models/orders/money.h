#pragma once

#include "result.h"

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <compare>

// An amount of Chinese yuan held as integer fen. Decimal text exists only at the edges:
// parse() reads what a person or a channel wrote, toString() writes two decimals back.
// No floating point anywhere: "0.29" is 29 fen, never 28.
class Money
{
public:
    // Largest amount accepted anywhere: 100,000,000.00 yuan (the decimal(10,2) column and
    // Alipay's total_amount both stop there).
    static constexpr qint64 MaxFen = 10'000'000'000;

    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }

    // Accepts ASCII digits with an optional '.' and at most two decimals: "0.4", "0.40",
    // "12", "199.00". Rejects signs, exponents, whitespace, full-width digits, empty text,
    // more than two decimals and anything above MaxFen, each with its own message.
    static Result<Money> parse(QStringView text);

    constexpr qint64 fen() const { return m_fen; }
    constexpr bool isZero() const { return m_fen == 0; }

    // "0.40", "12.00", "100000000.00"; negative amounts (refund deltas) get a leading '-'.
    QString toString() const;
    // With the currency sign for people: "¥0.40".
    QString toDisplayString() const;

    constexpr Money operator+(Money other) const { return Money(m_fen + other.m_fen); }
    constexpr Money operator-(Money other) const { return Money(m_fen - other.m_fen); }
    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(qint64 fen) : m_fen(fen) {}
    qint64 m_fen = 0;
};

Q_DECLARE_METATYPE(Money)
