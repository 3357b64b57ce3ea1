#pragma once

#include <QString>
#include <QStringList>

namespace lr {

/// What an enrichment provider knows about a company, keyed by its web domain.
/// Empty text and 0 mean "unknown".
struct Firmographics
{
    QString domain; ///< Lower case, without scheme, "www." or path ("acme.com").
    QString name;
    int employees = 0;
    QString industry;
    qint64 revenue = 0; ///< Yearly, whole currency units.
    QString country;    ///< ISO 3166 alpha-2, upper case ("DE").
    QString linkedin;

    /// The fields an enricher can fill, by their column names.
    static QStringList fieldNames()
    {
        return {QStringLiteral("name"),    QStringLiteral("employees"), QStringLiteral("industry"),
                QStringLiteral("revenue"), QStringLiteral("country"),   QStringLiteral("linkedin")};
    }
};

} // namespace lr
