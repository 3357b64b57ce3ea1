#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

class QApplication;

namespace lr::ui {

/// Chooses the interface language and installs LeadRelay's and Qt's own catalogues for it.
/// Keep the object alive as long as the application: it owns the installed translators.
class Localization final
{
    Q_DISABLE_COPY_MOVE(Localization)

public:
    Localization();
    ~Localization();

    /// Languages the interface ships in, as ISO 639-1 codes; "en" is the source language.
    static QStringList supportedLanguages();

    /// The `requested` language when supported, otherwise the system locale's when supported,
    /// otherwise English.
    static QString pickLanguage(const QString &requested, const QLocale &system);

    /// Resource path of LeadRelay's compiled catalogue for `language`.
    static QString catalogPath(const QString &language);

    /// Installs the catalogues for `language` (replacing earlier ones) and makes it the default
    /// locale for number and date formats (English keeps the system's formats). True when
    /// LeadRelay's own catalogue is in place (for English: its plural forms, "1 day", "5 days").
    bool install(QApplication &app, const QString &language);

    QString language() const { return m_language; }

private:
    void uninstall();

    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    std::unique_ptr<QTranslator> m_englishPlurals; ///< "1 day", "5 days" in English
    QString m_language = QStringLiteral("en");
};

} // namespace lr::ui
