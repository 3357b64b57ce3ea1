#include "core/pipeline/PipelineTimers.h"

#include "core/common/DateParser.h"
#include "core/common/DayPhrases.h"
#include "core/domain/Task.h"
#include "core/domain/User.h"
#include "core/pipeline/DealFields.h"
#include "core/pipeline/DealService.h"
#include "core/pipeline/ForecastTracker.h"
#include "core/pipeline/PipelineEditor.h"
#include "core/security/Permissions.h"
#include "core/store/RuleRepository.h"
#include "core/store/Store.h"
#include "core/store/TimerRepository.h"
#include "core/timers/TimerService.h"

#include <QDateTime>

#include <algorithm>

namespace lr {
namespace {

/// Task titles earlier versions stored with these texts still read translated: keep them in the
/// catalogues (the days are now each their own phrase, with its plural).
[[maybe_unused]] constexpr const char *kRetiredTitles[] = {
    QT_TRANSLATE_NOOP("lr::PipelineTimers", "Send \"%1\" a break-up email: no answer for %2 days. It closes as "
                                            "lost in %3 days unless they reply."),
    QT_TRANSLATE_NOOP("lr::PipelineTimers", "\"%1\" has been in %2 for over %3 days; its probability dropped to "
                                            "%4 %. Move it on or close it."),
};

} // namespace

const QString PipelineTimers::GhostCheck = QStringLiteral("pipeline.ghost_check");
const QString PipelineTimers::GhostClose = QStringLiteral("pipeline.ghost_close");
const QString PipelineTimers::StaleAlert = QStringLiteral("pipeline.stale_alert");
const QString PipelineTimers::LostCheckIn = QStringLiteral("pipeline.lost_check_in");
const QString PipelineTimers::WonHandoff = QStringLiteral("pipeline.won_handoff");
const QString PipelineTimers::AccountReview = QStringLiteral("pipeline.account_review");

namespace {

const QString kEntered = QStringLiteral("entered");

Status addTask(Store &store, const Deal &deal, const QString &kind, const Words &title, Instant due, Instant now)
{
    Task task;
    task.dealId = deal.id;
    task.leadId = deal.leadId;
    task.ownerId = deal.ownerId;
    task.kind = kind;
    task.setTitle(title);
    task.dueAt = due;
    task.createdAt = now;
    const Result<Id> id = store.tasks.create(task);
    return id ? Status() : Status::failure(id.error());
}

/// "Value, Expected close date" for field keys.
Words fieldList(const QStringList &keys)
{
    QList<Words> labels;
    for (const QString &key : keys)
        labels.append(DealFields::labelWords(key));
    return Words::list(labels);
}

QString dateText(Instant t)
{
    return QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).date().toString(Qt::ISODate);
}

} // namespace

PipelineRules PipelineTimers::rules() const
{
    const auto stored = RuleRepository(m_store.database()).active(PipelineRules::Kind);
    if (!stored)
        return {};
    const Result<PipelineRules> parsed = PipelineRules::fromJson(stored->document);
    return parsed ? parsed.value() : PipelineRules{};
}

Status PipelineTimers::saveRules(const User &user, const PipelineRules &rules)
{
    if (const Status allowed = Permissions::check(user, Permission::EditPipeline); !allowed)
        return allowed;
    const Result<PipelineRules> valid = PipelineRules::fromJson(rules.toJson());
    if (!valid)
        return Status::failure(valid.error());
    const auto saved =
        RuleRepository(m_store.database()).save(PipelineRules::Kind, rules.toJson(), user.id, m_clock.now());
    return saved ? Status() : Status::failure(saved.error());
}

Status PipelineTimers::schedule(const QString &kind, const Deal &deal, Instant dueAt, QJsonObject payload)
{
    payload.insert(kEntered, deal.stageEnteredAt);
    Timer timer;
    timer.kind = kind;
    timer.dealId = deal.id;
    timer.leadId = deal.leadId;
    timer.dueAt = dueAt;
    timer.payload = payload;
    timer.createdAt = m_clock.now();
    timer.dedupeKey = QStringLiteral("%1:%2:%3:%4").arg(kind).arg(deal.id).arg(deal.stageEnteredAt).arg(dueAt);
    const Result<Id> id = TimerRepository(m_store.database()).schedule(timer);
    return id ? Status() : Status::failure(id.error());
}

Status PipelineTimers::scheduleFor(const Deal &deal, const Stage &stage)
{
    return scheduleFor(deal, stage, rules());
}

Status PipelineTimers::scheduleFor(const Deal &deal, const Stage &stage, const PipelineRules &r)
{
    const Instant at = deal.stageEnteredAt;
    if (stage.isOpen()) {
        if (r.ghostBuster.enabled) {
            if (const Status s = schedule(GhostCheck, deal, at + r.ghostBuster.unchangedDays * kDayMs); !s)
                return s;
        }
        if (r.staleAlert && stage.staleAfterDays > 0) {
            if (const Status s = schedule(StaleAlert, deal, at + stage.staleAfterDays * kDayMs); !s)
                return s;
        }
        return {};
    }
    if (stage.kind == StageKind::Lost && r.lostCheckIn && r.checkInDays.contains(deal.lostReason))
        return schedule(LostCheckIn, deal, at + r.checkInDays.value(deal.lostReason) * kDayMs);
    if (stage.kind == StageKind::Won && r.wonFollowUp) {
        if (const Status s = schedule(WonHandoff, deal, at); !s)
            return s;
        return schedule(AccountReview, deal, at + r.reviewAfterDays * kDayMs);
    }
    return {};
}

Status PipelineTimers::scheduleForecastSnapshot()
{
    const Instant due = ForecastTracker::nextMonthStart(m_clock.now());
    Timer timer;
    timer.kind = ForecastTracker::TimerKind;
    timer.dueAt = due;
    timer.createdAt = m_clock.now();
    timer.dedupeKey = ForecastTracker::TimerKind + QLatin1Char(':') + ForecastTracker::monthOf(due);
    const Result<Id> id = TimerRepository(m_store.database()).schedule(timer);
    return id ? Status() : Status::failure(id.error());
}

Result<int> PipelineTimers::scheduleMissing()
{
    if (const Status s = scheduleForecastSnapshot(); !s)
        return Result<int>::failure(s.error());
    if (const Result<int> taken = ForecastTracker(m_store, m_clock).snapshotIfDue(); !taken)
        return Result<int>::failure(taken.error());
    const PipelineRules r = rules();
    Transaction tx(m_store.database());
    if (!tx.isActive())
        return Result<int>::failure(tx.error());
    int looked = 0;
    for (const Pipeline &pipeline : m_store.pipelines.all()) {
        for (const Stage &stage : pipeline.stages) {
            if (!stage.isOpen())
                continue;
            qint64 offset = 0;
            while (true) {
                const QList<DealCard> cards =
                    m_store.deals.cards(AccessScope::system(), stage.id, 0, static_cast<int>(offset), 500);
                for (const DealCard &card : cards) {
                    if (const Status s = scheduleFor(card.deal, stage, r); !s)
                        return Result<int>::failure(s.error());
                    ++looked;
                }
                if (cards.size() < 500)
                    break;
                offset += cards.size();
            }
        }
    }
    if (const Status s = tx.commit(); !s)
        return Result<int>::failure(s.error());
    return looked;
}

Status PipelineTimers::ghostCheck(const Timer &timer, Instant now)
{
    const auto deal = m_store.deals.find(AccessScope::system(), timer.dealId);
    if (!deal || deal->stageEnteredAt != timer.payload.value(kEntered).toInteger())
        return {}; // moved on since: nothing to bust
    const auto stage = m_store.pipelines.stage(deal->stageId);
    if (!stage || !stage->isOpen())
        return {};
    const PipelineRules r = rules();
    if (!r.ghostBuster.enabled)
        return {};
    const QList<Activity> activities = m_store.activities.forDeal(AccessScope::system(), deal->id);
    const Instant lastTouch = std::max(deal->stageEnteredAt, activities.isEmpty() ? 0 : activities.first().at);
    const Instant lastChange = std::max(deal->stageEnteredAt, deal->updatedAt);
    const Instant unchangedUntil = lastChange + r.ghostBuster.unchangedDays * kDayMs;
    const Instant silentUntil = lastTouch + r.ghostBuster.silentDays * kDayMs;
    if (now < unchangedUntil || now < silentUntil) {
        // Something happened meanwhile: look again when both could first hold.
        return schedule(GhostCheck, *deal, std::max(unchangedUntil, silentUntil));
    }
    const Status s = addTask(m_store, *deal, QStringLiteral("pipeline_breakup"),
                             words(QT_TR_NOOP("Send \"%1\" a break-up email: no answer %2. It closes as lost "
                                              "%3 unless they reply."),
                                   {deal->title, DayPhrases::during(static_cast<int>((now - lastTouch) / kDayMs)),
                                    DayPhrases::in(r.ghostBuster.graceDays)}),
                             now, now);
    if (!s)
        return s;
    return schedule(GhostClose, *deal, now + r.ghostBuster.graceDays * kDayMs, {{QStringLiteral("breakup_at"), now}});
}

Status PipelineTimers::ghostClose(const Timer &timer, Instant now)
{
    const auto deal = m_store.deals.find(AccessScope::system(), timer.dealId);
    if (!deal || deal->stageEnteredAt != timer.payload.value(kEntered).toInteger())
        return {};
    const QList<Activity> activities = m_store.activities.forDeal(AccessScope::system(), deal->id);
    const Instant breakupAt = timer.payload.value(QStringLiteral("breakup_at")).toInteger();
    if (!activities.isEmpty() && activities.first().at > breakupAt)
        return {}; // they answered (or the rep acted)
    const auto pipeline = m_store.pipelines.find(deal->pipelineId);
    if (!pipeline)
        return {};
    const Stage *lost = nullptr;
    for (const Stage &s : pipeline->stages) {
        if (s.kind == StageKind::Lost) {
            lost = &s;
            break;
        }
    }
    if (!lost)
        return {};
    const MoveOutcome out = DealService(m_store, m_clock)
                                .move(AccessScope::system(), deal->id, lost->id,
                                      {{DealFields::LostReason, rules().ghostBuster.lostReason}});
    if (out.kind == MoveOutcome::Kind::Refused)
        return Status::failure(out.message);
    if (out.kind == MoveOutcome::Kind::MissingFields) {
        return addTask(m_store, *deal, QStringLiteral("pipeline_fact"),
                       words(QT_TR_NOOP("Close \"%1\" as lost: no answer after the break-up email; it needs %2"),
                             {deal->title, fieldList(out.missingFields)}),
                       now, now);
    }
    if (deal->leadId)
        return m_store.leads.setStatus(deal->leadId, LeadStatus::Nurture, now);
    return {};
}

Status PipelineTimers::staleAlert(const Timer &timer, Instant now)
{
    const auto deal = m_store.deals.find(AccessScope::system(), timer.dealId);
    if (!deal || deal->stageEnteredAt != timer.payload.value(kEntered).toInteger())
        return {};
    const auto stage = m_store.pipelines.stage(deal->stageId);
    if (!stage || !stage->isOpen() || stage->staleAfterDays <= 0)
        return {};
    return addTask(m_store, *deal, QStringLiteral("pipeline_alert"),
                   words(QT_TR_NOOP("\"%1\" has been in %2 %3; its probability dropped to %4 %. "
                                    "Move it on or close it."),
                         {deal->title, PipelineEditor::stageWords(stage->name), DayPhrases::over(stage->staleAfterDays),
                          QString::number(stage->staleProbability)}),
                   now, now);
}

Status PipelineTimers::taskFromTimer(const Timer &timer, Instant now)
{
    const auto deal = m_store.deals.find(AccessScope::system(), timer.dealId);
    if (!deal || deal->stageEnteredAt != timer.payload.value(kEntered).toInteger())
        return {}; // reopened or moved since
    if (timer.kind == LostCheckIn) {
        return addTask(m_store, *deal, QStringLiteral("pipeline_check_in"),
                       words(QT_TR_NOOP("Check in with \"%1\": lost for %2 on %3."),
                             {deal->title, LostReasons::displayWords(deal->lostReason), dateText(deal->closedAt)}),
                       now, now);
    }
    if (timer.kind == AccountReview) {
        return addTask(m_store, *deal, QStringLiteral("review"),
                       words(QT_TR_NOOP("Account review for \"%1\" (won on %2): room for an upsell?"),
                             {deal->title, dateText(deal->closedAt)}),
                       now, now);
    }
    for (const QString &key : rules().handoffTasks) {
        if (const Status s = addTask(m_store, *deal, QStringLiteral("handoff"),
                                     words(QT_TR_NOOP("%1: %2"), {PipelineRules::handoffWords(key), deal->title}),
                                     now + kDayMs, now);
            !s) {
            return s;
        }
    }
    return {};
}

void PipelineTimers::registerHandlers(TimerService &timers)
{
    timers.registerHandler(GhostCheck, [this](const Timer &t, Instant now) { return ghostCheck(t, now); });
    timers.registerHandler(GhostClose, [this](const Timer &t, Instant now) { return ghostClose(t, now); });
    timers.registerHandler(StaleAlert, [this](const Timer &t, Instant now) { return staleAlert(t, now); });
    timers.registerHandler(ForecastTracker::TimerKind, [this](const Timer &, Instant) {
        // The month just began: snapshot its forecast, and come back when the next one begins.
        if (const Result<int> taken = ForecastTracker(m_store, m_clock).snapshotIfDue(); !taken)
            return Status::failure(taken.error());
        return scheduleForecastSnapshot();
    });
    for (const QString &kind : {LostCheckIn, WonHandoff, AccountReview})
        timers.registerHandler(kind, [this](const Timer &t, Instant now) { return taskFromTimer(t, now); });
}

} // namespace lr
