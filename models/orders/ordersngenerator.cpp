#include "ordersngenerator.h"

#include <QRandomGenerator>

OrderSnGenerator::OrderSnGenerator()
    : OrderSnGenerator([] { return QDateTime::currentDateTime(); },
                       [] { return QRandomGenerator::system()->generate(); })
{
}

OrderSnGenerator::OrderSnGenerator(Clock clock, Random random)
    : m_clock(std::move(clock)), m_random(std::move(random))
{
}

QString OrderSnGenerator::next() const
{
    return QStringLiteral("MC") + m_clock().toString(QStringLiteral("yyyyMMddHHmmss"))
           + QStringLiteral("%1").arg(m_random() % 10000, 4, 10, QLatin1Char('0'));
}

bool OrderSnGenerator::isWellFormed(QStringView sn)
{
    if (sn.size() != Length || !sn.startsWith(u"MC"))
        return false;
    for (QChar c : sn.mid(2)) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return QDateTime::fromString(sn.mid(2, 14).toString(), QStringLiteral("yyyyMMddHHmmss")).isValid();
}
