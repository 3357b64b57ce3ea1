#include "core/pipeline/DealService.h"

#include "core/domain/Event.h"
#include "core/pipeline/DealFields.h"
#include "core/pipeline/PipelineEditor.h"
#include "core/pipeline/PipelineTimers.h"
#include "core/store/Store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <map>

namespace lr {
namespace {

int daysBetween(Instant from, Instant to)
{
    return from > 0 && to > from ? static_cast<int>((to - from) / kDayMs) : 0;
}

const Stage *stageIn(const Pipeline &pipeline, Id stageId)
{
    for (const Stage &s : pipeline.stages) {
        if (s.id == stageId)
            return &s;
    }
    return nullptr;
}

} // namespace

QString commonCurrency(const QString &current, const QString &next, bool first)
{
    return first || current == next ? next : QString();
}

MoveOutcome DealService::refuse(QString message, const Deal &deal) const
{
    MoveOutcome out;
    out.kind = MoveOutcome::Kind::Refused;
    out.message = std::move(message);
    out.deal = deal;
    return out;
}

Result<Stage> DealService::findStage(Id pipelineId, const QString &nameOrId) const
{
    const auto pipeline = m_store.pipelines.find(pipelineId);
    if (!pipeline)
        return Result<Stage>::failure(tr("There is no pipeline %1.").arg(pipelineId));
    bool isNumber = false;
    const Id id = nameOrId.trimmed().toLongLong(&isNumber);
    QStringList names;
    for (const Stage &s : pipeline->stages) {
        if ((isNumber && s.id == id) || s.name.compare(nameOrId.trimmed(), Qt::CaseInsensitive) == 0)
            return s;
        names.append(s.name);
    }
    return Result<Stage>::failure(tr("There is no stage \"%1\" in the pipeline %2. Stages: %3.")
                                      .arg(nameOrId, pipeline->name, names.join(QStringLiteral(", "))));
}

QStringList DealService::missingFields(const Deal &deal, const Stage &stage) const
{
    QStringList missing;
    for (const QString &key : stage.requiredFields) {
        if (!DealFields::isSet(deal, key))
            missing.append(key);
    }
    if (stage.isOpen() && DealFields::closeDateIsDistantPast(deal, m_clock.now()) &&
        !missing.contains(DealFields::ExpectedClose)) {
        missing.append(DealFields::ExpectedClose);
    }
    return missing;
}

MoveOutcome DealService::move(const AccessScope &actor, Id dealId, Id stageId, const QMap<QString, QString> &fields)
{
    const Instant now = m_clock.now();
    auto found = m_store.deals.find(actor, dealId);
    if (!found) {
        if (!actor.seesEverything() && m_store.deals.find(AccessScope::system(), dealId))
            return refuse(tr("Deal %1 is not one of the deals you may move.").arg(dealId));
        return refuse(tr("There is no deal %1.").arg(dealId));
    }
    Deal deal = *found;
    const auto target = m_store.pipelines.stage(stageId);
    if (!target)
        return refuse(tr("There is no stage %1.").arg(stageId), deal);
    if (target->pipelineId != deal.pipelineId)
        return refuse(tr("The stage %1 belongs to another pipeline than deal %2.")
                          .arg(PipelineEditor::stageLabel(target->name))
                          .arg(dealId),
                      deal);
    const auto from = m_store.pipelines.stage(deal.stageId);
    if (from && from->kind == StageKind::Won && target->id != from->id && target->position < from->position) {
        return refuse(tr("Deal %1 is Closed Won; it cannot move back to %2. Open a new deal for further business.")
                          .arg(dealId)
                          .arg(PipelineEditor::stageLabel(target->name)),
                      deal);
    }

    QStringList errors;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!DealFields::isKnown(it.key())) {
            errors.append(tr("Unknown deal field \"%1\"; known fields: %2.")
                              .arg(it.key(), DealFields::keys().join(QStringLiteral(", "))));
            continue;
        }
        if (const Status s = DealFields::set(deal, it.key(), it.value(), now, target->isOpen()); !s)
            errors.append(s.error());
    }
    if (!errors.isEmpty())
        return refuse(errors.join(QLatin1Char('\n')), *found);

    MoveOutcome out;
    out.deal = deal;
    if (deal.stageId != target->id) {
        out.missingFields = missingFields(deal, *target);
        if (!out.missingFields.isEmpty()) {
            QStringList labels;
            for (const QString &key : std::as_const(out.missingFields))
                labels.append(DealFields::label(key));
            out.kind = MoveOutcome::Kind::MissingFields;
            out.message = tr("Deal %1 cannot enter %2 yet; it needs: %3.")
                              .arg(dealId)
                              .arg(PipelineEditor::stageLabel(target->name), labels.join(QStringLiteral(", ")));
            out.deal = *found;
            return out;
        }
    }

    const bool moving = deal.stageId != target->id;
    if (!moving && fields.isEmpty()) {
        out.kind = MoveOutcome::Kind::Unchanged;
        out.message = tr("Deal %1 is already in %2.").arg(dealId).arg(PipelineEditor::stageLabel(target->name));
        return out;
    }
    deal.updatedAt = now;
    if (moving && !target->isOpen())
        deal.closedAt = now;
    else if (moving)
        deal.closedAt = 0;
    Transaction tx(m_store.database());
    if (!tx.isActive())
        return refuse(tx.error(), *found);
    if (const Status s = m_store.deals.update(deal); !s)
        return refuse(s.error(), *found);
    if (moving) {
        if (const Status s = m_store.deals.setStage(deal.id, target->id, actor.userId, now); !s)
            return refuse(s.error(), *found);
        Event event;
        event.at = now;
        event.type = events::StageChanged;
        event.leadId = deal.leadId;
        event.dealId = deal.id;
        event.userId = actor.userId;
        event.payload = {{QStringLiteral("from"), from ? from->name : QString()},
                         {QStringLiteral("to"), target->name},
                         {QStringLiteral("from_stage_id"), deal.stageId},
                         {QStringLiteral("to_stage_id"), target->id},
                         {QStringLiteral("fields"), QJsonArray::fromStringList(fields.keys())}};
        if (const Result<Id> e = m_store.events.append(event); !e)
            return refuse(e.error(), *found);
        Deal moved = deal;
        moved.stageId = target->id;
        moved.stageEnteredAt = now;
        if (const Status s = PipelineTimers(m_store, m_clock).scheduleFor(moved, *target); !s)
            return refuse(s.error(), *found);
    }
    if (const Status s = tx.commit(); !s)
        return refuse(s.error(), *found);

    out.deal = m_store.deals.find(AccessScope::system(), deal.id).value_or(deal);
    out.kind = moving ? MoveOutcome::Kind::Moved : MoveOutcome::Kind::Unchanged;
    out.message = moving ? tr("Deal %1 moved to %2.").arg(dealId).arg(PipelineEditor::stageLabel(target->name))
                         : tr("Deal %1 is already in %2.").arg(dealId).arg(PipelineEditor::stageLabel(target->name));
    return out;
}

MoveOutcome DealService::edit(const AccessScope &actor, Id dealId, const QMap<QString, QString> &fields)
{
    const auto found = m_store.deals.find(actor, dealId);
    if (!found) {
        if (!actor.seesEverything() && m_store.deals.find(AccessScope::system(), dealId))
            return refuse(tr("Deal %1 is not one of the deals you may change.").arg(dealId));
        return refuse(tr("There is no deal %1.").arg(dealId));
    }
    const auto stage = m_store.pipelines.stage(found->stageId);
    if (!stage)
        return refuse(tr("There is no stage %1.").arg(found->stageId), *found);
    Deal after = *found;
    const QStringList editable =
        stage->isOpen() ? DealFields::keys() : QStringList{DealFields::NextStep, DealFields::Title};
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (DealFields::isKnown(it.key()) && !editable.contains(it.key())) {
            return refuse(tr("%1 of a deal in %2 cannot be changed any more.")
                              .arg(DealFields::label(it.key()), PipelineEditor::stageLabel(stage->name)),
                          *found);
        }
        if (DealFields::isKnown(it.key()))
            DealFields::set(after, it.key(), it.value(), m_clock.now(), stage->isOpen());
    }
    for (const QString &key : stage->requiredFields) {
        if (fields.contains(key) && DealFields::isSet(*found, key) && !DealFields::isSet(after, key)) {
            return refuse(tr("%1 is required while the deal is in %2.")
                              .arg(DealFields::label(key), PipelineEditor::stageLabel(stage->name)),
                          *found);
        }
    }
    return move(actor, dealId, found->stageId, fields);
}

std::optional<DealDetails> DealService::details(const AccessScope &actor, Id dealId) const
{
    const auto deal = m_store.deals.find(actor, dealId);
    if (!deal)
        return std::nullopt;
    const auto stage = m_store.pipelines.stage(deal->stageId);
    if (!stage)
        return std::nullopt;
    DealDetails d;
    d.card.deal = *deal;
    d.stage = *stage;
    if (deal->companyId) {
        if (const auto company = m_store.companies.find(deal->companyId))
            d.card.companyName = company->name;
    }
    QHash<Id, QString> userNames;
    for (const User &u : m_store.users.all())
        userNames.insert(u.id, u.name);
    d.card.ownerName = userNames.value(deal->ownerId);
    d.activities = m_store.activities.forDeal(actor, dealId);
    d.card.lastActivityAt = d.activities.isEmpty() ? 0 : d.activities.first().at;
    d.health = health(*deal, *stage, d.card.lastActivityAt);
    QHash<Id, QString> stageNames;
    if (const auto pipeline = m_store.pipelines.find(deal->pipelineId)) {
        for (const Stage &s : pipeline->stages)
            stageNames.insert(s.id, PipelineEditor::stageLabel(s.name));
    }
    for (const StageChange &c : m_store.deals.history(dealId))
        d.history.append(
            {c, stageNames.value(c.fromStageId), stageNames.value(c.toStageId), userNames.value(c.userId)});
    for (const Task &t : m_store.tasks.forDeal(actor, dealId)) {
        if (t.isOpen())
            d.tasks.append(t);
    }
    std::sort(d.tasks.begin(), d.tasks.end(), [](const Task &a, const Task &b) { return a.dueAt < b.dueAt; });
    d.editableFields = stage->isOpen() ? DealFields::keys() : QStringList{DealFields::NextStep, DealFields::Title};
    return d;
}

int DealService::probability(const Stage &stage, Instant stageEnteredAt) const
{
    if (stage.staleAfterDays > 0 && daysBetween(stageEnteredAt, m_clock.now()) > stage.staleAfterDays)
        return std::min(stage.probability, stage.staleProbability);
    return stage.probability;
}

DealHealth DealService::health(const Deal &deal, const Stage &stage, Instant lastActivityAt) const
{
    const Instant now = m_clock.now();
    DealHealth h;
    h.daysInStage = daysBetween(deal.stageEnteredAt, now);
    h.idleDays = daysBetween(std::max(deal.stageEnteredAt, lastActivityAt), now);
    h.rotting = stage.isOpen() && stage.rotDays > 0 && h.idleDays > stage.rotDays;
    h.probability = probability(stage, deal.stageEnteredAt);
    h.stale = h.probability < stage.probability;
    return h;
}

QHash<Id, StageTotals> DealService::totalsOf(const QList<DealFigures> &figures, const Pipeline &pipeline) const
{
    QHash<Id, StageTotals> out;
    for (const Stage &s : pipeline.stages)
        out.insert(s.id, {});
    for (const DealFigures &f : figures) {
        const Stage *stage = stageIn(pipeline, f.stageId);
        if (!stage)
            continue;
        StageTotals &t = out[f.stageId];
        t.currency = commonCurrency(t.currency, f.currency, t.count == 0);
        ++t.count;
        t.valueCents += f.valueCents;
        t.weightedCents += f.valueCents * probability(*stage, f.stageEnteredAt) / 100;
    }
    return out;
}

DealFigures DealService::figuresOf(const Deal &deal) const
{
    return m_store.exchangeRates.load().inHome({deal.id, deal.stageId, deal.ownerId, deal.valueCents,
                                                deal.expectedCloseAt, deal.stageEnteredAt, deal.currency});
}

QList<ForecastCell> DealService::forecastOf(const QList<DealFigures> &figures, const Pipeline &pipeline) const
{
    std::map<std::pair<QString, Id>, ForecastCell> cells;
    QHash<qint64, QString> months; // by UTC day: formatting a date costs more than the rest
    for (const DealFigures &f : figures) {
        const Stage *stage = stageIn(pipeline, f.stageId);
        if (!stage || !stage->isOpen())
            continue;
        QString month;
        if (f.expectedCloseAt > 0) {
            const qint64 day = f.expectedCloseAt / kDayMs;
            auto known = months.constFind(day);
            if (known == months.cend())
                known = months.insert(
                    day,
                    QDateTime::fromMSecsSinceEpoch(f.expectedCloseAt, Qt::UTC).toString(QStringLiteral("yyyy-MM")));
            month = known.value();
        }
        ForecastCell &c = cells[{month, f.ownerId}];
        c.month = month;
        c.ownerId = f.ownerId;
        c.currency = commonCurrency(c.currency, f.currency, c.count == 0);
        ++c.count;
        c.valueCents += f.valueCents;
        c.weightedCents += f.valueCents * probability(*stage, f.stageEnteredAt) / 100;
    }
    QList<ForecastCell> out;
    for (const auto &entry : cells)
        out.append(entry.second);
    return out;
}

QHash<Id, StageTotals> DealService::totals(const AccessScope &scope, const Pipeline &pipeline, Id ownerId) const
{
    return totalsOf(m_store.deals.figures(scope, pipeline.id, ownerId), pipeline);
}

QList<ForecastCell> DealService::forecast(const AccessScope &scope, const Pipeline &pipeline, Id ownerId) const
{
    return forecastOf(m_store.deals.figures(scope, pipeline.id, ownerId), pipeline);
}

} // namespace lr
