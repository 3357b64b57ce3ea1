#include "core/pipeline/ForecastTracker.h"

#include "core/pipeline/DealService.h"
#include "core/store/ForecastRepository.h"
#include "core/store/Store.h"

#include <QDateTime>

#include <map>

namespace lr {

const QString ForecastTracker::TimerKind = QStringLiteral("pipeline.forecast_snapshot");

QString ForecastTracker::monthOf(Instant t)
{
    return QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(QStringLiteral("yyyy-MM"));
}

Instant ForecastTracker::nextMonthStart(Instant t)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).date();
    return QDateTime(QDate(d.year(), d.month(), 1).addMonths(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

Result<int> ForecastTracker::snapshotIfDue()
{
    const Instant now = m_clock.now();
    const QString month = monthOf(now);
    ForecastRepository repo(m_store.database());
    DealService service(m_store, m_clock);
    int written = 0;
    for (const Pipeline &pipeline : m_store.pipelines.all()) {
        if (repo.hasSnapshot(month, pipeline.id))
            continue;
        QList<ForecastSnapshot> rows;
        for (const ForecastCell &cell : service.forecast(AccessScope::system(), pipeline)) {
            if (cell.month != month)
                continue;
            rows.append({month, pipeline.id, cell.ownerId, now, cell.count, cell.valueCents, cell.weightedCents,
                         cell.currency});
        }
        if (rows.isEmpty()) // an empty month still counts as taken: forecast 0
            rows.append({month, pipeline.id, 0, now, 0, 0, 0, QString()});
        const Result<int> saved = repo.save(rows);
        if (!saved)
            return saved;
        written += saved.value();
    }
    return written;
}

QList<ForecastAccuracy> ForecastTracker::accuracy(const AccessScope &scope, Id pipelineId, const QString &fromMonth,
                                                  const QString &toMonth) const
{
    ForecastRepository repo(m_store.database());
    // The actual is summed in today's home currency: a snapshot taken in another one (before the
    // home currency changed) is converted at today's rates; a mixed one stays as it was.
    const ExchangeRates rates = m_store.exchangeRates.load();
    std::map<std::pair<QString, Id>, ForecastAccuracy> rows;
    for (const ForecastSnapshot &s : repo.snapshots(scope, pipelineId, fromMonth, toMonth)) {
        if (s.count == 0 && s.ownerId == 0 && s.weightedCents == 0)
            continue; // the marker of an empty month
        ForecastAccuracy &a = rows[{s.month, s.ownerId}];
        a.month = s.month;
        a.ownerId = s.ownerId;
        a.forecastWeightedCents = rates.toHome(s.weightedCents, s.currency).value_or(s.weightedCents);
        a.forecastValueCents = rates.toHome(s.valueCents, s.currency).value_or(s.valueCents);
        a.hasSnapshot = true;
    }
    const QDate first = QDate::fromString(fromMonth + QStringLiteral("-01"), Qt::ISODate);
    const QDate last = QDate::fromString(toMonth + QStringLiteral("-01"), Qt::ISODate);
    if (first.isValid() && last.isValid()) {
        const Instant from = QDateTime(first, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const Instant to = QDateTime(last.addMonths(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const auto won = repo.wonByMonth(scope, pipelineId, from, to);
        for (auto it = won.constBegin(); it != won.constEnd(); ++it) {
            ForecastAccuracy &a = rows[it.key()];
            a.month = it.key().first;
            a.ownerId = it.key().second;
            a.actualCents = it.value();
        }
    }
    QList<ForecastAccuracy> out;
    for (const auto &entry : rows)
        out.append(entry.second);
    return out;
}

} // namespace lr
