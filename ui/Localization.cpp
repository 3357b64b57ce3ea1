#include "ui/Localization.h"

#include "core/common/Translate.h"

#include <QApplication>
#include <QLibraryInfo>

namespace lr::ui {

Localization::Localization() = default;

Localization::~Localization()
{
    uninstall();
}

QStringList Localization::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("bg"), QStringLiteral("ru"), QStringLiteral("pl")};
}

QString Localization::pickLanguage(const QString &requested, const QLocale &system)
{
    const QStringList supported = supportedLanguages();
    const QString wanted = requested.trimmed().toLower();
    if (supported.contains(wanted))
        return wanted;
    const QString systemLanguage = system.name().section(QLatin1Char('_'), 0, 0).toLower();
    if (supported.contains(systemLanguage))
        return systemLanguage;
    return QStringLiteral("en");
}

QString Localization::catalogPath(const QString &language)
{
    return QStringLiteral(":/i18n/leadrelay_%1.qm").arg(language);
}

bool Localization::install(QApplication &app, const QString &language)
{
    uninstall();
    m_language = language;
    // Dates and numbers follow the chosen language, except that English (the fallback for
    // languages without a catalogue) keeps the system's formats.
    const bool english = language == QLatin1String("en");
    QLocale::setDefault(english ? QLocale::system() : QLocale(language));
    if (english) {
        m_englishPlurals = installEnglishPlurals();
        return m_englishPlurals != nullptr;
    }

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qt.get());
        m_qtTranslator = std::move(qt);
    }

    auto own = std::make_unique<QTranslator>();
    if (!own->load(catalogPath(language)))
        return false;
    app.installTranslator(own.get());
    m_appTranslator = std::move(own);
    return true;
}

void Localization::uninstall()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    if (m_englishPlurals)
        QCoreApplication::removeTranslator(m_englishPlurals.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
    m_englishPlurals.reset();
}

} // namespace lr::ui
