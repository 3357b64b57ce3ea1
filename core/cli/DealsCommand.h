#pragma once

#include "core/cli/CommandLine.h"
#include "core/common/Clock.h"
#include "core/domain/User.h"
#include "core/security/AccessScope.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

class QTextStream;

namespace lr {
class Store;
}

namespace lr::cli {

/// `leadrelayctl deals list|move`.
class DealsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(lr::cli::DealsCommand)

public:
    DealsCommand(Store &store, const Clock &clock, AccessScope scope) : m_store(store), m_clock(clock), m_scope(scope)
    {}

    static QSet<QString> listOptions();
    static QSet<QString> moveOptions();
    static QSet<QString> importOptions();
    /// "Exported stage=LeadRelay stage" pairs of --stage-map; fails on a pair without "=".
    static Result<QHash<QString, QString>> parseStageMaps(const QStringList &entries);
    /// "field=value" pairs of --set; a usage error for a pair without "=" or a field given twice.
    static Result<QMap<QString, QString>> parseSets(const QStringList &sets);

    /// Every deal the scope sees (only those in `stage` when not empty) as a JSON array.
    int list(const QString &stage, QTextStream &out, QTextStream &err);
    /// Moves deal `id` to `stage`; exit code 3 and the missing fields when exit criteria refuse.
    int move(const QString &id, const QString &stage, const QMap<QString, QString> &fields, QTextStream &out,
             QTextStream &err);

    /// Imports a deal export (`import deals FILE`) with --map and --stage-map; prints the JSON
    /// summary. `actor` is the --as user (permission checked), or nullopt for the local operator.
    int importDeals(const QString &file, const QHash<QString, QString> &columns, const QHash<QString, QString> &stages,
                    const std::optional<User> &actor, QTextStream &out, QTextStream &err);

private:
    Store &m_store;
    const Clock &m_clock;
    AccessScope m_scope;
};

} // namespace lr::cli
