#include "core/store/ScoreRepository.h"

#include "core/domain/BehaviourEvent.h"
#include "core/store/Database.h"
#include "core/store/RawStatement.h"
#include "core/store/SqlUtil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace lr {
namespace {

ScoreRecord recordFromQuery(const QSqlQuery &q)
{
    ScoreRecord r;
    int i = 0;
    r.leadId = q.value(i++).toLongLong();
    r.at = q.value(i++).toLongLong();
    r.result.score = q.value(i++).toInt();
    r.result.fit = q.value(i++).toInt();
    r.result.intent = q.value(i++).toInt();
    r.result.timing = q.value(i++).toInt();
    r.result.scoreClass = scoreClassFromKey(q.value(i++).toString()).value_or(ScoreClass::Disqualified);
    r.result.nextStep = nextStepFromKey(q.value(i++).toString()).value_or(NextStep::Recycle);
    r.result.rulesVersion = q.value(i++).toInt();
    r.reason = q.value(i++).toString();
    r.result.lines = ScoreResult::linesFromJson(QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).array());
    for (const ScoreLine &l : std::as_const(r.result.lines)) {
        if (l.ruleId == QLatin1String("guard_email_opens"))
            r.result.guarded = true;
    }
    return r;
}

const QString kRecordColumns =
    QStringLiteral("lead_id, at, score, fit, intent, timing, score_class, next_step, rules_version, reason, breakdown");

/// The behaviour events of the leads `leadsWhere` picks (binding its parameters), oldest first per
/// lead, with the payload fields scoring reads taken by SQLite. "+type": the lead index picks the
/// rows in the order wanted; left to itself SQLite reads every behaviour event through events_type
/// and sorts. A payload that is not JSON (written by hand or an old tool) reads as empty fields.
QByteArray behaviourEventsSql(const QString &leadsWhere)
{
    static const QString types = [] {
        QStringList quoted;
        for (const BehaviourType t : allBehaviourTypes())
            quoted.append(QLatin1Char('\'') + toKey(t) + QLatin1Char('\''));
        return quoted.join(QLatin1Char(','));
    }();
    return (QStringLiteral("SELECT lead_id, type, at, iif(v, json_extract(payload, '$.url'), NULL), "
                           "iif(v, json_extract(payload, '$.form_type'), NULL), "
                           "iif(v, json_extract(payload, '$.form_id'), NULL) "
                           "FROM (SELECT lead_id, type, at, id, payload, json_valid(payload) AS v FROM events WHERE ") +
            leadsWhere + QStringLiteral(" AND +type IN (") + types + QStringLiteral(")) ORDER BY lead_id, at, id"))
        .toUtf8();
}

/// One row of behaviourEventsSql(), form types resolved.
FactEvent factEventOf(const RawStatement &q, const QHash<QString, QString> &formTypes)
{
    FactEvent e;
    e.type = q.text(1);
    e.at = q.int64(2);
    e.url = q.text(3);
    e.formType = q.text(4);
    if (e.formType.isEmpty())
        e.formType = formTypes.value(q.text(5));
    return e;
}

/// A history entry's outcome from the columns score, fit, intent, timing, score_class, next_step
/// starting at `first` (without its lines).
ScoreResult outcomeAt(const RawStatement &q, int first)
{
    ScoreResult r;
    r.score = static_cast<int>(q.int64(first));
    r.fit = static_cast<int>(q.int64(first + 1));
    r.intent = static_cast<int>(q.int64(first + 2));
    r.timing = static_cast<int>(q.int64(first + 3));
    r.scoreClass = scoreClassFromKey(q.text(first + 4)).value_or(ScoreClass::Disqualified);
    r.nextStep = nextStepFromKey(q.text(first + 5)).value_or(NextStep::Recycle);
    return r;
}

/// What a history entry records: score, axes, class, next step and breakdown (lines not compared).
/// A breakdown stored before explanations were kept in no language (words in "fact", no "why")
/// says the same as `result` when every line names the same rule, points, time and words. So the
/// first re-score after the upgrade, in the language that wrote them, rewrites none of them.
bool sameWords(const QString &storedBreakdown, const ScoreResult &result)
{
    if (storedBreakdown.contains(QLatin1String("\"why\":")))
        return false;
    const QList<ScoreLine> stored =
        ScoreResult::linesFromJson(QJsonDocument::fromJson(storedBreakdown.toUtf8()).array());
    if (stored.size() != result.lines.size())
        return false;
    for (qsizetype i = 0; i < stored.size(); ++i) {
        const ScoreLine &a = stored.at(i);
        const ScoreLine &b = result.lines.at(i);
        if (a.ruleId != b.ruleId || a.ruleName != b.ruleName || a.axis != b.axis || a.points != b.points ||
            a.at != b.at || a.fact != b.fact)
            return false;
    }
    return true;
}

bool sameOutcome(const ScoreResult &stored, const QString &storedBreakdown, const ScoreResult &result,
                 const QString &breakdown)
{
    return stored.score == result.score && stored.fit == result.fit && stored.intent == result.intent &&
           stored.timing == result.timing && stored.scoreClass == result.scoreClass &&
           stored.nextStep == result.nextStep && (storedBreakdown == breakdown || sameWords(storedBreakdown, result));
}

} // namespace

Status ScoreRepository::record(Id leadId, const ScoreResult &result, Instant at, const QString &reason, bool *changed)
{
    QString error;
    const QString breakdown = result.linesToCompactJson();
    // Every submission and event scores its lead: prepared once per connection on the raw handle.
    RawStatement *last = m_db.raw("SELECT score, fit, intent, timing, score_class, next_step, breakdown "
                                  "FROM lead_scores WHERE lead_id = ? ORDER BY id DESC LIMIT 1",
                                  &error);
    if (!last)
        return Status::failure(error);
    last->reset();
    last->bind(0, leadId);
    const bool same = last->next() && sameOutcome(outcomeAt(*last, 0), last->text(6), result, breakdown);
    const QString failed = last->error();
    last->reset();
    if (!failed.isEmpty())
        return Status::failure(failed);
    if (changed)
        *changed = !same;
    if (same)
        return {};
    return writeScore(leadId, result, at, reason, breakdown);
}

QString ScoreRepository::breakdownOf(const ScoreResult &result)
{
    return result.linesToCompactJson();
}

bool ScoreRepository::sameAsLast(const ScoringRow &row, const ScoreResult &result, const QString &breakdown)
{
    return row.scored && sameOutcome(row.last, row.lastBreakdown, result, breakdown);
}

Status ScoreRepository::writeLeadScore(Id leadId, const ScoreResult &result)
{
    // A re-score writes thousands of these per second: prepared once on the raw handle.
    QString error;
    RawStatement *update = m_db.raw("UPDATE leads SET score = ?, fit = ?, intent = ?, timing = ?, score_class = ?, "
                                    "next_step = ?, score_rules = ? WHERE id = ?",
                                    &error);
    if (!update)
        return Status::failure(error);
    update->reset();
    update->bind(0, result.score);
    update->bind(1, result.fit);
    update->bind(2, result.intent);
    update->bind(3, result.timing);
    update->bind(4, toKey(result.scoreClass));
    update->bind(5, toKey(result.nextStep));
    QString fired = QStringLiteral(" ");
    for (const ScoreLine &line : result.lines)
        fired += line.ruleId + QLatin1Char(' ');
    update->bind(6, fired);
    update->bind(7, leadId);
    if (!update->exec(&error))
        return Status::failure(error);
    if (update->changes() != 1)
        return Status::failure(tr("Lead %1 does not exist.").arg(leadId));
    return {};
}

Status ScoreRepository::writeScore(Id leadId, const ScoreResult &result, Instant at, const QString &reason,
                                   const QString &breakdown)
{
    if (const Status s = writeLeadScore(leadId, result); !s)
        return s;
    QString error;
    RawStatement *insert = m_db.raw("INSERT INTO lead_scores (lead_id, at, score, fit, intent, timing, score_class, "
                                    "next_step, rules_version, reason, breakdown) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                    &error);
    if (!insert)
        return Status::failure(error);
    insert->reset();
    insert->bind(0, leadId);
    insert->bind(1, at);
    insert->bind(2, result.score);
    insert->bind(3, result.fit);
    insert->bind(4, result.intent);
    insert->bind(5, result.timing);
    insert->bind(6, toKey(result.scoreClass));
    insert->bind(7, toKey(result.nextStep));
    insert->bind(8, result.rulesVersion);
    insert->bind(9, reason);
    insert->bind(10, breakdown.isNull() ? breakdownOf(result) : breakdown);
    return insert->exec(&error) ? Status() : Status::failure(error);
}

std::optional<ScoreRecord> ScoreRepository::latest(Id leadId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kRecordColumns +
              QStringLiteral(" FROM lead_scores WHERE lead_id = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(sql::v(leadId));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return recordFromQuery(q);
}

QList<ScoreRecord> ScoreRepository::history(Id leadId, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM (SELECT ") + kRecordColumns +
              QStringLiteral(", id FROM lead_scores WHERE lead_id = ? ORDER BY id DESC LIMIT ?) ORDER BY id"));
    q.addBindValue(sql::v(leadId));
    q.addBindValue(sql::v(limit));
    QList<ScoreRecord> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(recordFromQuery(q));
    return out;
}

Bant ScoreRepository::bant(Id leadId) const
{
    RawStatement *q = m_db.raw("SELECT budget, authority, need, timeline FROM leads WHERE id = ?", nullptr);
    Bant b;
    if (!q)
        return b;
    q->reset();
    q->bind(0, leadId);
    if (q->next())
        b = {q->text(0), q->text(1), q->text(2), q->text(3)};
    q->reset();
    return b;
}

Status ScoreRepository::setBant(Id leadId, const Bant &bant, Instant at)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(q,
                      QStringLiteral("UPDATE leads SET budget = ?, authority = ?, need = ?, timeline = ?, "
                                     "updated_at = ? WHERE id = ?"),
                      &error))
        return Status::failure(error);
    q.addBindValue(sql::v(bant.budget.trimmed()));
    q.addBindValue(sql::v(bant.authority.trimmed()));
    q.addBindValue(sql::v(bant.need.trimmed()));
    q.addBindValue(sql::v(bant.timeline.trimmed()));
    q.addBindValue(sql::v(at));
    q.addBindValue(sql::v(leadId));
    if (!sql::exec(q, &error))
        return Status::failure(error);
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Lead %1 does not exist.").arg(leadId));
    return {};
}

QList<FactEvent> ScoreRepository::behaviourEvents(Id leadId, const QHash<QString, QString> &formTypes) const
{
    QList<FactEvent> out;
    static const QByteArray text = behaviourEventsSql(QStringLiteral("lead_id = ?"));
    RawStatement *q = m_db.raw(text.constData(), nullptr);
    if (!q)
        return out;
    q->reset();
    q->bind(0, leadId);
    while (q->next())
        out.append(factEventOf(*q, formTypes));
    q->reset();
    return out;
}

Result<int> ScoreRepository::attachUnattached(Id leadId, const QString &emailKey)
{
    QString error;
    RawStatement *q = m_db.raw("UPDATE events SET lead_id = ? WHERE lead_id IS NULL AND "
                               "json_extract(payload, '$.email_key') = ?",
                               &error);
    if (!q)
        return Result<int>::failure(error);
    q->reset();
    q->bind(0, leadId);
    q->bind(1, emailKey);
    if (!q->exec(&error))
        return Result<int>::failure(error);
    return q->changes();
}

Result<QList<ScoringRow>> ScoreRepository::scoringBatch(Id afterId, int limit, const QHash<QString, QString> &formTypes,
                                                        const ScoringScope &scope) const
{
    using R = Result<QList<ScoringRow>>;
    QString error;
    QList<ScoringRow> rows;
    QHash<Id, qsizetype> at; // lead id → index in rows
    // Read raw: a QSqlQuery would build a QVariant for each of the 33 columns of every lead.
    QString text = QStringLiteral(
        "SELECT l.id, l.email, l.first_name, l.last_name, l.title, l.company_name, coalesce(l.company_id, 0), "
        "l.phone, l.country, l.language, l.source, l.status, l.utm_source, l.utm_medium, "
        "l.utm_campaign, l.landing_page, l.form_id, l.form_type, l.submitted_at, l.question, l.score, "
        "l.score_class, l.created_at, l.budget, l.authority, l.need, l.timeline, c.id, c.domain, "
        "c.industry, c.employees, c.revenue, c.country, l.score_rules IS NOT NULL "
        "FROM leads l LEFT JOIN companies c ON c.id = l.company_id "
        "WHERE l.id > ?");
    if (!scope.everyLead) {
        text += QStringLiteral(" AND (l.score_rules IS NULL");
        for (qsizetype i = 0; i < scope.ruleIds.size(); ++i)
            text += QStringLiteral(" OR instr(l.score_rules, ?) > 0");
        for (qsizetype i = 0; i < scope.scoreBands.size(); ++i)
            text += QStringLiteral(" OR (l.score >= ? AND l.score < ?)");
        text += QLatin1Char(')');
    }
    text += QStringLiteral(" ORDER BY l.id LIMIT ?");
    RawStatement *leads = m_db.raw(text.toUtf8().constData(), &error);
    if (!leads)
        return R::failure(error);
    leads->reset();
    int bind = 0;
    leads->bind(bind++, afterId);
    if (!scope.everyLead) {
        for (const QString &id : scope.ruleIds)
            leads->bind(bind++, QLatin1Char(' ') + id + QLatin1Char(' '));
        for (const auto &[from, to] : scope.scoreBands) {
            leads->bind(bind++, from);
            leads->bind(bind++, to);
        }
    }
    leads->bind(bind, limit);
    rows.reserve(limit);
    while (leads->next()) {
        ScoringRow row;
        Lead &l = row.lead;
        int i = 0;
        l.id = leads->int64(i++);
        l.email = leads->text(i++);
        l.firstName = leads->text(i++);
        l.lastName = leads->text(i++);
        l.title = leads->text(i++);
        l.companyName = leads->text(i++);
        l.companyId = leads->int64(i++);
        l.phone = leads->text(i++);
        l.country = leads->text(i++);
        l.language = leads->text(i++);
        l.source = leadSourceFromKey(leads->text(i++)).value_or(LeadSource::Manual);
        l.status = leadStatusFromKey(leads->text(i++)).value_or(LeadStatus::New);
        l.utmSource = leads->text(i++);
        l.utmMedium = leads->text(i++);
        l.utmCampaign = leads->text(i++);
        l.landingPage = leads->text(i++);
        l.formId = leads->text(i++);
        l.formType = leads->text(i++);
        l.submittedAt = leads->int64(i++);
        l.question = leads->text(i++);
        l.score = static_cast<int>(leads->int64(i++));
        l.scoreClass = leads->text(i++);
        l.createdAt = leads->int64(i++);
        row.bant = {leads->text(i), leads->text(i + 1), leads->text(i + 2), leads->text(i + 3)};
        i += 4;
        if (!leads->isNull(i)) { // as ScoringService::facts: the company, when the lead has one
            Company c;
            c.id = leads->int64(i);
            c.domain = leads->text(i + 1);
            c.industry = leads->text(i + 2);
            c.employees = static_cast<int>(leads->int64(i + 3));
            c.revenue = leads->int64(i + 4);
            c.country = leads->text(i + 5);
            l.companyDomain = c.domain;
            row.company = std::move(c);
        }
        row.rulesKnown = leads->int64(i + 6) != 0;
        at.insert(l.id, rows.size());
        rows.append(std::move(row));
    }
    if (!leads->error().isEmpty())
        return R::failure(leads->error());
    if (rows.isEmpty())
        return rows;
    const Id first = rows.first().lead.id;
    const Id last = rows.last().lead.id;

    // A scoped batch is sparse (2,000 leads picked from ten times as many ids): its leads are
    // named one by one, as a JSON array, instead of a range holding every lead in between.
    QByteArray idList;
    if (!scope.everyLead) {
        idList.reserve(rows.size() * 9);
        idList += '[';
        for (const ScoringRow &row : std::as_const(rows)) {
            if (idList.size() > 1)
                idList += ',';
            idList += QByteArray::number(row.lead.id);
        }
        idList += ']';
    }
    const auto bindLeads = [&](RawStatement *q) {
        if (scope.everyLead) {
            q->bind(0, first);
            q->bind(1, last);
        } else {
            q->bind(0, QString::fromLatin1(idList));
        }
    };
    const QString leadsWhere = scope.everyLead ? QStringLiteral("lead_id BETWEEN ? AND ?")
                                               : QStringLiteral("lead_id IN (SELECT value FROM json_each(?))");
    const QByteArray eventsText = behaviourEventsSql(leadsWhere);
    RawStatement *events = m_db.raw(eventsText.constData(), &error);
    if (!events)
        return R::failure(error);
    events->reset();
    bindLeads(events);
    while (events->next()) {
        const auto index = at.constFind(events->int64(0));
        if (index == at.cend())
            continue;
        rows[*index].events.append(factEventOf(*events, formTypes));
    }
    if (!events->error().isEmpty())
        return R::failure(events->error());
    events->reset();

    const QByteArray scoresText =
        (QStringLiteral("SELECT lead_id, score, fit, intent, timing, score_class, next_step, breakdown FROM "
                        "lead_scores WHERE id IN (SELECT max(id) FROM lead_scores WHERE ") +
         leadsWhere + QStringLiteral(" GROUP BY lead_id)"))
            .toUtf8();
    RawStatement *scores = m_db.raw(scoresText.constData(), &error);
    if (!scores)
        return R::failure(error);
    scores->reset();
    bindLeads(scores);
    while (scores->next()) {
        const auto index = at.constFind(scores->int64(0));
        if (index == at.cend())
            continue;
        ScoringRow &row = rows[*index];
        row.scored = true;
        row.last = outcomeAt(*scores, 1);
        row.lastBreakdown = scores->text(7);
    }
    if (!scores->error().isEmpty())
        return R::failure(scores->error());
    scores->reset();
    return rows;
}

QList<Id> ScoreRepository::leadIdsAfter(Id afterId, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM leads WHERE id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(sql::v(afterId));
    q.addBindValue(sql::v(limit));
    QList<Id> out;
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toLongLong());
    }
    return out;
}

qint64 ScoreRepository::leadsBetween(Id afterId, Id upToId) const
{
    RawStatement *q = m_db.raw("SELECT count(*) FROM leads WHERE id > ? AND id <= ?", nullptr);
    if (!q)
        return 0;
    q->reset();
    q->bind(0, afterId);
    q->bind(1, upToId);
    const qint64 n = q->next() ? q->int64(0) : 0;
    q->reset();
    return n;
}

int ScoreRepository::oldestRulesVersion() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT coalesce(min(rules_version), 0) FROM lead_scores")) && q.next())
        return q.value(0).toInt();
    return 0;
}

qint64 ScoreRepository::leadCount() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM leads")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<QPair<Id, QString>> ScoreRepository::classesCreatedSince(Instant since) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, score_class FROM leads WHERE created_at >= ? ORDER BY id"));
    q.addBindValue(sql::v(since));
    QList<QPair<Id, QString>> out;
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    return out;
}

QHash<QString, qint64> ScoreRepository::classCounts(Instant since) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT score_class, count(*) FROM leads WHERE created_at >= ? GROUP BY score_class"));
    q.addBindValue(sql::v(since));
    QHash<QString, qint64> out;
    if (q.exec()) {
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return out;
}

} // namespace lr
