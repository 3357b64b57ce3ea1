#include "core/cli/MetricsCommand.h"

#include "core/cli/ExitCode.h"
#include "core/common/DateParser.h"
#include "core/metrics/MetricsJson.h"
#include "core/metrics/MetricsService.h"
#include "core/store/Store.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

namespace lr::cli {
namespace {

constexpr qint64 kDefaultDays = 30;

/// "2026-11-23" (a date without a time).
bool isDateOnly(const QString &text)
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return date.match(text.trimmed()).hasMatch();
}

} // namespace

QSet<QString> MetricsCommand::options()
{
    return {QStringLiteral("from"), QStringLiteral("to"),     QStringLiteral("team"),   QStringLiteral("rep"),
            QStringLiteral("as"),   QStringLiteral("format"), QStringLiteral("source"), QStringLiteral("campaign")};
}

Result<MetricsFilter> MetricsCommand::period(const CommandLine &line, const Clock &clock)
{
    using R = Result<MetricsFilter>;
    MetricsFilter filter;
    filter.to = clock.now() + 1; // half-open, up to and including now
    if (line.has(QStringLiteral("to"))) {
        const QString text = line.value(QStringLiteral("to"));
        const auto to = parseInstant(text);
        if (!to)
            return R::failure(tr("--to: \"%1\" is not a date (use 2026-11-23 or 2026-11-23T09:00:00Z).").arg(text));
        filter.to = isDateOnly(text) ? *to + kDayMs : *to;
    }
    filter.from = filter.to - kDefaultDays * kDayMs;
    if (line.has(QStringLiteral("from"))) {
        const QString text = line.value(QStringLiteral("from"));
        const auto from = parseInstant(text);
        if (!from)
            return R::failure(tr("--from: \"%1\" is not a date (use 2026-11-23 or 2026-11-23T09:00:00Z).").arg(text));
        filter.from = *from;
    }
    if (filter.to <= filter.from)
        return R::failure(tr("--from must be before --to."));
    filter.source = line.value(QStringLiteral("source")).trimmed();
    filter.campaign = line.value(QStringLiteral("campaign"));
    return filter;
}

int MetricsCommand::run(const CommandLine &line, MetricsFilter filter, QTextStream &out, QTextStream &err)
{
    if (line.has(QStringLiteral("team"))) {
        const QString team = line.value(QStringLiteral("team")).trimmed();
        bool isId = false;
        const Id id = team.toLongLong(&isId);
        const auto found = isId ? m_store.teams.find(id) : m_store.teams.findByName(team);
        if (!found) {
            err << tr("There is no team \"%1\".").arg(team) << QLatin1Char('\n');
            return ExitFailure;
        }
        filter.teamId = found->id;
    }
    if (line.has(QStringLiteral("rep"))) {
        const QString rep = line.value(QStringLiteral("rep")).trimmed();
        bool isId = false;
        const Id id = rep.toLongLong(&isId);
        const auto found = isId ? m_store.users.find(id) : m_store.users.findByEmail(rep);
        if (!found) {
            err << tr("There is no user \"%1\".").arg(rep) << QLatin1Char('\n');
            return ExitFailure;
        }
        filter.repId = found->id;
    }
    MetricsService service(m_store, m_clock);
    if (const auto refreshed = service.refresh(); !refreshed) {
        err << refreshed.error() << QLatin1Char('\n');
        return ExitFailure;
    }
    const auto report = service.report(m_scope, filter);
    if (!report) {
        err << report.error() << QLatin1Char('\n');
        return ExitFailure;
    }
    out << QString::fromUtf8(QJsonDocument(MetricsJson::toJson(report.value())).toJson(QJsonDocument::Indented));
    return ExitSuccess;
}

} // namespace lr::cli
