#include "core/intake/EventIntake.h"

#include "core/common/DateParser.h"
#include "core/common/JsonScalar.h"
#include "core/domain/Event.h"
#include "core/hygiene/EmailValidator.h"
#include "core/pipeline/DealAutomation.h"
#include "core/scoring/ScoringService.h"
#include "core/store/Store.h"

#include <QJsonDocument>

namespace lr {
namespace {

const QStringList kKnownMembers{QStringLiteral("type"),     QStringLiteral("email"), QStringLiteral("lead_id"),
                                QStringLiteral("url"),      QStringLiteral("at"),    QStringLiteral("form_id"),
                                QStringLiteral("form_type")};

} // namespace

QString EventOutcome::key(Status status)
{
    switch (status) {
    case Status::Attached:
        return QStringLiteral("attached");
    case Status::Kept:
        return QStringLiteral("kept");
    case Status::Rejected:
        return QStringLiteral("rejected");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<BehaviourEvent> EventIntake::parse(const QJsonObject &json, Instant receivedAt, Words &why)
{
    auto refuse = [&why](Words words) {
        why = std::move(words);
        return std::nullopt;
    };
    BehaviourEvent e;
    const QJsonValue type = json.value(QLatin1String("type"));
    if (!type.isString() || type.toString().isEmpty())
        return refuse(words(QT_TR_NOOP("The event has no \"type\"; known types: %1."), {behaviourTypeKeys()}));
    const auto parsedType = behaviourTypeFromKey(type.toString());
    if (!parsedType)
        return refuse(
            words(QT_TR_NOOP("Unknown event type \"%1\"; known types: %2."), {type.toString(), behaviourTypeKeys()}));
    e.type = *parsedType;

    const QJsonValue leadId = json.value(QLatin1String("lead_id"));
    if (!leadId.isUndefined() && !leadId.isNull()) {
        const qint64 id = leadId.isDouble() ? static_cast<qint64>(leadId.toDouble()) : leadId.toString().toLongLong();
        if (id <= 0)
            return refuse(words(QT_TR_NOOP("\"lead_id\" must be a positive number.")));
        e.leadId = id;
    }
    const QJsonValue email = json.value(QLatin1String("email"));
    if (!email.isUndefined() && !email.isNull()) {
        if (!email.isString())
            return refuse(words(QT_TR_NOOP("\"email\" must be text.")));
        e.email = email.toString().trimmed();
        if (!e.email.isEmpty() && (!e.email.contains(QLatin1Char('@')) || e.email.endsWith(QLatin1Char('@'))))
            return refuse(words(QT_TR_NOOP("\"%1\" is not an email address."), {e.email}));
    }
    if (!e.leadId && e.email.isEmpty())
        return refuse(words(QT_TR_NOOP("The event names nobody: give \"email\" or \"lead_id\".")));

    const QJsonValue at = json.value(QLatin1String("at"));
    e.at = receivedAt;
    if (at.isDouble()) {
        const auto parsed = parseInstant(QString::number(static_cast<qint64>(at.toDouble())));
        if (!parsed)
            return refuse(words(QT_TR_NOOP("The time %1 is not a date."), {QString::number(at.toDouble(), 'f', 0)}));
        e.at = *parsed;
    } else if (at.isString()) {
        const auto parsed = parseInstant(at.toString().trimmed());
        if (!parsed)
            return refuse(words(QT_TR_NOOP("The time \"%1\" is not a date."), {at.toString()}));
        e.at = *parsed;
    } else if (!at.isUndefined() && !at.isNull()) {
        return refuse(words(QT_TR_NOOP("\"at\" must be a date text or epoch milliseconds.")));
    }

    for (const auto &[name, target] :
         {std::pair<const char *, QString *>{"url", &e.url}, {"form_id", &e.formId}, {"form_type", &e.formType}}) {
        const QJsonValue v = json.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isString())
            return refuse(words(QT_TR_NOOP("\"%1\" must be text."), {QString::fromLatin1(name)}));
        *target = v.toString().trimmed();
    }
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!kKnownMembers.contains(it.key()))
            e.extra.insert(it.key(), it.value());
    }
    return e;
}

EventOutcome EventIntake::submit(const QString &source, const QJsonObject &json)
{
    return submitBody(source, QJsonDocument(json).toJson(QJsonDocument::Compact));
}

EventOutcome EventIntake::submitBody(const QString &source, const QByteArray &body)
{
    EventOutcome out;
    const Instant now = m_clock.now();
    Transaction tx(m_store.database());
    if (!tx.isActive()) {
        out.reason = tx.error();
        return out;
    }
    JournalEntry entry;
    entry.receivedAt = now;
    entry.channel = JournalEntry::Channel::Event;
    entry.source = source;
    entry.contentType = QStringLiteral("application/json");
    entry.body = body;
    const Result<Id> journalId = m_store.journal.append(entry);
    if (!journalId) {
        out.reason = tr("The event could not be stored: %1").arg(journalId.error());
        return out;
    }
    out = applyBody(journalId.value(), body, now);
    if (const Status s = tx.commit(); !s) {
        out = EventOutcome{};
        out.reason = tr("The event could not be stored: %1").arg(s.error());
    }
    return out;
}

EventOutcome EventIntake::process(const JournalEntry &entry)
{
    Transaction tx(m_store.database());
    EventOutcome out = applyBody(entry.id, entry.body, entry.receivedAt);
    if (const Status s = tx.commit(); !s) {
        out = EventOutcome{};
        out.journalId = entry.id;
        out.reason = s.error();
    }
    return out;
}

EventOutcome EventIntake::applyBody(Id journalId, const QByteArray &body, Instant receivedAt)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (doc.isObject())
        return apply(journalId, doc.object(), receivedAt);
    EventOutcome out;
    out.status = EventOutcome::Status::Rejected;
    out.journalId = journalId;
    const Words why = parseError.error != QJsonParseError::NoError && !isJsonScalar(body)
                          ? words(QT_TR_NOOP("The event is not valid JSON: %1"), {jsonErrorWords(parseError.error)})
                          : words(QT_TR_NOOP("The event must be a JSON object."));
    out.reason = why.text();
    m_store.journal.finish(journalId, JournalEntry::State::Quarantined, why, 0, m_clock.now());
    return out;
}

Id EventIntake::findLead(const BehaviourEvent &event) const
{
    if (event.leadId)
        return m_store.leads.find(AccessScope::system(), event.leadId) ? event.leadId : 0;
    const QString key = EmailValidator::dedupKey(event.email);
    Id id = m_store.leads.findIdByEmailKey(key);
    if (!id)
        id = m_store.merges.leadForAlias(key);
    return id;
}

EventOutcome EventIntake::apply(Id journalId, const QJsonObject &json, Instant receivedAt)
{
    using S = EventOutcome::Status;
    EventOutcome out;
    out.journalId = journalId;
    const Instant now = m_clock.now();
    Words why;
    const auto parsed = parse(json, receivedAt, why);
    if (!parsed) {
        out.status = S::Rejected;
        out.reason = why.text();
        m_store.journal.finish(journalId, JournalEntry::State::Quarantined, why, 0, now);
        return out;
    }
    BehaviourEvent event = *parsed;
    out.leadId = findLead(event);
    if (event.leadId && !out.leadId) {
        out.status = S::Rejected;
        why = words(QT_TR_NOOP("There is no lead %1."), {QString::number(event.leadId)});
        out.reason = why.text();
        m_store.journal.finish(journalId, JournalEntry::State::Quarantined, why, 0, now);
        return out;
    }
    event.leadId = out.leadId;

    Transaction step(m_store.database()); // a savepoint: a failure below keeps the journal entry
    auto fail = [&](const QString &reason) {
        step.rollback();
        out.status = S::Failed;
        out.reason = reason;
        out.score.reset();
        m_store.journal.finish(journalId, JournalEntry::State::Failed, Words::plain(reason), 0, now);
        return out;
    };
    Event logged;
    logged.at = event.at;
    logged.type = toKey(event.type);
    logged.leadId = out.leadId;
    logged.payload = event.extra;
    logged.payload.insert(QStringLiteral("journal_id"), journalId);
    if (!event.email.isEmpty()) {
        logged.payload.insert(QStringLiteral("email"), event.email);
        logged.payload.insert(QStringLiteral("email_key"), EmailValidator::dedupKey(event.email));
    }
    if (!event.url.isEmpty())
        logged.payload.insert(QStringLiteral("url"), event.url);
    if (!event.formId.isEmpty())
        logged.payload.insert(QStringLiteral("form_id"), event.formId);
    if (!event.formType.isEmpty())
        logged.payload.insert(QStringLiteral("form_type"), event.formType);
    const Result<Id> eventId = m_store.events.append(logged);
    if (!eventId)
        return fail(eventId.error());
    out.eventId = eventId.value();

    Words kept;
    if (out.leadId) {
        const auto scored = ScoringService(m_store, m_clock).score(out.leadId, QStringLiteral("event"));
        if (!scored)
            return fail(scored.error());
        out.score = scored.value();
        out.status = S::Attached;
    } else {
        out.status = S::Kept;
        kept =
            words(QT_TR_NOOP("No lead has the address %1 yet; the event is kept for when they appear."), {event.email});
        out.reason = kept.text();
    }
    QStringList notes;
    if (out.leadId) // facts move deals: meeting booked, contract signed, bounce (DealAutomation)
        notes.append(DealAutomation(m_store, m_clock).onEvent(out.leadId, logged.type, event.at).messages);
    for (BehaviourEventObserver *observer : std::as_const(m_observers))
        notes.append(observer->onBehaviourEvent(event, out.leadId));
    notes.removeAll(QString());
    if (const Status s = step.commit(); !s)
        return fail(s.error());
    kept += Words::plain(notes.join(QLatin1Char(' ')));
    m_store.journal.finish(journalId, JournalEntry::State::Processed, kept, out.leadId, now);
    return out;
}

} // namespace lr
