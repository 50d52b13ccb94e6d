#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

// Order numbers as the PHP server makes them: "MC" + yyyyMMddHHmmss (local time) + 4 random
// digits, 20 characters. Uniqueness is the database's job (a UNIQUE index where the data
// allows it); the repository asks for another number when an insert collides.
class OrderSnGenerator
{
public:
    using Clock = std::function<QDateTime()>;
    using Random = std::function<quint32()>; // any 32-bit value; reduced modulo 10000

    OrderSnGenerator();
    OrderSnGenerator(Clock clock, Random random);

    QString next() const;

    static constexpr int Length = 20;
    static bool isWellFormed(QStringView sn);

private:
    Clock m_clock;
    Random m_random;
};
