#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QStringList>

namespace lr::cli {

/// A parsed leadrelayctl command line: positional words ("users", "add") and options
/// ("--name Anna", "--name=Anna", flags like "--help"). Which options take a value is fixed for the
/// whole tool, so options may appear before or after the command.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(lr::cli::CommandLine)

public:
    /// Splits `args` (without the program name). Fails with a translated message on an unknown
    /// option or an option without its value.
    static Result<CommandLine> parse(const QStringList &args);

    const QStringList &positional() const { return m_positional; }
    QString word(int index) const { return m_positional.value(index); }

    bool has(const QString &option) const { return m_values.contains(option) || m_flags.contains(option); }
    QString value(const QString &option, const QString &fallback = {}) const
    {
        return m_values.value(option, fallback);
    }

    /// Every value of a repeatable option (--map A=b --map C=d), in order.
    QStringList values(const QString &option) const { return m_multi.value(option); }

    /// The first option not in `allowed` (empty when all are allowed), for per-command checks.
    QString firstOptionOutside(const QSet<QString> &allowed) const;

private:
    QStringList m_positional;
    QMap<QString, QString> m_values;
    QMap<QString, QStringList> m_multi;
    QSet<QString> m_flags;
    QStringList m_order; ///< Options in the order given, for stable error messages.
};

} // namespace lr::cli
