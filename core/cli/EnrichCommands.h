#pragma once

#include "core/cli/CommandLine.h"
#include "core/common/Clock.h"
#include "core/security/AccessScope.h"

#include <QCoreApplication>
#include <QSet>

class QTextStream;

namespace lr {
class Store;
}

namespace lr::cli {

/// `import firmographics FILE` and `enrich [--provider local|http] [--url T] [--timeout-ms N]
/// [--retries N] [--limit N]`: the enrichment side of leadrelayctl. Both go through the
/// admin-only EnrichmentService, acting as the local operator or as `--as EMAIL`.
class EnrichCommands final
{
    Q_DECLARE_TR_FUNCTIONS(lr::cli::EnrichCommands)

public:
    EnrichCommands(Store &store, const Clock &clock, AccessScope who) : m_store(store), m_clock(clock), m_who(who) {}

    static QSet<QString> importOptions() { return {QStringLiteral("as")}; }
    static QSet<QString> enrichOptions()
    {
        return {QStringLiteral("provider"), QStringLiteral("url"),   QStringLiteral("timeout-ms"),
                QStringLiteral("retries"),  QStringLiteral("limit"), QStringLiteral("as")};
    }
    /// Checks the values of the enrich options; empty when they are usable.
    static QString checkEnrichOptions(const CommandLine &line);

    /// Prints one JSON summary ({"rows","created","updated","rejected","errors","unmapped"}).
    int importFirmographics(const QString &file, QTextStream &out, QTextStream &err);
    /// Runs one enrichment pass; prints its JSON summary; exit 1 when a lookup failed.
    int enrich(const CommandLine &line, QTextStream &out, QTextStream &err);

private:
    Store &m_store;
    const Clock &m_clock;
    AccessScope m_who;
};

} // namespace lr::cli
