#pragma once

#include "core/cli/CommandLine.h"
#include "core/common/Clock.h"

#include <QCoreApplication>

class QTextStream;

namespace lr::cli {

/// Route-and-respond commands of leadrelayctl: `simulate`, `timers fire|list`, `routing explain`,
/// `tasks list|done`, `leads touch|disqualify|reassign`. Role checks live in core (LeadDispatcher
/// and the scoped repositories); --as picks whose rights apply (default: the local operator).
class RouteCommands final
{
    Q_DECLARE_TR_FUNCTIONS(lr::cli::RouteCommands)

public:
    explicit RouteCommands(const Clock &clock) : m_clock(clock) {}

    /// True for the first words this class runs.
    static bool handles(const QString &command);
    /// The help lines of these commands.
    static QString usage();

    /// Runs `line` against the store at `databasePath`; returns an ExitCode.
    int run(const CommandLine &line, const QString &databasePath, QTextStream &out, QTextStream &err);

private:
    const Clock &m_clock;
};

} // namespace lr::cli
