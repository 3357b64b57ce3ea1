#include "core/intake/CsvLeadImporter.h"

#include "core/domain/Enums.h"
#include "core/intake/CsvReader.h"
#include "core/intake/LeadFieldMap.h"
#include "core/store/Store.h"

#include <QJsonArray>
#include <QScopeGuard>

namespace lr {

QJsonObject ImportSummary::toJson() const
{
    auto list = [](const QList<RowError> &rowErrors) {
        QJsonArray out;
        for (const RowError &e : rowErrors)
            out.append(QJsonObject{{QStringLiteral("row"), e.row}, {QStringLiteral("reason"), e.reason}});
        return out;
    };
    QJsonObject out{{QStringLiteral("rows"), rows},
                    {QStringLiteral("created"), created},
                    {QStringLiteral("merged"), merged},
                    {QStringLiteral("quarantined"), quarantined},
                    {QStringLiteral("errors"), list(errors)},
                    {QStringLiteral("notes"), list(notes)},
                    {QStringLiteral("unmapped"), QJsonArray::fromStringList(unmappedColumns)}};
    if (!encoding.isEmpty())
        out.insert(QStringLiteral("encoding"), encoding);
    if (!aboveHeader.isEmpty())
        out.insert(QStringLiteral("above_header"), QJsonArray::fromStringList(aboveHeader));
    return out;
}

namespace {

constexpr int kImportCacheKiB = 256 * 1024;

struct RowInBatch
{
    qint64 row = 0;
    QString csvError;
};

void count(ImportSummary &summary, const RowInBatch &row, const IntakeOutcome &out)
{
    switch (out.status) {
    case IntakeOutcome::Status::Created:
        ++summary.created;
        if (!out.reason.isEmpty())
            summary.notes.append({row.row, out.reason});
        break;
    case IntakeOutcome::Status::Merged:
        ++summary.merged;
        if (!out.reason.isEmpty())
            summary.notes.append({row.row, out.reason});
        break;
    case IntakeOutcome::Status::Quarantined:
    case IntakeOutcome::Status::Failed:
        ++summary.quarantined;
        summary.errors.append({row.row, row.csvError.isEmpty() ? out.reason : row.csvError});
        break;
    }
}

} // namespace

Result<ImportSummary> CsvLeadImporter::import(QIODevice *device, const QHash<QString, QString> &overrides,
                                              const QString &source, const Progress &progress,
                                              const std::atomic_bool *cancel)
{
    using R = Result<ImportSummary>;
    CsvReader reader(device);
    const LeadHeader header = LeadFieldMap::readHeader(reader, overrides);
    if (header.headers.isEmpty())
        return R::failure(header.error);
    const QStringList &headers = header.headers;
    const LeadFieldMap &map = header.map;
    if (map.column(QStringLiteral("email")) < 0)
        return R::failure(header.error.isEmpty() ? tr("No email column found.") : header.error);

    // A large page cache for the import (restored afterwards): the indexes stay in memory.
    const int previousCache = m_intake.store().journal.setCacheSizeKiB(kImportCacheKiB);
    const auto restoreCache = qScopeGuard([&] {
        if (previousCache > 0)
            m_intake.store().journal.setCacheSizeKiB(previousCache);
    });
    ImportSummary summary;
    summary.unmappedColumns = map.unmapped();
    summary.encoding = reader.legacyEncoding();
    for (const QStringList &row : header.above) {
        QStringList cells;
        for (const QString &cell : row) {
            if (!cell.trimmed().isEmpty())
                cells.append(cell.trimmed());
        }
        summary.aboveHeader.append(cells.join(QStringLiteral(", ")));
    }
    const qint64 total = device->size();
    const bool sourceIsKey = leadSourceFromKey(source).has_value();
    const QStringList &unmappedHeaders = map.unmapped();
    const QList<int> &unmappedColumns = map.unmappedColumns();
    QList<std::pair<QString, int>> columns; // (field, column), resolved once instead of per row
    for (const QString &field : LeadFieldMap::fields()) {
        if (const int column = map.column(field); column >= 0)
            columns.append({field, column});
    }
    QList<QJsonObject> batch;
    QList<RowInBatch> rows;
    batch.reserve(kBatchRows);
    rows.reserve(kBatchRows);
    auto flush = [&] {
        if (batch.isEmpty())
            return;
        const QList<IntakeOutcome> outcomes = m_intake.submitBatch(JournalEntry::Channel::Csv, source, batch);
        for (qsizetype i = 0; i < outcomes.size(); ++i)
            count(summary, rows.at(i), outcomes.at(i));
        batch.clear();
        rows.clear();
        if (progress)
            progress(reader.bytesRead(), total, summary);
    };
    QStringList row;
    while (reader.readRow(row)) {
        if (cancel && cancel->load()) {
            summary.cancelled = true;
            break;
        }
        // A line of empty cells (";;;;;;" from Excel) holds nothing to keep: it is not a row.
        if (CsvReader::isBlank(row))
            continue;
        ++summary.rows;
        QJsonObject fields;
        for (const auto &[field, column] : columns) {
            if (column < row.size()) {
                const QString value = row.at(column).trimmed();
                if (!value.isEmpty())
                    fields.insert(field, value);
            }
        }
        // Cells no field takes go into the journal under their header, so nothing in the file is lost:
        // unmapped columns, and the second of two addresses when the first column already gave one.
        QJsonObject unmapped;
        for (qsizetype i = 0; i < unmappedColumns.size(); ++i) {
            const int column = unmappedColumns.at(i);
            if (column < row.size() && !row.at(column).trimmed().isEmpty())
                unmapped.insert(unmappedHeaders.at(i), row.at(column).trimmed());
        }
        for (const auto &[field, column] : map.fallbacks()) {
            if (column >= row.size() || row.at(column).trimmed().isEmpty())
                continue;
            if (!fields.contains(field))
                fields.insert(field, row.at(column).trimmed());
            else if (fields.value(field).toString() != row.at(column).trimmed())
                unmapped.insert(headers.value(column), row.at(column).trimmed());
        }
        // Values past the header's last column have no header to go under: they are kept under
        // their column's number, and the row is not trusted (see below).
        qsizetype lastValue = row.size() - 1;
        while (lastValue >= headers.size() && row.at(lastValue).trimmed().isEmpty())
            --lastValue; // "a,b,c,," from a spreadsheet: empty cells past the header are nothing
        for (qsizetype column = headers.size(); column <= lastValue; ++column) {
            if (!row.at(column).trimmed().isEmpty())
                unmapped.insert(QStringLiteral("column %1").arg(column + 1), row.at(column).trimmed());
        }
        if (!unmapped.isEmpty())
            fields.insert(QStringLiteral("_unmapped"), unmapped);
        // A source the file names in words ("Partner Referral") counts; one LeadRelay does not know
        // gives way to the import's own source.
        if (sourceIsKey && !leadSourceFromLabel(fields.value(QStringLiteral("source")).toString()))
            fields.insert(QStringLiteral("source"), source);
        fields.insert(QStringLiteral("_row"), summary.rows);
        Words rowError = reader.rowErrorWords();
        if (rowError.isEmpty() && row.size() == 1 && headers.size() >= 3) {
            rowError = words(QT_TR_NOOP("The line holds one value where the header has %1 columns: a note or "
                                        "footer, not a lead."),
                             {QString::number(headers.size())});
        }
        if (rowError.isEmpty() && lastValue >= headers.size()) {
            // "Firma, Sp. z o.o." without quotes: every value after it sits one column to the right.
            rowError = words(QT_TR_NOOP("The line holds %1 values where the header has %2 columns: a separator "
                                        "inside an unquoted value may have moved the values after it into the "
                                        "wrong columns."),
                             {QString::number(lastValue + 1), QString::number(headers.size())});
        }
        if (!rowError.isEmpty()) {
            // Keep all that was read, but never route such a row: IntakeProcessor quarantines it with
            // this reason, and the admin checks the values before processing it again.
            fields.insert(QStringLiteral("_csv_error"), rowError.toJson());
        }
        batch.append(std::move(fields));
        rows.append({summary.rows, rowError.text()});
        if (batch.size() >= kBatchRows)
            flush();
    }
    flush(); // what was read before the end (or the cancel) is imported
    if (progress)
        progress(total, total, summary);
    return summary;
}

} // namespace lr
