#pragma once

#include <QString>

namespace lr {

/// String similarity for the duplicate finder. Works on folded text (see fold()), so that
/// "Łukasz" and "Lukasz", "Иван" and "Ivan", "JOHN" and "john" compare as equal.
class Similarity final
{
public:
    Similarity() = delete;

    /// Lower case, diacritics removed, Cyrillic and Greek transliterated to Latin, and everything
    /// that is not a letter or digit dropped: "Žofia-Anna" → "zofiaanna", "Пётр" → "petr".
    static QString fold(const QString &text);

    /// Jaro–Winkler similarity in [0, 1]; 1 for equal strings, 0 when either is empty.
    static double jaroWinkler(const QString &a, const QString &b);

    /// Levenshtein edit distance, giving up (returning `limit` + 1) once it exceeds `limit`.
    static int editDistance(const QString &a, const QString &b, int limit);
};

} // namespace lr
