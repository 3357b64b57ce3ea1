#pragma once

namespace lr::cli {

/// Exit codes of leadrelayctl (documented in docs/cli.md).
enum ExitCode : int {
    ExitSuccess = 0,  ///< Done.
    ExitFailure = 1,  ///< The command ran and failed: the store could not be opened, a rule refused the change, …
    ExitUsage = 2,    ///< The command line was wrong: unknown command or option, missing or invalid argument.
    ExitCriteria = 3, ///< A deal move was refused by the target stage's exit criteria (fields missing).
};

} // namespace lr::cli
