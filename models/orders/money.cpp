#include "money.h"

#include <QCoreApplication>

Result<Money> Money::parse(QStringView text)
{
    if (text.isEmpty())
        return Error(QCoreApplication::translate("Money", "The amount is empty. Enter an amount in yuan such as 0.40."),
                     QStringLiteral("money-empty"));

    qint64 yuan = 0;
    qint64 fraction = 0;
    int integerDigits = 0;
    int fractionDigits = 0;
    bool seenPoint = false;

    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            const int digit = u - u'0';
            if (seenPoint) {
                if (++fractionDigits > 2)
                    return Error(QCoreApplication::translate("Money", "The amount \"%1\" has more than two decimals; fen is the smallest unit.")
                                     .arg(text),
                                 QStringLiteral("money-too-many-decimals"));
                fraction = fraction * 10 + digit;
            } else {
                ++integerDigits;
                // 11 integer digits are already above the maximum; stop before overflow.
                if (integerDigits > 11)
                    return Error(QCoreApplication::translate("Money", "The amount \"%1\" is above the maximum of 100000000.00 yuan.").arg(text),
                                 QStringLiteral("money-too-large"));
                yuan = yuan * 10 + digit;
            }
            continue;
        }
        if (u == u'.') {
            if (seenPoint)
                return Error(QCoreApplication::translate("Money", "The amount \"%1\" has more than one decimal point.").arg(text),
                             QStringLiteral("money-malformed"));
            seenPoint = true;
            continue;
        }
        if (u == u'+' || u == u'-')
            return Error(QCoreApplication::translate("Money", "The amount \"%1\" has a sign; enter a plain amount such as 0.40.").arg(text),
                         QStringLiteral("money-sign"));
        if (u == u'e' || u == u'E')
            return Error(QCoreApplication::translate("Money", "The amount \"%1\" uses an exponent; write it out in full, such as 1200.00.").arg(text),
                         QStringLiteral("money-exponent"));
        if (c.isSpace())
            return Error(QCoreApplication::translate("Money", "The amount \"%1\" contains white space; remove it.").arg(text),
                         QStringLiteral("money-whitespace"));
        if (c.isDigit())
            return Error(QCoreApplication::translate("Money", "The amount \"%1\" contains full-width or non-ASCII digits; use 0-9.").arg(text),
                         QStringLiteral("money-nonascii-digit"));
        return Error(QCoreApplication::translate("Money", "The amount \"%1\" is not a number; enter an amount in yuan such as 0.40.").arg(text),
                     QStringLiteral("money-malformed"));
    }

    if (integerDigits == 0 && fractionDigits == 0)
        return Error(QCoreApplication::translate("Money", "The amount \"%1\" has no digits; enter an amount in yuan such as 0.40.").arg(text),
                     QStringLiteral("money-malformed"));
    if (seenPoint && fractionDigits == 0)
        return Error(QCoreApplication::translate("Money", "The amount \"%1\" ends with a decimal point; write 12 or 12.00.").arg(text),
                     QStringLiteral("money-malformed"));
    if (integerDigits == 0)
        return Error(QCoreApplication::translate("Money", "The amount \"%1\" has no digit before the decimal point; write 0%1.").arg(text),
                     QStringLiteral("money-malformed"));

    if (fractionDigits == 1)
        fraction *= 10;
    const qint64 fen = yuan * 100 + fraction;
    if (fen > MaxFen)
        return Error(QCoreApplication::translate("Money", "The amount \"%1\" is above the maximum of 100000000.00 yuan.").arg(text),
                     QStringLiteral("money-too-large"));
    return Money(fen);
}

QString Money::toString() const
{
    const bool negative = m_fen < 0;
    // Work on the magnitude as unsigned so that the smallest qint64 cannot overflow.
    const quint64 magnitude = negative ? quint64(0) - quint64(m_fen) : quint64(m_fen);
    const quint64 cents = magnitude % 100;
    QString text = QString::number(magnitude / 100) + u'.' + QChar(u'0' + int(cents / 10))
                   + QChar(u'0' + int(cents % 10));
    if (negative)
        text.prepend(u'-');
    return text;
}

QString Money::toDisplayString() const
{
    return QStringLiteral("¥") + toString();
}
