#include "core/intake/CsvLeadImporter.h"

#include "core/domain/Enums.h"
#include "core/intake/CsvReader.h"
#include "core/intake/LeadFieldMap.h"

#include <QJsonArray>

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

    ImportSummary summary;
    summary.unmappedColumns = map.unmapped();
    const qint64 total = device->size();
    const bool sourceIsKey = leadSourceFromKey(source).has_value();
    QStringList row;
    while (reader.readRow(row)) {
        if (cancel && cancel->load()) {
            summary.cancelled = true;
            break;
        }
        ++summary.rows;
        QJsonObject fields;
        const QHash<QString, QString> values = map.apply(row);
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            if (!it.value().isEmpty())
                fields.insert(it.key(), it.value());
        }
        if (sourceIsKey && !fields.contains(QStringLiteral("source")))
            fields.insert(QStringLiteral("source"), source);
        fields.insert(QStringLiteral("_row"), summary.rows);
        if (!reader.rowError().isEmpty()) {
            // Keep what was read, but never route a row whose quoting broke.
            fields.insert(QStringLiteral("_csv_error"), reader.rowError());
            fields.remove(QStringLiteral("email"));
        }
        const IntakeOutcome out = m_intake.submit(JournalEntry::Channel::Csv, source, fields);
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
            summary.errors.append({summary.rows, reader.rowError().isEmpty() ? out.reason : reader.rowError()});
            break;
        }
        if (progress && summary.rows % 200 == 0)
            progress(reader.bytesRead(), total, summary);
    }
    if (progress)
        progress(total, total, summary);
    return summary;
}

} // namespace lr
