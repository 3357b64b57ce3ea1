#pragma once

#include <QString>

namespace lr {

/// Proper capitals for person names in any script: "иван петров" → "Иван Петров",
/// "ŁUKASZ" → "Łukasz", "jean-luc o'neil" → "Jean-Luc O'Neil". Names typed in deliberate mixed
/// case ("McDonald", "DeVito") are kept; name particles stay lower case inside a name
/// ("ludwig van beethoven" → "Ludwig van Beethoven").
class NameNormaliser final
{
public:
    static QString normalise(const QString &name);
};

} // namespace lr
