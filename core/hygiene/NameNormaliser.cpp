#include "core/hygiene/NameNormaliser.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace lr {
namespace {

bool isMixedCase(const QString &word)
{
    bool lower = false;
    bool upper = false;
    for (const QChar c : word) {
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
    }
    return lower && upper;
}

/// Upper-cases the first letter of each part after a hyphen or apostrophe, lower-cases the rest.
QString capitalise(const QString &word)
{
    QString out = word.toLower();
    // Turkish İ lower-cases to i + combining dot above (Unicode's default mapping): the dot is
    // already on the i, and "ŞAHİN" should read "Şahin", not "Şahi̇n".
    static const QString dottedI = QStringLiteral("i\u0307");
    out.replace(dottedI, QStringLiteral("i"));
    bool startOfPart = true;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c.isLetter()) {
            if (startOfPart)
                out[i] = c.toTitleCase();
            startOfPart = false;
        } else if (c == QLatin1Char('-') || c == QLatin1Char('\'') || c == QChar(0x2019)) {
            startOfPart = true;
        }
    }
    // Greek: a sigma that ends a word is written as final sigma.
    for (qsizetype i = 0; i < out.size(); ++i) {
        const bool endsWord = i + 1 == out.size() || !out.at(i + 1).isLetter();
        if (out.at(i) == QChar(0x03C3) && endsWord && i > 0 && out.at(i - 1).isLetter())
            out[i] = QChar(0x03C2);
    }
    return out;
}

} // namespace

QString NameNormaliser::normalise(const QString &name)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    static const QSet<QString> particles{QStringLiteral("von"), QStringLiteral("van"), QStringLiteral("der"),
                                         QStringLiteral("den"), QStringLiteral("de"),  QStringLiteral("da"),
                                         QStringLiteral("di"),  QStringLiteral("la"),  QStringLiteral("le"),
                                         QStringLiteral("du"),  QStringLiteral("dos"), QStringLiteral("zu")};
    const QStringList words = name.simplified().split(spaces, Qt::SkipEmptyParts);
    QStringList out;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (isMixedCase(w)) {
            out.append(w);
        } else if (i > 0 && i + 1 < words.size() && particles.contains(w.toLower())) {
            out.append(w.toLower());
        } else {
            out.append(capitalise(w));
        }
    }
    return out.join(QLatin1Char(' '));
}

} // namespace lr
