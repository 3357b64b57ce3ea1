#include "core/cli/DemoCommand.h"

#include "core/cli/ExitCode.h"
#include "core/common/DayPhrases.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace lr::cli {

QSet<QString> DemoCommand::options()
{
    return {QStringLiteral("seed"), QStringLiteral("leads"), QStringLiteral("days"), QStringLiteral("now"),
            QStringLiteral("format")};
}

Result<DemoCommand::Request> DemoCommand::parse(const CommandLine &line)
{
    using R = Result<Request>;
    Request request;
    bool ok = true;
    if (line.has(QStringLiteral("seed"))) {
        request.options.seed = line.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return R::failure(tr("--seed needs a whole number from 0 to 4294967295."));
    }
    if (line.has(QStringLiteral("leads"))) {
        request.options.leads = line.value(QStringLiteral("leads")).toInt(&ok);
        if (!ok || request.options.leads < 0 || request.options.leads > DemoDataGenerator::kMaxLeads)
            return R::failure(tr("--leads needs a whole number from 0 to %1.").arg(DemoDataGenerator::kMaxLeads));
    }
    if (line.has(QStringLiteral("days"))) {
        request.options.days = line.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || request.options.days < 1 || request.options.days > 3650)
            return R::failure(tr("--days needs a whole number from 1 to 3650."));
    }
    if (line.has(QStringLiteral("now"))) {
        const QDateTime at = QDateTime::fromString(line.value(QStringLiteral("now")), Qt::ISODate);
        if (!at.isValid())
            return R::failure(tr("--now needs an ISO 8601 time such as 2026-11-23T09:00:00Z."));
        request.now = at.toMSecsSinceEpoch();
    }
    const QString format = line.value(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return R::failure(tr("--format for \"demo\" is text or json, not \"%1\".").arg(format));
    request.json = format == QLatin1String("json");
    return request;
}

int DemoCommand::run(Store &store, const QString &path, const Request &request, const Clock &clock, QTextStream &out,
                     QTextStream &err)
{
    // A pinned "now" makes the same seed give the same data set on any day.
    const std::optional<ManualClock> pinned =
        request.now ? std::optional<ManualClock>(std::in_place, *request.now) : std::nullopt;
    const Instant started = clock.now();
    const Result<DemoSummary> result =
        DemoDataGenerator(store, pinned ? static_cast<const Clock &>(*pinned) : clock).generate(request.options);
    if (!result) {
        err << result.error() << QLatin1Char('\n');
        return ExitFailure;
    }
    const qint64 elapsedMs = clock.now() - started;
    const DemoSummary &s = result.value();
    const QString file = QFileInfo(path).absoluteFilePath();
    const QList<std::pair<QString, int>> rows{
        {QStringLiteral("teams"), s.teams},           {QStringLiteral("users"), s.users},
        {QStringLiteral("companies"), s.companies},   {QStringLiteral("leads"), s.leads},
        {QStringLiteral("deals"), s.deals},           {QStringLiteral("tasks"), s.tasks},
        {QStringLiteral("activities"), s.activities}, {QStringLiteral("meetings"), s.meetings},
        {QStringLiteral("events"), s.events}};

    if (request.json) {
        QJsonObject json{{QStringLiteral("database"), file},
                         {QStringLiteral("seed"), static_cast<qint64>(request.options.seed)},
                         {QStringLiteral("days"), request.options.days},
                         {QStringLiteral("elapsed_ms"), elapsedMs}};
        for (const auto &[key, count] : rows)
            json.insert(key, count);
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    const QStringList labels{tr("Teams"), tr("Users"),      tr("Companies"), tr("Leads"), tr("Deals"),
                             tr("Tasks"), tr("Activities"), tr("Meetings"),  tr("Events")};
    out << tr("Demo data written to %1 (seed %2, %3) in %4 s:")
               .arg(file)
               .arg(request.options.seed)
               .arg(DayPhrases::last(request.options.days).text())
               .arg(static_cast<double>(elapsedMs) / 1000.0, 0, 'f', 2)
        << QLatin1Char('\n');
    for (int i = 0; i < rows.size(); ++i)
        out << QStringLiteral("  %1 %2\n").arg(labels.at(i) + QLatin1Char(':'), -12).arg(rows.at(i).second, 7);
    return ExitSuccess;
}

} // namespace lr::cli
