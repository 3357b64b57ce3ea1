#include "core/cli/CommandLine.h"

namespace lr::cli {
namespace {

const QSet<QString> &valueOptions()
{
    static const QSet<QString> options{
        QStringLiteral("from"),        QStringLiteral("to"),         QStringLiteral("rep"),
        QStringLiteral("campaign"),    QStringLiteral("outcome"),    QStringLiteral("reason"),
        QStringLiteral("type"),        QStringLiteral("lead"),       QStringLiteral("db"),
        QStringLiteral("seed"),        QStringLiteral("leads"),      QStringLiteral("days"),
        QStringLiteral("format"),      QStringLiteral("as"),         QStringLiteral("name"),
        QStringLiteral("email"),       QStringLiteral("role"),       QStringLiteral("team"),
        QStringLiteral("territories"), QStringLiteral("languages"),  QStringLiteral("capacity"),
        QStringLiteral("timezone"),    QStringLiteral("segment"),    QStringLiteral("now"),
        QStringLiteral("source"),      QStringLiteral("bind"),       QStringLiteral("port"),
        QStringLiteral("token"),       QStringLiteral("map"),        QStringLiteral("provider"),
        QStringLiteral("url"),         QStringLiteral("timeout-ms"), QStringLiteral("retries"),
        QStringLiteral("limit"),       QStringLiteral("set"),        QStringLiteral("stage"),
        QStringLiteral("stage-map")};
    return options;
}

/// Options that may be given more than once.
const QSet<QString> &repeatableOptions()
{
    static const QSet<QString> options{QStringLiteral("map"), QStringLiteral("set"), QStringLiteral("stage-map")};
    return options;
}

const QSet<QString> &flagOptions()
{
    static const QSet<QString> options{QStringLiteral("help"), QStringLiteral("version"), QStringLiteral("all")};
    return options;
}

} // namespace

Result<CommandLine> CommandLine::parse(const QStringList &args)
{
    using R = Result<CommandLine>;
    CommandLine line;
    bool optionsEnded = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (optionsEnded || arg == QLatin1String("-") || !arg.startsWith(QLatin1Char('-'))) {
            line.m_positional.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (arg == QLatin1String("-h")) {
            line.m_flags.insert(QStringLiteral("help"));
            line.m_order.append(QStringLiteral("help"));
            continue;
        }
        if (!arg.startsWith(QLatin1String("--")))
            return R::failure(tr("Unknown option %1.").arg(arg));

        QString name = arg.mid(2);
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
            inlineValue = true;
        }
        if (flagOptions().contains(name)) {
            if (inlineValue)
                return R::failure(tr("Option --%1 takes no value.").arg(name));
            line.m_flags.insert(name);
        } else if (valueOptions().contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size() || args.at(i + 1).startsWith(QLatin1String("--")))
                    return R::failure(tr("Option --%1 needs a value.").arg(name));
                value = args.at(++i);
            }
            if (repeatableOptions().contains(name)) {
                line.m_multi[name].append(value);
            } else if (line.m_values.contains(name)) {
                return R::failure(tr("Option --%1 is given twice.").arg(name));
            }
            line.m_values.insert(name, value);
        } else {
            return R::failure(tr("Unknown option --%1.").arg(name));
        }
        line.m_order.append(name);
    }
    return line;
}

QString CommandLine::firstOptionOutside(const QSet<QString> &allowed) const
{
    for (const QString &option : m_order) {
        if (!allowed.contains(option))
            return option;
    }
    return {};
}

} // namespace lr::cli
