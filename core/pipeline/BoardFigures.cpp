#include "core/pipeline/BoardFigures.h"

#include <QDateTime>

#include <algorithm>

namespace lr {
namespace {

const Stage *stageIn(const Pipeline &pipeline, Id stageId)
{
    for (const Stage &s : pipeline.stages) {
        if (s.id == stageId)
            return &s;
    }
    return nullptr;
}

} // namespace

QString BoardFigures::monthOf(Instant expectedCloseAt)
{
    if (expectedCloseAt <= 0)
        return {};
    const qint64 day = expectedCloseAt / kDayMs;
    auto known = m_months.constFind(day);
    if (known == m_months.cend())
        known = m_months.insert(
            day, QDateTime::fromMSecsSinceEpoch(expectedCloseAt, Qt::UTC).toString(QStringLiteral("yyyy-MM")));
    return known.value();
}

void BoardFigures::reset(const QList<DealFigures> &figures, const Pipeline &pipeline, Instant now)
{
    m_pipeline = pipeline;
    m_deals = figures;
    m_index.clear();
    m_stages.clear();
    m_cells.clear();
    m_since = now;
    m_until = 0;
    for (qsizetype i = 0; i < m_deals.size(); ++i) {
        const DealFigures &d = m_deals.at(i);
        m_index.insert(d.id, i);
        add(d, 1);
        if (const Instant at = dropsAt(d); at > 0 && (m_until == 0 || at < m_until))
            m_until = at;
    }
}

bool BoardFigures::update(const DealFigures &deal, Instant now)
{
    const auto held = m_index.constFind(deal.id);
    if (held == m_index.cend() || now < m_since || (m_until > 0 && now >= m_until))
        return false;
    DealFigures &current = m_deals[held.value()];
    add(current, -1);
    current = deal;
    add(current, 1);
    if (const Instant at = dropsAt(current); at > 0 && (m_until == 0 || at < m_until))
        m_until = at;
    return true;
}

Instant BoardFigures::dropsAt(const DealFigures &deal) const
{
    const Stage *stage = stageIn(m_pipeline, deal.stageId);
    if (!stage || stage->staleAfterDays <= 0 || deal.stageEnteredAt <= 0 ||
        std::min(stage->probability, stage->staleProbability) == stage->probability)
        return 0;
    // DealService::probability drops once whole days in the stage exceed staleAfterDays.
    const Instant at = deal.stageEnteredAt + (stage->staleAfterDays + 1) * kDayMs;
    return at > m_since ? at : 0;
}

void BoardFigures::add(const DealFigures &deal, int sign)
{
    const Stage *stage = stageIn(m_pipeline, deal.stageId);
    if (!stage)
        return;
    const qint64 weighted = deal.valueCents * m_service.probability(*stage, deal.stageEnteredAt) / 100;
    const auto apply = [&](Sum &sum) {
        sum.count += sign;
        sum.valueCents += sign * deal.valueCents;
        sum.weightedCents += sign * weighted;
        qint64 &n = sum.currencies[deal.currency];
        n += sign;
        if (n == 0)
            sum.currencies.remove(deal.currency);
    };
    apply(m_stages[deal.stageId]);
    if (!stage->isOpen())
        return;
    const std::pair<QString, Id> key{monthOf(deal.expectedCloseAt), deal.ownerId};
    Sum &cell = m_cells[key];
    apply(cell);
    if (cell.count == 0)
        m_cells.erase(key);
}

QString BoardFigures::currencyOf(const Sum &sum)
{
    return sum.currencies.size() == 1 ? sum.currencies.cbegin().key() : QString();
}

StageTotals BoardFigures::totals(Id stageId) const
{
    const Sum sum = m_stages.value(stageId);
    return {sum.count, sum.valueCents, sum.weightedCents, currencyOf(sum)};
}

QHash<Id, StageTotals> BoardFigures::totals() const
{
    QHash<Id, StageTotals> out;
    for (const Stage &s : m_pipeline.stages)
        out.insert(s.id, totals(s.id));
    return out;
}

QList<ForecastCell> BoardFigures::forecast() const
{
    QList<ForecastCell> out;
    out.reserve(static_cast<qsizetype>(m_cells.size()));
    for (const auto &[key, sum] : m_cells)
        out.append({key.first, key.second, sum.count, sum.valueCents, sum.weightedCents, currencyOf(sum)});
    return out;
}

qint64 BoardFigures::openCount() const
{
    qint64 open = 0;
    for (const Stage &s : m_pipeline.stages) {
        if (s.isOpen())
            open += m_stages.value(s.id).count;
    }
    return open;
}

} // namespace lr
