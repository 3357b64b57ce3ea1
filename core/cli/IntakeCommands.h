#pragma once

#include "core/cli/CommandLine.h"
#include "core/common/Clock.h"

#include <QCoreApplication>
#include <QSet>

class QHostAddress;
class QTextStream;

namespace lr {
class Store;
}

namespace lr::cli {

/// `import leads FILE [--map "Header=field"]… [--source NAME]` and
/// `serve [--bind ADDRESS] [--port N] [--token T]`: the capture side of leadrelayctl.
class IntakeCommands final
{
    Q_DECLARE_TR_FUNCTIONS(lr::cli::IntakeCommands)

public:
    IntakeCommands(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    static QSet<QString> importOptions() { return {QStringLiteral("map"), QStringLiteral("source")}; }
    static QSet<QString> serveOptions()
    {
        return {QStringLiteral("bind"), QStringLiteral("port"), QStringLiteral("token")};
    }

    /// Prints one JSON summary ({"rows","created","merged","quarantined","errors"}) to `out`.
    int importLeads(const QString &file, const CommandLine &line, QTextStream &out, QTextStream &err);
    /// The problem with serve's --bind or --port (a usage error), or empty.
    static QString checkServeOptions(const CommandLine &line);
    /// What serve says on standard error about who can reach the intake at `address`: a warning
    /// without a token, a stronger one off loopback (anyone on the network), empty for a token on loopback.
    static QString exposureWarning(const QHostAddress &address, bool hasToken);
    /// Runs the webhook until SIGINT/SIGTERM. `token` falls back to $LEADRELAY_TOKEN (passed in).
    int serve(const CommandLine &line, const QString &tokenFromEnvironment, QTextStream &out, QTextStream &err);

    /// "Header=field" pairs → map; fails on an entry without "=".
    static Result<QHash<QString, QString>> parseMaps(const QStringList &entries);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace lr::cli
