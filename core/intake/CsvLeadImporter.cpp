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
    QJsonArray errorList;
    for (const RowError &e : errors)
        errorList.append(QJsonObject{{QStringLiteral("row"), e.row}, {QStringLiteral("reason"), e.reason}});
    return {{QStringLiteral("rows"), rows},
            {QStringLiteral("created"), created},
            {QStringLiteral("merged"), merged},
            {QStringLiteral("quarantined"), quarantined},
            {QStringLiteral("errors"), errorList}};
}

namespace {

constexpr qsizetype kBatchRows = 1000;
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
        break;
    case IntakeOutcome::Status::Merged:
        ++summary.merged;
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
    QStringList headers;
    if (!reader.readRow(headers))
        return R::failure(tr("The file is empty: it has no header row."));
    QString mapError;
    const LeadFieldMap map = LeadFieldMap::build(headers, overrides, &mapError);
    if (map.column(QStringLiteral("email")) < 0)
        return R::failure(mapError.isEmpty() ? tr("No email column found.") : mapError);

    // A large page cache for the import (restored afterwards): the indexes stay in memory.
    const int previousCache = m_intake.store().journal.setCacheSizeKiB(kImportCacheKiB);
    const auto restoreCache = qScopeGuard([&] {
        if (previousCache > 0)
            m_intake.store().journal.setCacheSizeKiB(previousCache);
    });
    ImportSummary summary;
    summary.unmappedColumns = map.unmapped();
    const qint64 total = device->size();
    const bool sourceIsKey = leadSourceFromKey(source).has_value();
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
        ++summary.rows;
        QJsonObject fields;
        for (const auto &[field, column] : columns) {
            if (column < row.size()) {
                const QString value = row.at(column).trimmed();
                if (!value.isEmpty())
                    fields.insert(field, value);
            }
        }
        if (sourceIsKey && !fields.contains(QStringLiteral("source")))
            fields.insert(QStringLiteral("source"), source);
        fields.insert(QStringLiteral("_row"), summary.rows);
        if (!reader.rowError().isEmpty()) {
            // Keep what was read, but never route a row whose quoting broke.
            fields.insert(QStringLiteral("_csv_error"), reader.rowError());
            fields.remove(QStringLiteral("email"));
        }
        batch.append(std::move(fields));
        rows.append({summary.rows, reader.rowError()});
        if (batch.size() >= kBatchRows)
            flush();
    }
    flush(); // what was read before the end (or the cancel) is imported
    if (progress)
        progress(total, total, summary);
    return summary;
}

} // namespace lr
