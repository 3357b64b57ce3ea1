#pragma once

#include "core/cli/CommandLine.h"
#include "core/common/Clock.h"
#include "core/security/AccessScope.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QTextStream;

namespace lr {
class Store;
}

namespace lr::cli {

/// leadrelayctl, the headless console, as a class: parses a command line, runs the command against
/// the store and writes data to `out`, messages to `err`. Everything it needs from the outside world
/// (clock, environment, default paths) is injected, so tests run it in-process.
/// Commands, options, exit codes and the export format are documented in docs/cli.md.
class Ctl final
{
    Q_DECLARE_TR_FUNCTIONS(lr::cli::Ctl)

public:
    /// Looks up an environment variable; empty when unset.
    using Environment = std::function<QString(const QString &name)>;

    /// `defaultDatabase` is used when neither --db nor LEADRELAY_DB names a database.
    Ctl(const Clock &clock, Environment environment, QString defaultDatabase);

    /// Runs one command line (`args` without the program name); returns the exit code (see ExitCode).
    int run(const QStringList &args, QTextStream &out, QTextStream &err);

    /// The help text.
    QString usage() const;

    /// The database a command line means: --db, else $LEADRELAY_DB, else the default.
    QString databasePath(const CommandLine &line) const;

    /// <AppDataLocation>/leadrelay.db for the running application.
    static QString defaultDatabasePath();

private:
    int usageError(QTextStream &err, const QString &message) const;
    std::unique_ptr<Store> openStore(const QString &path, bool create, QTextStream &err) const;
    int init(const CommandLine &line, QTextStream &out, QTextStream &err);
    int demo(const CommandLine &line, QTextStream &out, QTextStream &err);
    int users(const CommandLine &line, QTextStream &out, QTextStream &err);
    int exportLeads(const CommandLine &line, QTextStream &out, QTextStream &err);
    int importLeads(const CommandLine &line, QTextStream &out, QTextStream &err);
    int serve(const CommandLine &line, QTextStream &out, QTextStream &err);
    int importDeals(const CommandLine &line, QTextStream &out, QTextStream &err);
    int importFirmographics(const CommandLine &line, QTextStream &out, QTextStream &err);
    int enrich(const CommandLine &line, QTextStream &out, QTextStream &err);
    int deals(const CommandLine &line, QTextStream &out, QTextStream &err);
    int metrics(const CommandLine &line, QTextStream &out, QTextStream &err);
    /// The operator, or the user named by --as (nullopt and a message on `err` when unknown).
    std::optional<AccessScope> actingAs(const CommandLine &line, Store &store, QTextStream &err) const;

    const Clock &m_clock;
    Environment m_environment;
    QString m_defaultDatabase;
};

} // namespace lr::cli
