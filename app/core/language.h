#pragma once

#include <QString>
#include <QStringList>

// The user interface language: zh_CN (the default under a Chinese locale) or en.
class Language
{
public:
    static QStringList available() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }
    static QString displayName(const QString &language); // in its own language: 简体中文, English
    // The language to use: the saved choice, else the system's (Chinese -> zh_CN, else en).
    static QString resolve(const QString &saved);
    // Installs the translators of mcpay-admin and of Qt for the language on the running
    // application; replaces earlier ones. Returns false when no translation was found.
    static bool install(const QString &language);
};
