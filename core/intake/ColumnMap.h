#pragma once

#include <QHash>
#include <QStringList>

#include <functional>

namespace lr {

/// Which file column holds which field, for any CSV import (leads, deals): explicit
/// "Header" → field overrides win ("" leaves a column out), else a recogniser names the field;
/// a field is taken by its first column; later columns naming it again, recognised or chosen, are
/// its fallbacks (Pipedrive's "Email - Work", "Email - Home") and are also listed as unmapped.
class ColumnMap final
{
public:
    using Recogniser = std::function<QString(const QString &header)>;

    /// "Person - E-mail Address" → "person e mail address": lower case, punctuation as single
    /// spaces, so that export spellings compare equal.
    static QString canonical(const QString &header);

    /// `overrides` keys compare with headers case-insensitively, ignoring surrounding blanks.
    static ColumnMap build(const QStringList &headers, const QHash<QString, QString> &overrides,
                           const Recogniser &recognise);

    /// Column index of `field`, or -1.
    int column(const QString &field) const { return m_columns.value(field, -1); }
    const QHash<QString, int> &columns() const { return m_columns; }
    /// field → trimmed value for one row (fields without a column are absent).
    QHash<QString, QString> apply(const QStringList &row) const { return pick(m_columns, row); }
    /// The trimmed cells of `row` by field, for a field → column index map.
    static QHash<QString, QString> pick(const QHash<QString, int> &columns, const QStringList &row);
    /// Headers that map to nothing.
    const QStringList &unmapped() const { return m_unmapped; }
    /// (field, column) of later columns naming a field an earlier column already holds, in
    /// file order: where that earlier cell is empty, the first non-empty of these stands in.
    const QList<std::pair<QString, int>> &fallbacks() const { return m_fallbacks; }

private:
    QHash<QString, int> m_columns;
    QStringList m_unmapped;
    QList<std::pair<QString, int>> m_fallbacks;
};

} // namespace lr
