#pragma once

#include "core/common/Result.h"
#include "core/common/Words.h"
#include "core/intake/IntakeProcessor.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QJsonObject>
#include <QList>

#include <atomic>
#include <functional>

namespace lr {

/// The result of one import: rows = created + merged + quarantined.
struct ImportSummary
{
    struct RowError
    {
        qint64 row = 0; ///< 1-based data row (the header is row 0).
        QString reason;
    };
    qint64 rows = 0;
    qint64 created = 0;
    qint64 merged = 0;
    qint64 quarantined = 0;
    QList<RowError> errors;
    QList<RowError>
        notes; ///< Rows imported with something left out (a phone that cannot exist, an unknown country, …).
    QStringList unmappedColumns;
    QString encoding; ///< The Windows code page or UTF-16 a file that is not UTF-8 was read in; empty for UTF-8.
    /// Rows above the header row (a title, a date, a note; their non-empty cells joined), not imported
    /// and not counted in `rows` (see LeadFieldMap::readHeader).
    QStringList aboveHeader;
    bool cancelled = false;

    /// {"rows":N,"created":N,"merged":N,"quarantined":N,"errors":[{"row":R,"reason":"…"}],
    ///  "notes":[{"row":R,"reason":"…"}],"unmapped":["Header",…]}, plus "encoding" and
    ///  "above_header":["line",…] when there are some.
    QJsonObject toJson() const;
};

/// Imports a leads CSV through the IntakeProcessor in batches (IntakeProcessor::submitBatch): every
/// row is journaled raw, then validated, deduplicated and created or merged, a savepoint per row.
/// A bad row never aborts the file.
class CsvLeadImporter final
{
    Q_DECLARE_TR_FUNCTIONS(lr::CsvLeadImporter)

public:
    using Progress = std::function<void(qint64 bytesDone, qint64 bytesTotal, const ImportSummary &soFar)>;

    /// Rows journaled and processed in one transaction. Each batch holds the store's write lock
    /// for its transaction: at about 0.7 ms a row on a large store, 1,000 rows stay well inside the
    /// 2 s other connections (the app's own, while the wizard imports) wait for it. Progress is
    /// reported between batches.
    static constexpr qsizetype kBatchRows = 1000;

    explicit CsvLeadImporter(IntakeProcessor &intake) : m_intake(intake) {}

    /// `overrides` map headers to fields ("Kontakt" → "full_name"); `source` names the file or
    /// list and becomes the lead source key when it is one ("event", "ads", …), else the form id.
    /// Fails as a whole only when the file has no header or no email column.
    Result<ImportSummary> import(QIODevice *device, const QHash<QString, QString> &overrides, const QString &source,
                                 const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

private:
    LR_DECLARE_WORDS(lr::CsvLeadImporter)

    IntakeProcessor &m_intake;
};

} // namespace lr
