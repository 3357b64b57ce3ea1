#pragma once

#include "core/cli/CommandLine.h"
#include "core/common/Clock.h"

#include <QCoreApplication>

class QTextStream;

namespace lr {
class Store;
struct ScoreExplanation;
} // namespace lr

namespace lr::cli {

/// The Qualify commands of leadrelayctl:
///   leads explain ID|EMAIL [--as EMAIL] [--format text|json]   why a lead has its score
///   import events FILE [--source NAME]                         behaviour events, JSON lines or array
///   scoring rescore [--all]                                    bring scores to the active rules
/// Role checks live in core (ScoringService); --as picks whose rights apply.
class ScoringCommands final
{
    Q_DECLARE_TR_FUNCTIONS(lr::cli::ScoringCommands)

public:
    explicit ScoringCommands(const Clock &clock) : m_clock(clock) {}

    /// True for the command lines this class runs.
    static bool handles(const CommandLine &line);
    /// The help lines of these commands.
    static QString usage();

    /// Runs `line` against the store at `databasePath`; returns an ExitCode.
    int run(const CommandLine &line, const QString &databasePath, QTextStream &out, QTextStream &err);

    /// The breakdown as people read it ("+25  intent  Demo request form — Form type: demo_request, 12 Nov").
    static QString explanationText(const ScoreExplanation &why);

private:
    int explain(const CommandLine &line, Store &store, QTextStream &out, QTextStream &err);
    int importEvents(const CommandLine &line, Store &store, QTextStream &out, QTextStream &err);
    int rescore(Store &store, bool everyLead, QTextStream &out, QTextStream &err);

    const Clock &m_clock;
};

} // namespace lr::cli
