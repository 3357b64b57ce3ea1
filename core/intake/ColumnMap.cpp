#include "core/intake/ColumnMap.h"

#include <QRegularExpression>

namespace lr {

QString ColumnMap::canonical(const QString &header)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return header.toLower().replace(nonWord, QStringLiteral(" ")).trimmed();
}

ColumnMap ColumnMap::build(const QStringList &headers, const QHash<QString, QString> &overrides,
                           const Recogniser &recognise)
{
    ColumnMap map;
    for (int i = 0; i < headers.size(); ++i) {
        const QString &header = headers.at(i);
        QString field;
        bool overridden = false;
        for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
            if (it.key().trimmed().compare(header.trimmed(), Qt::CaseInsensitive) == 0) {
                field = it.value();
                overridden = true;
            }
        }
        if (!overridden)
            field = recognise(header);
        if (field.isEmpty() || map.m_columns.contains(field)) {
            if (!field.isEmpty())
                map.m_fallbacks.append({field, i});
            map.m_unmapped.append(header);
            continue;
        }
        map.m_columns.insert(field, i);
    }
    return map;
}

QHash<QString, QString> ColumnMap::pick(const QHash<QString, int> &columns, const QStringList &row)
{
    QHash<QString, QString> out;
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        if (it.value() < row.size())
            out.insert(it.key(), row.at(it.value()).trimmed());
    }
    return out;
}

} // namespace lr
