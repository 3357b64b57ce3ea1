#pragma once

#include "core/cli/CommandLine.h"
#include "core/common/Clock.h"
#include "core/demo/DemoDataGenerator.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

class QTextStream;

namespace lr::cli {

/// `leadrelayctl demo`: fills an empty store with the demo data set and prints what it wrote.
class DemoCommand final
{
    Q_DECLARE_TR_FUNCTIONS(lr::cli::DemoCommand)

public:
    struct Request
    {
        DemoOptions options;
        std::optional<Instant> now; ///< --now: generate as if it were this instant.
        bool json = false;
    };

    /// The options `demo` accepts.
    static QSet<QString> options();

    /// The request a command line describes, or what is wrong with it (a usage error).
    static Result<Request> parse(const CommandLine &line);

    /// Generates into `store` (at `path`); `clock` is the real clock, used for "now" unless the
    /// request pins it and for the elapsed time. Returns the exit code.
    static int run(Store &store, const QString &path, const Request &request, const Clock &clock, QTextStream &out,
                   QTextStream &err);
};

} // namespace lr::cli
