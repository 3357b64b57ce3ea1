#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QIODevice;

namespace lr {

/// The first rows of a leads file as the importer will read them (same CsvReader), with each
/// column's recognised lead field, for the import wizard's preview and mapping pages.
struct CsvPreview
{
    Q_DECLARE_TR_FUNCTIONS(lr::CsvPreview)

public:
    QStringList headers;
    QStringList recognised; ///< Per column: the lead field LeadFieldMap recognises, or empty.
    QList<QStringList> rows;
    QList<QStringList> rowsAbove; ///< Above the header row (a title, a note): not imported.
    qint64 headerLine = 1;        ///< The line of the file the header is on.
    QChar delimiter;
    bool byteOrderMark = false;
    QString legacyEncoding; ///< "windows-1250", "utf-16le", … when the file is not UTF-8 (CsvReader::legacyEncoding).
    bool moreRows = false;  ///< The file has rows after the ones shown.
    qint64 fileSize = 0;

    /// Reads the header and up to `maxRows` rows. Fails (translated) on an unreadable or empty file.
    static Result<CsvPreview> read(QIODevice *device, int maxRows = 8);
    static Result<CsvPreview> readFile(const QString &path, int maxRows = 8);

    /// "Semicolon", "Comma", "Tab" (translated).
    QString delimiterName() const;
};

} // namespace lr
