#include "core/rules/TitleKeywords.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace lr {
namespace {

constexpr int kCategoryCount = static_cast<int>(TitleCategory::Count);

/// Words and phrases per category, lower case. Matched as whole words against the title with
/// every run of non-letters turned into one space.
const std::array<QStringList, kCategoryCount> &keywords()
{
    static const std::array<QStringList, kCategoryCount> table{{
        // C-level
        {QStringLiteral("ceo"),
         QStringLiteral("cto"),
         QStringLiteral("cfo"),
         QStringLiteral("coo"),
         QStringLiteral("cmo"),
         QStringLiteral("cio"),
         QStringLiteral("cro"),
         QStringLiteral("cso"),
         QStringLiteral("chief"),
         QStringLiteral("managing director"),
         QStringLiteral("генерален директор"),
         QStringLiteral("изпълнителен директор"),
         QStringLiteral("управител"),
         QStringLiteral("генеральный директор"),
         QStringLiteral("исполнительный директор"),
         QStringLiteral("prezes"),
         QStringLiteral("dyrektor generalny"),
         QStringLiteral("dyrektor zarządzający"),
         QStringLiteral("geschäftsführer"),
         QStringLiteral("geschäftsführerin"),
         QStringLiteral("vorstand"),
         QStringLiteral("vorstandsvorsitzender"),
         QStringLiteral("vorstandsvorsitzende")},
        // Founder
        {QStringLiteral("founder"),           QStringLiteral("co founder"),   QStringLiteral("cofounder"),
         QStringLiteral("основател"),         QStringLiteral("съосновател"),  QStringLiteral("собственик"),
         QStringLiteral("основатель"),        QStringLiteral("сооснователь"), QStringLiteral("владелец"),
         QStringLiteral("założyciel"),        QStringLiteral("założycielka"), QStringLiteral("współzałożyciel"),
         QStringLiteral("współzałożycielka"), QStringLiteral("właściciel"),   QStringLiteral("gründer"),
         QStringLiteral("gründerin"),         QStringLiteral("mitgründer"),   QStringLiteral("mitgründerin"),
         QStringLiteral("inhaber"),           QStringLiteral("inhaberin")},
        // Student
        {QStringLiteral("student"), QStringLiteral("studentin"), QStringLiteral("studentka"), QStringLiteral("студент"),
         QStringLiteral("студентка"), QStringLiteral("ученик"), QStringLiteral("uczeń"), QStringLiteral("werkstudent"),
         QStringLiteral("werkstudentin"), QStringLiteral("phd candidate"), QStringLiteral("doktorand")},
        // Intern
        {QStringLiteral("intern"), QStringLiteral("internship"), QStringLiteral("trainee"), QStringLiteral("стажант"),
         QStringLiteral("стажантка"), QStringLiteral("стажер"), QStringLiteral("стажёр"), QStringLiteral("практикант"),
         QStringLiteral("stażysta"), QStringLiteral("stażystka"), QStringLiteral("praktykant"),
         QStringLiteral("praktykantka"), QStringLiteral("praktikant"), QStringLiteral("praktikantin"),
         QStringLiteral("azubi")},
    }};
    return table;
}

/// " chief executive officer " — lower case, words separated by single spaces, padded.
QString normalise(const QString &title)
{
    QString out;
    out.reserve(title.size() + 2);
    out.append(QLatin1Char(' '));
    bool space = true;
    for (const QChar c : title) {
        if (c.isLetterOrNumber()) {
            out.append(c.toLower());
            space = false;
        } else if (!space) {
            out.append(QLatin1Char(' '));
            space = true;
        }
    }
    if (!space)
        out.append(QLatin1Char(' '));
    return out;
}

bool containsWord(const QString &padded, const QString &word)
{
    const qsizetype n = padded.size();
    for (qsizetype from = 0; from < n;) {
        const qsizetype at = padded.indexOf(word, from);
        if (at < 0)
            return false;
        if (padded.at(at - 1) == QLatin1Char(' ') && at + word.size() < n &&
            padded.at(at + word.size()) == QLatin1Char(' '))
            return true;
        from = at + 1;
    }
    return false;
}

} // namespace

unsigned TitleKeywords::categories(const QString &title)
{
    if (title.isEmpty())
        return 0;
    const QString padded = normalise(title);
    unsigned mask = 0;
    for (int c = 0; c < kCategoryCount; ++c) {
        for (const QString &word : keywords()[static_cast<std::size_t>(c)]) {
            if (containsWord(padded, word)) {
                mask |= 1u << c;
                break;
            }
        }
    }
    return mask;
}

QString TitleKeywords::matchedWord(const QString &title, TitleCategory category)
{
    const int c = static_cast<int>(category);
    if (c < 0 || c >= kCategoryCount)
        return {};
    const QString padded = normalise(title);
    for (const QString &word : keywords()[static_cast<std::size_t>(c)]) {
        if (containsWord(padded, word)) {
            const qsizetype at = title.indexOf(word, 0, Qt::CaseInsensitive);
            return at >= 0 ? title.mid(at, word.size()) : word;
        }
    }
    return {};
}

QString TitleKeywords::toKey(TitleCategory category)
{
    switch (category) {
    case TitleCategory::CLevel:
        return QStringLiteral("c_level");
    case TitleCategory::Founder:
        return QStringLiteral("founder");
    case TitleCategory::Student:
        return QStringLiteral("student");
    case TitleCategory::Intern:
        return QStringLiteral("intern");
    case TitleCategory::Count:
        break;
    }
    return {};
}

std::optional<TitleCategory> TitleKeywords::fromKey(const QString &key)
{
    for (const TitleCategory c : all()) {
        if (toKey(c) == key)
            return c;
    }
    return std::nullopt;
}

QString TitleKeywords::displayName(TitleCategory category)
{
    switch (category) {
    case TitleCategory::CLevel:
        return QCoreApplication::translate("lr::TitleKeywords", "C-level executive");
    case TitleCategory::Founder:
        return QCoreApplication::translate("lr::TitleKeywords", "Founder or owner");
    case TitleCategory::Student:
        return QCoreApplication::translate("lr::TitleKeywords", "Student");
    case TitleCategory::Intern:
        return QCoreApplication::translate("lr::TitleKeywords", "Intern or trainee");
    case TitleCategory::Count:
        break;
    }
    return {};
}

const QList<TitleCategory> &TitleKeywords::all()
{
    static const QList<TitleCategory> list{TitleCategory::CLevel, TitleCategory::Founder, TitleCategory::Student,
                                           TitleCategory::Intern};
    return list;
}

} // namespace lr
