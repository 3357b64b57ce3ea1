#pragma once

#include "core/common/Result.h"
#include "core/intake/CsvLeadImporter.h"

#include <QCoreApplication>

namespace lr {

/// Writes the rows an import rejected as a CSV a person can fix and import again: the original
/// header and fields of each rejected row (re-read from the source file by row number, as the
/// importer numbered them), plus a "Reason" column. Uses the source file's delimiter and a UTF-8
/// BOM, so spreadsheets open it as they opened the original.
class RejectedRowsWriter final
{
    Q_DECLARE_TR_FUNCTIONS(lr::RejectedRowsWriter)

public:
    /// Returns how many rows were written. `rowsAboveHeader` rows (ImportSummary::aboveHeader) come
    /// before the header in the source and are not written.
    static Result<qint64> write(const QString &sourcePath, const QList<ImportSummary::RowError> &errors,
                                const QString &targetPath, qsizetype rowsAboveHeader = 0);

    /// One CSV line (without its end) with fields quoted where needed.
    static QString line(const QStringList &fields, QChar delimiter);
};

} // namespace lr
