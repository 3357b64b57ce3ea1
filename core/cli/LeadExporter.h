#pragma once

#include "core/common/Result.h"
#include "core/domain/Lead.h"
#include "core/security/AccessScope.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

class QTextStream;

namespace lr {
class Store;
}

namespace lr::cli {

/// Writes leads as CSV or JSON in the documented, stable export format (docs/cli.md): the same
/// columns in both, streamed row by row from the store so that exports of any size run in
/// constant memory.
class LeadExporter final
{
    Q_DECLARE_TR_FUNCTIONS(lr::cli::LeadExporter)

public:
    enum class Format { Csv, Json };

    explicit LeadExporter(Store &store) : m_store(store) {}

    /// Streams every lead `scope` may see, in id order; returns how many were written.
    Result<qint64> write(const AccessScope &scope, Format format, QTextStream &out);

    /// The export's columns / JSON keys, in order.
    static const QStringList &columns();

    /// One field quoted as RFC 4180 wants it: in double quotes (doubled inside) when it holds a
    /// comma, a quote or a line break.
    static QString csvField(const QString &value);

    /// A JSON string literal ("…" with escapes); non-ASCII stays as UTF-8.
    static QString jsonString(const QString &value);

    /// ISO 8601 in UTC ("2026-11-23T09:00:00Z"), empty for 0.
    static QString isoTime(Instant at);

private:
    QStringList values(const Lead &lead) const;
    QString jsonObject(const Lead &lead) const;

    Store &m_store;
    QHash<Id, QString> m_ownerEmails;
};

} // namespace lr::cli
