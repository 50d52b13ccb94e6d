#include "settings.h"

#include <QJsonDocument>

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &iniPath) : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)) {}

QString Settings::language() const
{
    return m_settings->value(QStringLiteral("ui/language")).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings->setValue(QStringLiteral("ui/language"), language);
}

QString Settings::lastDatabaseUrl() const
{
    return m_settings->value(QStringLiteral("database/lastUrl")).toString();
}

void Settings::setLastDatabaseUrl(const QString &url)
{
    m_settings->setValue(QStringLiteral("database/lastUrl"), url);
}

QByteArray Settings::windowGeometry(const QString &window) const
{
    return m_settings->value(QStringLiteral("windows/%1/geometry").arg(window)).toByteArray();
}

void Settings::setWindowGeometry(const QString &window, const QByteArray &geometry)
{
    m_settings->setValue(QStringLiteral("windows/%1/geometry").arg(window), geometry);
}

QByteArray Settings::windowState(const QString &window) const
{
    return m_settings->value(QStringLiteral("windows/%1/state").arg(window)).toByteArray();
}

void Settings::setWindowState(const QString &window, const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("windows/%1/state").arg(window), state);
}

QByteArray Settings::viewState(const QString &view) const
{
    return m_settings->value(QStringLiteral("views/%1").arg(view)).toByteArray();
}

void Settings::setViewState(const QString &view, const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("views/%1").arg(view), state);
}

QJsonObject Settings::orderFilter() const
{
    return QJsonDocument::fromJson(m_settings->value(QStringLiteral("orders/filter")).toByteArray()).object();
}

void Settings::setOrderFilter(const QJsonObject &filter)
{
    m_settings->setValue(QStringLiteral("orders/filter"), QJsonDocument(filter).toJson(QJsonDocument::Compact));
}

QString Settings::lastDirectory(const QString &purpose) const
{
    return m_settings->value(QStringLiteral("directories/%1").arg(purpose)).toString();
}

void Settings::setLastDirectory(const QString &purpose, const QString &directory)
{
    m_settings->setValue(QStringLiteral("directories/%1").arg(purpose), directory);
}

QStringList Settings::recentFiles(const QString &kind) const
{
    return m_settings->value(QStringLiteral("recent/%1").arg(kind)).toStringList();
}

void Settings::addRecentFile(const QString &kind, const QString &path, int keep)
{
    QStringList files = recentFiles(kind);
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > keep)
        files.removeLast();
    m_settings->setValue(QStringLiteral("recent/%1").arg(kind), files);
}

QVariant Settings::value(const QString &key, const QVariant &defaultValue) const
{
    return m_settings->value(key, defaultValue);
}

void Settings::setValue(const QString &key, const QVariant &value)
{
    m_settings->setValue(key, value);
}

void Settings::remove(const QString &key)
{
    m_settings->remove(key);
}
