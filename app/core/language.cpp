#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}
} // namespace

QString Language::displayName(const QString &language)
{
    if (language == u"zh_CN")
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString Language::resolve(const QString &saved)
{
    if (available().contains(saved))
        return saved;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool Language::install(const QString &language)
{
    for (QTranslator *t : std::as_const(installed())) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed().clear();

    auto *own = new QTranslator;
    const bool ok = own->load(QStringLiteral(":/i18n/mcpay_%1.qm").arg(language));
    if (ok) {
        QCoreApplication::installTranslator(own);
        installed() << own;
    } else {
        delete own;
    }
    auto *qt = new QTranslator;
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed() << qt;
    } else {
        delete qt;
    }
    QLocale::setDefault(QLocale(language));
    return ok;
}
