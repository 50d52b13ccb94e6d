#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

// The one typed facade over QSettings. Secrets never go through here: they live in the OS
// keychain (SecretStore) or, for `serve`, in key files and environment variables.
class Settings
{
public:
    Settings();
    // For tests and `serve`: settings in an INI file of their own.
    explicit Settings(const QString &iniPath);

    QString language() const; // "zh_CN", "en" or empty (follow the system)
    void setLanguage(const QString &language);

    QString lastDatabaseUrl() const;
    void setLastDatabaseUrl(const QString &url);

    QByteArray windowGeometry(const QString &window) const;
    void setWindowGeometry(const QString &window, const QByteArray &geometry);
    QByteArray windowState(const QString &window) const;
    void setWindowState(const QString &window, const QByteArray &state);
    QByteArray viewState(const QString &view) const; // header/splitter states
    void setViewState(const QString &view, const QByteArray &state);

    QJsonObject orderFilter() const;
    void setOrderFilter(const QJsonObject &filter);

    QString lastDirectory(const QString &purpose) const;
    void setLastDirectory(const QString &purpose, const QString &directory);

    QStringList recentFiles(const QString &kind) const;
    void addRecentFile(const QString &kind, const QString &path, int keep = 10);

    // A free-form value under a group, for features with a handful of settings of their own.
    QVariant value(const QString &key, const QVariant &defaultValue = {}) const;
    void setValue(const QString &key, const QVariant &value);
    void remove(const QString &key);

    QSettings &raw() { return *m_settings; }
    void sync() { m_settings->sync(); }

private:
    std::unique_ptr<QSettings> m_settings;
};
