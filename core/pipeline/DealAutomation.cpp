#include "core/pipeline/DealAutomation.h"

#include "core/domain/Task.h"
#include "core/pipeline/DealFields.h"
#include "core/pipeline/DealService.h"
#include "core/pipeline/PipelineEditor.h"
#include "core/store/Store.h"

namespace lr {
namespace {

const QString kMeetingsWatermark = QStringLiteral("pipeline.meetings_scanned_until");
const QString kTaskKind = QStringLiteral("pipeline_fact");

const Stage *stageForFact(const Pipeline &pipeline, const QString &fact)
{
    for (const Stage &s : pipeline.stages) {
        if (s.enteredOnFact == fact)
            return &s;
    }
    return nullptr;
}

/// The first stage a meeting moves deals into: anything before it has not met the buyer yet.
const Stage *meetingStage(const Pipeline &pipeline)
{
    return stageForFact(pipeline, DealAutomation::key(DealFact::MeetingBooked));
}

/// Creates `task` unless the deal already has an open task with that title (a repeated fact).
void createTaskOnce(Store &store, const Task &task, AutomationResult &result)
{
    for (const Task &t : store.tasks.forDeal(AccessScope::system(), task.dealId)) {
        // A task stored before titles were kept as words has only its text to compare.
        if (t.isOpen() && (t.titleWords == task.titleWords || t.title == task.title))
            return;
    }
    if (const Result<Id> id = store.tasks.create(task); id)
        result.tasksCreated.append(id.value());
}

} // namespace

std::optional<DealFact> DealAutomation::factOf(const QString &eventType)
{
    const QString type = eventType.trimmed().toLower();
    if (type == QLatin1String("meeting_booked"))
        return DealFact::MeetingBooked;
    if (type == QLatin1String("contract_signed"))
        return DealFact::ContractSigned;
    if (type == QLatin1String("bounce") || type == QLatin1String("email_bounced") ||
        type == QLatin1String("hard_bounce") || type == QLatin1String("email_bounce"))
        return DealFact::Bounced;
    return std::nullopt;
}

QString DealAutomation::key(DealFact fact)
{
    switch (fact) {
    case DealFact::MeetingBooked:
        return QStringLiteral("meeting_booked");
    case DealFact::ContractSigned:
        return QStringLiteral("contract_signed");
    case DealFact::Bounced:
        return QStringLiteral("bounce");
    }
    return {};
}

AutomationResult DealAutomation::onEvent(Id leadId, const QString &eventType, Instant at, Id dealId)
{
    const std::optional<DealFact> fact = factOf(eventType);
    return fact ? onFact(leadId, *fact, at, dealId) : AutomationResult{};
}

AutomationResult DealAutomation::onFact(Id leadId, DealFact fact, Instant at, Id dealId)
{
    AutomationResult result;
    QList<Deal> deals;
    if (dealId) {
        if (const auto d = m_store.deals.find(AccessScope::system(), dealId))
            deals.append(*d);
    } else if (leadId) {
        deals = m_store.deals.forLead(AccessScope::system(), leadId);
    }
    DealService service(m_store, m_clock);
    for (const Deal &deal : std::as_const(deals)) {
        const auto pipeline = m_store.pipelines.find(deal.pipelineId);
        const auto current = m_store.pipelines.stage(deal.stageId);
        if (!pipeline || !current || !current->isOpen())
            continue; // closed deals stay closed
        const Stage *target = stageForFact(*pipeline, key(fact));
        if (!target || target->id == current->id)
            continue;
        if (fact == DealFact::MeetingBooked && current->position >= target->position)
            continue; // never backwards
        const Stage *meeting = meetingStage(*pipeline);
        if (fact == DealFact::Bounced && meeting && current->position >= meeting->position) {
            // The buyer has been met: a bounced address is a contact problem, not an invalid deal.
            Task task;
            task.dealId = deal.id;
            task.leadId = deal.leadId;
            task.ownerId = deal.ownerId;
            task.kind = kTaskKind;
            task.setTitle(words(QT_TR_NOOP("An email to \"%1\" bounced: check the contact's address"), {deal.title}));
            task.dueAt = at;
            task.createdAt = m_clock.now();
            createTaskOnce(m_store, task, result);
            result.messages.append(task.title);
            continue;
        }
        const MoveOutcome out = service.move(AccessScope::system(), deal.id, target->id);
        result.messages.append(out.message);
        if (out.kind == MoveOutcome::Kind::Moved) {
            result.movedDeals.append(deal.id);
            continue;
        }
        if (out.kind != MoveOutcome::Kind::MissingFields)
            continue;
        QList<Words> labels;
        for (const QString &field : out.missingFields)
            labels.append(DealFields::labelWords(field));
        Task task;
        task.dealId = deal.id;
        task.leadId = deal.leadId;
        task.ownerId = deal.ownerId;
        task.kind = kTaskKind;
        task.setTitle(words(QT_TR_NOOP("Move \"%1\" to %2: it needs %3"),
                            {deal.title, PipelineEditor::stageWords(target->name), Words::list(labels)}));
        task.dueAt = at;
        task.createdAt = m_clock.now();
        createTaskOnce(m_store, task, result);
    }
    return result;
}

Status DealAutomation::markMeetingsScanned(Store &store, Instant until)
{
    return store.settings.setValue(kMeetingsWatermark, QString::number(until));
}

AutomationResult DealAutomation::scanMeetings()
{
    const Instant now = m_clock.now();
    const Instant since = m_store.settings.value(kMeetingsWatermark, QStringLiteral("0")).toLongLong();
    AutomationResult all;
    for (const Meeting &m : m_store.meetings.bookedBetween(since, now)) {
        const AutomationResult r = onFact(m.leadId, DealFact::MeetingBooked, m.createdAt, m.dealId);
        all.movedDeals += r.movedDeals;
        all.tasksCreated += r.tasksCreated;
        all.messages += r.messages;
    }
    m_store.settings.setValue(kMeetingsWatermark, QString::number(now));
    return all;
}

} // namespace lr
