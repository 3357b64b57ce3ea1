#pragma once

#include "core/cli/CommandLine.h"
#include "core/common/Clock.h"
#include "core/metrics/MetricsFilter.h"
#include "core/security/AccessScope.h"

#include <QCoreApplication>
#include <QSet>

class QTextStream;

namespace lr {
class Store;
}

namespace lr::cli {

/// `leadrelayctl metrics [--from DATE] [--to DATE] [--team T] [--rep R] [--source S] [--campaign C]
/// [--as EMAIL] --format json`: every metric of the period as JSON (keys: docs/metrics.md).
class MetricsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(lr::cli::MetricsCommand)

public:
    static QSet<QString> options();

    /// The period of the command line: --to (default now; a date alone means the end of that day)
    /// and --from (default 30 days before --to). A usage error for unreadable dates or an empty period.
    static Result<MetricsFilter> period(const CommandLine &line, const Clock &clock);

    MetricsCommand(Store &store, const Clock &clock, AccessScope scope) : m_store(store), m_clock(clock), m_scope(scope)
    {}

    /// Resolves --team (name or id) and --rep (email or id), folds new history into the metrics and
    /// prints the report.
    int run(const CommandLine &line, MetricsFilter filter, QTextStream &out, QTextStream &err);

private:
    Store &m_store;
    const Clock &m_clock;
    AccessScope m_scope;
};

} // namespace lr::cli
