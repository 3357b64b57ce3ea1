#include "ui/models/TimelineBuilder.h"

#include "core/pipeline/PipelineEditor.h"
#include "core/store/Store.h"
#include "ui/Format.h"

#include <QJsonValue>
#include <QLocale>

#include <algorithm>
#include <initializer_list>

namespace lr::ui {
namespace {

/// The first non-empty value among `keys` (the engine's payload keys, snake_case or camelCase).
QString payloadText(const QJsonObject &payload, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue v = payload.value(QLatin1String(key));
        if (v.isString() && !v.toString().isEmpty()) {
            // Reasons and titles are kept untranslated; anything else (a URL, a subject) is data.
            const bool words = qstrcmp(key, "reason") == 0 || qstrcmp(key, "title") == 0;
            return words ? Words::fromStored(v.toString()).text() : v.toString();
        }
        if (v.isDouble())
            return QString::number(v.toInteger());
    }
    return {};
}

qint64 payloadNumber(const QJsonObject &payload, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue v = payload.value(QLatin1String(key));
        if (v.isDouble())
            return v.toInteger();
    }
    return 0;
}

QString statusName(const QString &key)
{
    const auto status = leadStatusFromKey(key);
    return status ? displayName(*status) : key;
}

/// "meeting_no_show" → "Meeting no show", for event types this build does not know yet.
QString humanise(const QString &type)
{
    QString text = type;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

TimelineBuilder::TimelineBuilder(Store &store) : m_store(store) {}

QList<TimelineEntry> TimelineBuilder::build(const AccessScope &scope, Id leadId)
{
    struct Keyed
    {
        TimelineEntry entry;
        int sequence = 0;
    };
    QList<Keyed> all;
    int sequence = 0;
    for (const Event &event : m_store.events.forLead(scope, leadId)) {
        if (event.type == events::ActivityLogged || event.type == events::TaskCreated ||
            event.type == events::TaskCompleted) {
            continue;
        }
        all.append({describe(event), sequence++});
    }
    for (const Activity &activity : m_store.activities.forLead(scope, leadId))
        all.append({describe(activity), sequence++});
    for (const Task &task : m_store.tasks.forLead(scope, leadId)) {
        for (const TimelineEntry &entry : describe(task))
            all.append({entry, sequence++});
    }
    std::sort(all.begin(), all.end(), [](const Keyed &a, const Keyed &b) {
        return a.entry.at != b.entry.at ? a.entry.at > b.entry.at : a.sequence > b.sequence;
    });
    QList<TimelineEntry> out;
    out.reserve(all.size());
    for (const Keyed &k : all)
        out.append(k.entry);
    return out;
}

TimelineEntry TimelineBuilder::describe(const Event &e)
{
    using Kind = TimelineEntry::Kind;
    const QJsonObject &p = e.payload;
    TimelineEntry t{e.at, Kind::Other, {}, {}};
    QStringList detail;
    if (e.type == events::LeadCreated) {
        t.kind = Kind::Created;
        t.title = tr("Lead created");
        const auto source = leadSourceFromKey(payloadText(p, {"source"}));
        if (source)
            detail << tr("Source: %1").arg(displayName(*source));
    } else if (e.type == events::LeadAssigned) {
        t.kind = Kind::Assignment;
        QString owner = payloadText(p, {"owner", "owner_name", "ownerName", "to_name"});
        if (owner.isEmpty())
            owner = userName(payloadNumber(p, {"owner_id", "ownerId", "owner", "to"}));
        t.title = owner.isEmpty() ? tr("Assigned") : tr("Assigned to %1").arg(owner);
        detail << payloadText(p, {"reason", "rule"});
    } else if (e.type == events::LeadStatusChanged) {
        t.kind = Kind::Status;
        const QString to = payloadText(p, {"to", "status"});
        t.title = to.isEmpty() ? tr("Status changed") : tr("Status changed to %1").arg(statusName(to));
        const QString from = payloadText(p, {"from"});
        if (!from.isEmpty())
            detail << tr("was %1").arg(statusName(from));
    } else if (e.type == events::FirstTouch) {
        t.kind = Kind::Touch;
        t.title = tr("First touch");
        const auto kind = activityKindFromKey(payloadText(p, {"kind"}));
        if (kind)
            detail << displayName(*kind);
        qint64 responseMs = payloadNumber(p, {"response_ms", "responseMs"});
        if (responseMs == 0)
            responseMs = payloadNumber(p, {"seconds"}) * kSecondMs;
        if (responseMs > 0)
            detail << tr("%1 after the lead arrived").arg(Format::duration(responseMs));
    } else if (e.type == events::PageView) {
        t.kind = Kind::Engagement;
        const QString page = payloadText(p, {"url", "page", "path"});
        t.title = page.isEmpty() ? tr("Viewed a page") : tr("Viewed %1").arg(page);
    } else if (e.type == events::FormSubmit) {
        t.kind = Kind::Engagement;
        const QString form = payloadText(p, {"form_id", "formId", "form"});
        t.title = form.isEmpty() ? tr("Submitted a form") : tr("Submitted form %1").arg(form);
        detail << payloadText(p, {"url"});
    } else if (e.type == events::EmailOpen) {
        t.kind = Kind::Engagement;
        t.title = tr("Opened an email");
        detail << payloadText(p, {"subject"});
    } else if (e.type == events::EmailClick) {
        t.kind = Kind::Engagement;
        t.title = tr("Clicked a link in an email");
        detail << payloadText(p, {"url", "subject"});
    } else if (e.type == events::EmailReply) {
        t.kind = Kind::Touch;
        t.title = tr("Replied to an email");
        detail << payloadText(p, {"subject"});
    } else if (e.type == events::MeetingBooked) {
        t.kind = Kind::Meeting;
        t.title = tr("Meeting booked");
        detail << payloadText(p, {"title"});
        const qint64 startsAt = payloadNumber(p, {"starts_at", "startsAt"});
        if (startsAt > 0)
            detail << tr("for %1").arg(Format::dateTime(startsAt));
    } else if (e.type == events::MeetingHeld) {
        t.kind = Kind::Meeting;
        t.title = tr("Meeting held");
        detail << payloadText(p, {"title"});
    } else if (e.type == events::MeetingNoShow) {
        t.kind = Kind::Meeting;
        t.title = tr("Missed meeting (no-show)");
        detail << payloadText(p, {"title"});
    } else if (e.type == events::TaskCreated) {
        t.kind = Kind::Task;
        const QString title = payloadText(p, {"title"});
        t.title = title.isEmpty() ? tr("Task created") : tr("Task: %1").arg(title);
    } else if (e.type == events::TaskCompleted) {
        t.kind = Kind::Task;
        const QString title = payloadText(p, {"title"});
        t.title = title.isEmpty() ? tr("Task completed") : tr("Task done: %1").arg(title);
    } else if (e.type == events::ActivityLogged) {
        t.kind = Kind::Touch;
        const auto kind = activityKindFromKey(payloadText(p, {"kind"}));
        t.title = kind ? tr("%1 logged").arg(displayName(*kind)) : tr("Activity logged");
    } else if (e.type == events::DealCreated) {
        t.kind = Kind::Deal;
        const QString title = payloadText(p, {"title"});
        t.title = title.isEmpty() ? tr("Deal created") : tr("Deal created: %1").arg(title);
        detail << payloadText(p, {"stage"});
        const qint64 cents = payloadNumber(p, {"value_cents"});
        if (cents > 0)
            detail << QLocale().toCurrencyString(static_cast<double>(cents) / 100.0, payloadText(p, {"currency"}));
    } else if (e.type == events::StageChanged) {
        t.kind = Kind::Deal;
        const QString stage = stageName(p);
        t.title = stage.isEmpty() ? tr("Deal moved to another stage") : tr("Deal moved to %1").arg(stage);
    } else if (e.type.startsWith(QLatin1String("sla_"))) {
        t.kind = Kind::Task;
        const qint64 dueAt = payloadNumber(p, {"due_at"});
        if (e.type == QLatin1String("sla_started")) {
            t.title = tr("SLA clock started");
            if (dueAt > 0)
                detail << tr("first touch due %1").arg(Format::dateTime(dueAt));
        } else if (e.type == QLatin1String("sla_nudge")) {
            t.title = tr("SLA half gone: owner nudged");
        } else if (e.type == QLatin1String("sla_manager_alert")) {
            t.title = tr("SLA breached: manager alerted");
        } else if (e.type == QLatin1String("sla_incident")) {
            t.title = tr("SLA incident: lead reassigned");
        } else {
            t.title = humanise(e.type);
        }
    } else {
        t.title = humanise(e.type);
    }
    detail << byUser(e.userId);
    t.detail = joinDetail(detail);
    return t;
}

TimelineEntry TimelineBuilder::describe(const Activity &a)
{
    TimelineEntry t{a.at, TimelineEntry::Kind::Touch, {}, {}};
    switch (a.kind) {
    case ActivityKind::Call:
        t.title = tr("Call logged");
        break;
    case ActivityKind::Email:
        t.title = tr("Email logged");
        break;
    case ActivityKind::Meeting:
        t.kind = TimelineEntry::Kind::Meeting;
        t.title = tr("Meeting logged");
        break;
    case ActivityKind::Note:
        t.kind = TimelineEntry::Kind::Note;
        t.title = tr("Note added");
        break;
    case ActivityKind::Sms:
        t.title = tr("SMS logged");
        break;
    }
    t.detail = joinDetail({a.outcome, a.body.section(QLatin1Char('\n'), 0, 0), byUser(a.userId)});
    return t;
}

QList<TimelineEntry> TimelineBuilder::describe(const Task &task)
{
    QList<TimelineEntry> out;
    TimelineEntry created{task.createdAt, TimelineEntry::Kind::Task, tr("Task: %1").arg(task.title), {}};
    created.detail =
        joinDetail({task.dueAt ? tr("due %1").arg(Format::dateTime(task.dueAt)) : QString(), userName(task.ownerId)});
    out.append(created);
    if (!task.isOpen()) {
        TimelineEntry done{task.doneAt, TimelineEntry::Kind::Task, tr("Task done: %1").arg(task.title), {}};
        done.detail = joinDetail({task.outcome, userName(task.ownerId)});
        out.append(done);
    }
    return out;
}

QString TimelineBuilder::userName(Id id)
{
    if (id == 0)
        return {};
    auto it = m_userNames.constFind(id);
    if (it != m_userNames.cend())
        return *it;
    const auto user = m_store.users.find(id);
    const QString name = user ? user->name : QString();
    m_userNames.insert(id, name);
    return name;
}

QString TimelineBuilder::byUser(Id id)
{
    const QString name = userName(id);
    return name.isEmpty() ? QString() : tr("by %1").arg(name);
}

QString TimelineBuilder::stageName(const QJsonObject &payload)
{
    const QString name =
        payloadText(payload, {"to", "to_stage_name", "stage_name", "stage", "to_stage", "to_stage_id"});
    bool isNumber = false;
    const Id stageId = name.toLongLong(&isNumber);
    if (!isNumber)
        return PipelineEditor::stageLabel(name);
    const auto stage = m_store.pipelines.stage(stageId);
    return stage ? PipelineEditor::stageLabel(stage->name) : QString();
}

QString TimelineBuilder::joinDetail(const QStringList &parts)
{
    QStringList nonEmpty;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            nonEmpty.append(part.trimmed());
    }
    return nonEmpty.join(QStringLiteral(" · "));
}

} // namespace lr::ui
