#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace lr {

/// Groups of job-title words, in English, Bulgarian, Russian, Polish and German, that rules test
/// with the title_keyword operator ("CEO", "Генерален директор", "Prezes", "Geschäftsführer" are all
/// c_level). One category fires once per title however many of its words it contains.
enum class TitleCategory { CLevel = 0, Founder, Student, Intern, Count };

class TitleKeywords final
{
public:
    /// Bit (1 << category) for every category whose words occur in `title` as whole words.
    static unsigned categories(const QString &title);
    /// The first word of `category` found in `title` (as written in the title), or empty.
    static QString matchedWord(const QString &title, TitleCategory category);

    static QString toKey(TitleCategory category);
    static std::optional<TitleCategory> fromKey(const QString &key);
    /// Translated ("C-level executive").
    static QString displayName(TitleCategory category);
    static const QList<TitleCategory> &all();
};

} // namespace lr
