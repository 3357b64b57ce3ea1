#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace lr {

class CsvReader;

/// The header row of a leads file as LeadFieldMap::readHeader() found it.
struct LeadHeader;

/// Maps the column headers of a leads file to LeadRelay's field names (`email`, `first_name`,
/// `company`, `phone`, …). Recognises, case-insensitively and ignoring punctuation, the spellings
/// HubSpot, Salesforce, Pipedrive and spreadsheet exports use ("E-mail", "Email Address",
/// "Given name", "Person - Email", "Mobile Phone Number", "Country/Region", …). Explicit
/// `--map "Header=field"` entries win over recognition.
class LeadFieldMap final
{
    Q_DECLARE_TR_FUNCTIONS(lr::LeadFieldMap)

public:
    /// The field names a column can map to, in display order.
    static const QStringList &fields();
    /// The field a header is recognised as, or empty.
    static QString recognise(const QString &header);
    /// Whether several columns may hold `field` (a work and a home address, a phone and a second
    /// phone): the first non-empty one counts, the others stand in where it is empty.
    static bool allowsSeveralColumns(const QString &field);

    /// Builds the map for `headers`. `overrides` are "Header" → field, or "Header" → "" to leave a
    /// column out even when it would be recognised ("Do not import"); an unknown field name in an
    /// override, an override for a header the file does not have, and a file without an email
    /// column are errors (returned in `error`).
    static LeadFieldMap build(const QStringList &headers, const QHash<QString, QString> &overrides,
                              QString *error = nullptr);

    /// Reads the header row of a leads file: the first row, or, when that names no email column, the
    /// first of the next rows that does, so a title or note above the header ("Trade fair leads,
    /// Berlin 2024") does not stop the import. See LeadHeader.
    static LeadHeader readHeader(CsvReader &reader, const QHash<QString, QString> &overrides);
    /// How many rows below the first readHeader() looks for a header naming an email column.
    static constexpr int kHeaderSearchRows = 10;

    /// Column index of `field`, or -1.
    int column(const QString &field) const { return m_columns.value(field, -1); }
    /// field → value for one row (fields without a column are absent).
    QHash<QString, QString> apply(const QStringList &row) const;
    /// Headers that map to nothing (shown to the user, kept in the journal).
    const QStringList &unmapped() const { return m_unmapped; }
    /// Column indexes that map to nothing, in file order.
    const QList<int> &unmappedColumns() const { return m_unmappedColumns; }
    /// Later columns of a field an earlier column holds ("Email - Home" after "Email - Work"):
    /// (field, column), used when the earlier cell is empty.
    const QList<std::pair<QString, int>> &fallbacks() const { return m_fallbacks; }

private:
    QHash<QString, int> m_columns;
    QStringList m_unmapped;
    QList<int> m_unmappedColumns;
    QList<std::pair<QString, int>> m_fallbacks;
};

struct LeadHeader
{
    QStringList headers;        ///< Empty when the file has no row at all (see error).
    qint64 line = 1;            ///< The line of the file the header is on (1-based).
    LeadFieldMap map;           ///< Built from `headers` with the overrides.
    QString error;              ///< Why the file cannot be imported as it is (translated); empty when it can.
    QList<QStringList> above;   ///< Rows above the header (a title, a note), not imported.
    QList<QStringList> pending; ///< Rows read past the header while looking for one: data, in order.
};

} // namespace lr
