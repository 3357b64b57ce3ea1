#include "core/dedup/Similarity.h"

#include <QHash>
#include <QList>
#include <QVarLengthArray>

#include <algorithm>

namespace lr {
namespace {

/// Latin spellings of Cyrillic (Bulgarian/Russian/Ukrainian) and Greek letters: cheap, not a
/// standard, but the same on both sides of a comparison.
const QHash<char16_t, QString> &transliteration()
{
    static const QHash<char16_t, QString> table = [] {
        QHash<char16_t, QString> t;
        const char16_t *cyrillic = u"абвгдежзийклмнопрстуфхцчшщъыьэюяёєіїґў";
        const char *latin[] = {"a", "b", "v", "g", "d",  "e",  "zh", "z",  "i", "y",  "k",  "l",  "m",
                               "n", "o", "p", "r", "s",  "t",  "u",  "f",  "h", "ts", "ch", "sh", "sht",
                               "a", "y", "",  "e", "yu", "ya", "e",  "ye", "i", "yi", "g",  "u"};
        for (int i = 0; cyrillic[i]; ++i)
            t.insert(cyrillic[i], QString::fromLatin1(latin[i]));
        const char16_t *greek = u"αβγδεζηθικλμνξοπρσςτυφχψω";
        const char *greekLatin[] = {"a", "v", "g", "d", "e", "z", "i", "th", "i", "k",  "l",  "m", "n",
                                    "x", "o", "p", "r", "s", "s", "t", "y",  "f", "ch", "ps", "o"};
        for (int i = 0; greek[i]; ++i)
            t.insert(greek[i], QString::fromLatin1(greekLatin[i]));
        // Letters NFD does not decompose.
        t.insert(u'ł', QStringLiteral("l"));
        t.insert(u'ß', QStringLiteral("ss"));
        t.insert(u'ø', QStringLiteral("o"));
        t.insert(u'æ', QStringLiteral("ae"));
        t.insert(u'đ', QStringLiteral("d"));
        t.insert(u'ı', QStringLiteral("i"));
        return t;
    }();
    return table;
}

} // namespace

QString Similarity::fold(const QString &text)
{
    const QHash<char16_t, QString> &table = transliteration();
    const QString lower = text.toLower();
    QString out;
    out.reserve(lower.size());
    for (const QChar c : lower) {
        if (c.unicode() < 128) {
            if (c.isLetterOrNumber())
                out += c;
            continue;
        }
        // Transliterate composed letters first ("й" is "y", not "и" + breve), then strip marks.
        const auto it = table.constFind(c.unicode());
        if (it != table.constEnd()) {
            out += *it;
            continue;
        }
        for (const QChar d : QString(c).normalized(QString::NormalizationForm_D)) {
            if (d.category() == QChar::Mark_NonSpacing)
                continue;
            const auto base = table.constFind(d.unicode());
            if (base != table.constEnd())
                out += *base;
            else if (d.isLetterOrNumber())
                out += d;
        }
    }
    return out;
}

double Similarity::jaroWinkler(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    if (a == b)
        return 1.0;
    // Raw pointers and stack flags: this runs for every pair in every block.
    const QChar *pa = a.constData();
    const QChar *pb = b.constData();
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    const qsizetype window = std::max<qsizetype>(0, std::max(la, lb) / 2 - 1);
    QVarLengthArray<bool, 64> matchedA(la, false);
    QVarLengthArray<bool, 64> matchedB(lb, false);
    bool *ma = matchedA.data();
    bool *mb = matchedB.data();
    qsizetype matches = 0;
    for (qsizetype i = 0; i < la; ++i) {
        const qsizetype from = std::max<qsizetype>(0, i - window);
        const qsizetype to = std::min(lb, i + window + 1);
        for (qsizetype j = from; j < to; ++j) {
            if (!mb[j] && pa[i] == pb[j]) {
                ma[i] = mb[j] = true;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0.0;
    qsizetype transpositions = 0;
    for (qsizetype i = 0, j = 0; i < la; ++i) {
        if (!ma[i])
            continue;
        while (!mb[j])
            ++j;
        if (pa[i] != pb[j])
            ++transpositions;
        ++j;
    }
    const double m = static_cast<double>(matches);
    const double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
    qsizetype prefix = 0;
    while (prefix < std::min<qsizetype>({4, la, lb}) && pa[prefix] == pb[prefix])
        ++prefix;
    return jaro + prefix * 0.1 * (1.0 - jaro);
}

int Similarity::editDistance(const QString &a, const QString &b, int limit)
{
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (std::abs(la - lb) > limit)
        return limit + 1;
    QList<int> previous(lb + 1);
    QList<int> current(lb + 1);
    for (qsizetype j = 0; j <= lb; ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= la; ++i) {
        current[0] = static_cast<int>(i);
        int rowMin = current[0];
        for (qsizetype j = 1; j <= lb; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            rowMin = std::min(rowMin, current[j]);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return std::min(previous[lb], limit + 1);
}

} // namespace lr
