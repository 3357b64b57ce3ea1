#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>

namespace lr {

class Store;

/// The result of one firmographics import: rows = created + updated + rejected.
struct FirmographicsImportSummary
{
    struct RowError
    {
        qint64 row = 0; ///< 1-based data row (the header is row 0).
        QString reason;
    };
    qint64 rows = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 rejected = 0;
    QList<RowError> errors;
    QStringList unmappedColumns;
    bool cancelled = false;

    /// {"rows":N,"created":N,"updated":N,"rejected":N,"errors":[{"row":R,"reason":"…"}],"unmapped":[…]}
    QJsonObject toJson() const;
};

/// Imports a firmographics CSV (domain → name, employees, industry, revenue, country, LinkedIn)
/// into the local table. Recognises the usual export headers ("Website", "Company Name",
/// "Headcount", "Annual Revenue", "Country code", …), normalises the values (see
/// FirmographicsParser) and upserts by domain. A bad row is reported with its reason and never
/// aborts the file.
class FirmographicsImporter final
{
    Q_DECLARE_TR_FUNCTIONS(lr::FirmographicsImporter)

public:
    using Progress = std::function<void(qint64 bytesDone, qint64 bytesTotal)>;

    FirmographicsImporter(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    /// The field a header is recognised as ("domain", "name", "employees", "industry", "revenue",
    /// "country", "linkedin"), or empty.
    static QString recognise(const QString &header);

    /// Fails as a whole only when the file has no header, no domain column or no other known column.
    Result<FirmographicsImportSummary> import(QIODevice *device, const Progress &progress = {},
                                              const std::atomic_bool *cancel = nullptr);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace lr
