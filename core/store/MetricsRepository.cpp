#include "core/store/MetricsRepository.h"

#include "core/store/Database.h"
#include "core/store/SqlUtil.h"
#include "core/store/Transaction.h"

#include <QMap>
#include <QSqlDriver>
#include <QtEndian>

#include <algorithm>

#include <sqlite3.h>

namespace lr {
namespace {

/// "Not reached" inside the fact-building SQL: larger than any instant, so min() skips it.
const QString kNever = QStringLiteral("9000000000000000000");

/// A statement on the connection's own sqlite3 handle. The metrics read tens of thousands of rows
/// per refresh; QSqlQuery costs a QVariant per value, sqlite3_column_int64 costs nothing.
class RawQuery final
{
    Q_DISABLE_COPY_MOVE(RawQuery)

public:
    RawQuery(Database &db, const QString &text)
    {
        const QVariant handle = db.connection().driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_db = *static_cast<sqlite3 *const *>(handle.constData());
        if (!m_db) {
            m_error = QStringLiteral("not an SQLite connection");
            return;
        }
        const QByteArray utf8 = text.toUtf8();
        if (sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &m_stmt, nullptr) != SQLITE_OK)
            fail();
    }
    ~RawQuery() { sqlite3_finalize(m_stmt); }

    void bind(const char *name, qint64 value)
    {
        if (const int i = index(name))
            sqlite3_bind_int64(m_stmt, i, value);
    }
    void bind(const char *name, const QString &value)
    {
        if (const int i = index(name)) {
            const QByteArray utf8 = value.toUtf8();
            sqlite3_bind_text(m_stmt, i, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
        }
    }
    void bindBlob(const char *name, const QByteArray &value)
    {
        if (const int i = index(name))
            sqlite3_bind_blob(m_stmt, i, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    }
    /// Steps to the next row; false at the end or on an error (see ok()).
    bool next()
    {
        if (!m_stmt)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            fail();
        return false;
    }
    /// Runs a statement that returns no rows.
    bool exec()
    {
        while (next()) {
        }
        return ok();
    }
    /// Makes the statement runnable again, keeping its bindings.
    void reset()
    {
        if (m_stmt)
            sqlite3_reset(m_stmt);
    }
    qint64 i64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    QString text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
    }
    /// A column holding little-endian int64 values (see durationsBlob()).
    QList<qint64> durations(int column) const
    {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        const qsizetype count = sqlite3_column_bytes(m_stmt, column) / qsizetype(sizeof(qint64));
        QList<qint64> out(count);
        if (data && count > 0)
            qFromLittleEndian<qint64>(data, count, out.data());
        return out;
    }
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return MetricsRepository::tr("The metrics could not be read: %1").arg(m_error); }

private:
    int index(const char *name) const { return m_stmt ? sqlite3_bind_parameter_index(m_stmt, name) : 0; }
    void fail() { m_error = QString::fromUtf8(sqlite3_errmsg(m_db)); }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

/// The conditions of `scope` and `filter` on a row whose owner, lead source and campaign are the
/// given SQL expressions (an empty expression: that filter cannot apply and matches nothing).
QString conditions(const AccessScope &scope, const MetricsFilter &filter, const QString &owner, const QString &source,
                   const QString &campaign)
{
    QString out = QStringLiteral(" AND ") + sql::scopeCondition(scope, owner);
    if (filter.repId)
        out += QStringLiteral(" AND %1 = :rep").arg(owner);
    if (filter.teamId)
        out += QStringLiteral(" AND %1 IN (SELECT id FROM users WHERE team_id = :team)").arg(owner);
    if (!filter.source.isEmpty())
        out += QStringLiteral(" AND %1 = :source").arg(source);
    if (!filter.campaign.isEmpty())
        out += QStringLiteral(" AND %1 = :campaign").arg(campaign);
    return out;
}

/// The join from a row to its lead's facts on `leadColumn`, through the index that holds source
/// and campaign, when the query reads them (`readsLead`); else none at all (SQLite would still look
/// every row's lead up: a tenth of a second for a quarter's events).
QString factsJoin(const QString &leadColumn, bool readsLead)
{
    if (!readsLead)
        return QStringLiteral(" ");
    return QStringLiteral(" LEFT JOIN metric_lead_facts f INDEXED BY metric_lead_facts_lead_source "
                          "ON f.lead_id = %1 ")
        .arg(leadColumn);
}

/// Whether `filter` selects by lead source or campaign (read from the facts).
bool filtersByLead(const MetricsFilter &filter)
{
    return !filter.source.isEmpty() || !filter.campaign.isEmpty();
}

void bindConditions(RawQuery &q, const AccessScope &scope, const MetricsFilter &filter)
{
    if (scope.role != Role::Admin)
        q.bind(":scope_user", scope.userId);
    if (scope.role == Role::Manager)
        q.bind(":scope_team", scope.teamId);
    q.bind(":rep", filter.repId);
    q.bind(":team", filter.teamId);
    q.bind(":source", filter.source);
    q.bind(":campaign", filter.campaign);
    q.bind(":from", filter.from);
    q.bind(":to", filter.to);
}

QString factConditions(const AccessScope &scope, const MetricsFilter &filter)
{
    return conditions(scope, filter, QStringLiteral("f.owner_id"), QStringLiteral("f.source"),
                      QStringLiteral("f.campaign"));
}

/// The UTC day (days since the epoch, rounded down) of the instant `expr`, in SQL.
QString dayOf(const QString &expr)
{
    return QStringLiteral("(CASE WHEN %1 >= 0 THEN %1 / 86400000 ELSE -((86399999 - %1) / 86400000) END)").arg(expr);
}

QByteArray durationsBlob(const QList<qint64> &sortedMs)
{
    QByteArray out(sortedMs.size() * qsizetype(sizeof(qint64)), Qt::Uninitialized);
    if (!sortedMs.isEmpty())
        qToLittleEndian<qint64>(sortedMs.constData(), sortedMs.size(), out.data());
    return out;
}

/// Adds (sign +1) or takes away (sign -1) what the facts of the leads in temp.metric_dirty add to
/// metric_queue_days: +1 on the creation day, -1 on the day the lead left New (never before its
/// creation day).
QString queueDeltaSql(int sign)
{
    const QString dirty =
        QStringLiteral("FROM temp.metric_dirty d CROSS JOIN metric_lead_facts f ON f.lead_id = d.lead_id");
    return QStringLiteral("INSERT INTO metric_queue_days (day, owner_id, source, net) "
                          "SELECT day, owner_id, source, sum(n) * %1 FROM ("
                          "SELECT %2 AS day, coalesce(f.owner_id, 0) AS owner_id, f.source AS source, 1 AS n %4 "
                          "UNION ALL SELECT max(%2, %3), coalesce(f.owner_id, 0), f.source, -1 %4 "
                          "WHERE f.left_new_at > 0) WHERE 1 GROUP BY day, owner_id, source "
                          "ON CONFLICT (day, owner_id, source) DO UPDATE SET net = net + excluded.net")
        .arg(sign)
        .arg(dayOf(QStringLiteral("f.created_at")), dayOf(QStringLiteral("f.left_new_at")), dirty);
}

/// `expr` with kNever turned back into 0.
QString reached(const QString &expr)
{
    return QStringLiteral("(CASE WHEN %1 >= %2 THEN 0 ELSE %1 END)").arg(expr, kNever);
}

/// Builds the facts of every lead in temp.metric_dirty (see docs/metrics.md for each column).
QString buildFactsSql()
{
    const QString realKinds = QStringLiteral("('call', 'email', 'meeting', 'sms')");
    const QString events =
        QStringLiteral(
            "SELECT e.lead_id AS lead_id, "
            "min(CASE WHEN e.at >= l2.created_at AND (e.type = 'first_touch' OR (e.type = 'activity_logged' AND "
            "json_extract(e.payload, '$.kind') IN %1)) THEN e.at END) AS touch_ev, "
            "min(CASE WHEN e.type = 'lead_status_changed' AND coalesce(json_extract(e.payload, '$.to'), 'new') <> "
            "'new' "
            "THEN e.at END) AS left_ev, "
            "min(CASE WHEN e.type = 'lead_classified' AND json_extract(e.payload, '$.class') IN ('mql', 'sql') "
            "THEN e.at END) AS mql_ev, "
            "min(CASE WHEN (e.type = 'lead_classified' AND json_extract(e.payload, '$.class') = 'sql') OR "
            "(e.type = 'lead_status_changed' AND json_extract(e.payload, '$.to') IN ('qualified', 'converted')) "
            "THEN e.at END) AS sql_ev, "
            "min(CASE WHEN e.type = 'meeting_booked' THEN e.at END) AS meeting_ev "
            "FROM temp.metric_dirty d2 CROSS JOIN leads l2 ON l2.id = d2.lead_id CROSS JOIN events e ON e.lead_id = "
            "l2.id "
            "WHERE e.type IN ('first_touch', 'activity_logged', 'lead_status_changed', 'lead_classified', "
            "'meeting_booked') GROUP BY e.lead_id")
            .arg(realKinds);
    const QString raw =
        QStringLiteral(
            "SELECT l.created_at, l.id, l.owner_id, l.source, l.utm_campaign, "
            "min(coalesce(ev.touch_ev, %1), "
            "    coalesce((SELECT min(a.at) FROM activities a WHERE a.lead_id = l.id AND a.at >= l.created_at "
            "              AND a.kind IN %2), %1), "
            "    CASE WHEN l.first_touch_at >= l.created_at AND l.first_touch_at > 0 THEN l.first_touch_at ELSE %1 "
            "    END) AS touch, "
            "CASE WHEN ev.left_ev IS NOT NULL THEN ev.left_ev WHEN l.status <> 'new' THEN l.created_at ELSE %1 END "
            "    AS left_new, "
            "min(coalesce(ev.mql_ev, %1), coalesce((SELECT min(s.at) FROM lead_scores s WHERE s.lead_id = l.id "
            "    AND s.score_class IN ('mql', 'sql')), %1)) AS mql, "
            "min(coalesce((SELECT min(s.at) FROM lead_scores s WHERE s.lead_id = l.id AND s.score_class = 'sql'), "
            "    %1), CASE WHEN ev.sql_ev IS NOT NULL THEN ev.sql_ev "
            "     WHEN l.status IN ('qualified', 'converted') THEN max(l.created_at, l.updated_at) ELSE %1 END) AS sq, "
            "coalesce(ev.meeting_ev, %1) AS meeting, "
            "coalesce((SELECT min(dd.created_at) FROM deals dd WHERE dd.lead_id = l.id), %1) AS opp, "
            "coalesce((SELECT min(dd.closed_at) FROM deals dd JOIN stages s ON s.id = dd.stage_id "
            "          WHERE dd.lead_id = l.id AND s.kind = 'won' AND dd.closed_at > 0), %1) AS won "
            "FROM temp.metric_dirty d CROSS JOIN leads l ON l.id = d.lead_id LEFT JOIN (%3) ev ON ev.lead_id = l.id")
            .arg(kNever, realKinds, events);
    // Each stage implies the ones before it: a won lead was an opportunity, an SQL and an MQL.
    return QStringLiteral("INSERT INTO metric_lead_facts (created_at, lead_id, owner_id, source, campaign, "
                          "first_touch_at, left_new_at, mql_at, sql_at, meeting_at, opp_at, won_at) "
                          "SELECT created_at, id, owner_id, source, utm_campaign, %1, %2, %3, %4, %5, %6, %7 "
                          "FROM (%8)")
        .arg(reached(QStringLiteral("touch")), reached(QStringLiteral("left_new")),
             reached(QStringLiteral("min(mql, sq, opp, won)")), reached(QStringLiteral("min(sq, opp, won)")),
             reached(QStringLiteral("meeting")), reached(QStringLiteral("min(opp, won)")),
             reached(QStringLiteral("won")), raw);
}

/// The marketing touches of the leads in temp.metric_dirty whose (new) facts say they were won:
/// what attribution credits with won revenue, and the channel each names.
QString touchesSql()
{
    return QStringLiteral(
        "INSERT INTO metric_touches (lead_id, at, event_id, channel) "
        "SELECT e.lead_id, e.at, e.id, CASE e.type WHEN 'page_view' THEN 'website' WHEN 'email_click' THEN 'email' "
        "ELSE coalesce(nullif(json_extract(e.payload, '$.source'), ''), l.source, '') END "
        "FROM temp.metric_dirty d CROSS JOIN metric_lead_facts f ON f.lead_id = d.lead_id "
        "CROSS JOIN events e ON e.lead_id = d.lead_id LEFT JOIN leads l ON l.id = e.lead_id "
        "WHERE f.won_at > 0 AND e.type IN ('lead_created', 'form_submit', 'page_view', 'email_click')");
}

/// Held and no-show meetings grouped by UTC day, owner and the lead's source (from its facts), of
/// the meetings `where` selects (on `m`).
QString meetingCountsSql(const QString &where)
{
    return QStringLiteral("SELECT %1, coalesce(m.owner_id, 0), coalesce(f.source, ''), sum(m.status = 'held'), "
                          "sum(m.status = 'no_show') FROM meetings m %3"
                          "WHERE m.status IN ('held', 'no_show') AND %2 GROUP BY 1, 2, 3")
        .arg(dayOf(QStringLiteral("m.starts_at")), where, factsJoin(QStringLiteral("m.lead_id"), true));
}

struct Marks
{
    qint64 events = 0;
    qint64 activities = 0;
    qint64 history = 0;
    qint64 leads = 0;
    qint64 scores = 0;
    bool operator==(const Marks &) const = default;
};

} // namespace

Result<qint64> MetricsRepository::refresh(const BusinessMs &businessMs)
{
    using R = Result<qint64>;
    Marks now;
    bool pending = false; // leads deleted or changed without an event
    {
        RawQuery q(m_db, QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM events), "
                                        "(SELECT coalesce(max(id), 0) FROM activities), "
                                        "(SELECT coalesce(max(id), 0) FROM deal_stage_history), "
                                        "(SELECT coalesce(max(id), 0) FROM leads), "
                                        "(SELECT coalesce(max(id), 0) FROM lead_scores), "
                                        "EXISTS (SELECT 1 FROM metric_dirty_leads) OR "
                                        "EXISTS (SELECT 1 FROM metric_dirty_meeting_days)"));
        if (!q.next())
            return R::failure(q.error());
        now = {q.i64(0), q.i64(1), q.i64(2), q.i64(3), q.i64(4)};
        pending = q.i64(5) != 0;
    }
    Marks seen;
    {
        RawQuery q(m_db, QStringLiteral("SELECT name, value FROM metric_watermarks"));
        while (q.next()) {
            const QString name = q.text(0);
            (name == QLatin1String("events")       ? seen.events
             : name == QLatin1String("activities") ? seen.activities
             : name == QLatin1String("history")    ? seen.history
             : name == QLatin1String("scores")     ? seen.scores
                                                   : seen.leads) = q.i64(1);
        }
        if (!q.ok())
            return R::failure(q.error());
    }
    if (now == seen && !pending)
        return qint64(0);

    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    auto run = [this](const QString &text, const Marks &marks) {
        RawQuery q(m_db, text);
        q.bind(":events", marks.events);
        q.bind(":activities", marks.activities);
        q.bind(":history", marks.history);
        q.bind(":leads", marks.leads);
        q.bind(":scores", marks.scores);
        return q.exec() ? QString() : q.error();
    };
    // The days and owners whose aggregates the refolded leads had or will have.
    const QString dirtyDays = QStringLiteral("INSERT OR IGNORE INTO temp.metric_dirty_days SELECT %1, "
                                             "coalesce(f.owner_id, 0) FROM temp.metric_dirty d "
                                             "CROSS JOIN metric_lead_facts f ON f.lead_id = d.lead_id")
                                  .arg(dayOf(QStringLiteral("f.created_at")));
    QStringList steps{
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS metric_dirty (lead_id INTEGER PRIMARY KEY)"),
        QStringLiteral("DELETE FROM temp.metric_dirty"),
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS metric_dirty_days (day INTEGER NOT NULL, "
                       "owner_id INTEGER NOT NULL, PRIMARY KEY (day, owner_id)) WITHOUT ROWID"),
        QStringLiteral("DELETE FROM temp.metric_dirty_days"),
    };
    if (seen.leads == 0) {
        // First fold: every lead, without reading the event log's ids.
        steps << QStringLiteral("DELETE FROM metric_lead_facts") << QStringLiteral("DELETE FROM metric_lead_days")
              << QStringLiteral("DELETE FROM metric_touches") << QStringLiteral("DELETE FROM metric_meeting_days")
              << QStringLiteral(
                     "INSERT OR IGNORE INTO metric_dirty_meeting_days (day) SELECT DISTINCT %1 FROM meetings m")
                     .arg(dayOf(QStringLiteral("m.starts_at")))
              << QStringLiteral("DELETE FROM metric_queue_days") << QStringLiteral("DELETE FROM metric_dirty_leads")
              << QStringLiteral("INSERT INTO temp.metric_dirty SELECT id FROM leads")
              // Without statistics SQLite takes the dirty set for a big table and joins it to the
              // facts through a Bloom filter built by scanning all of them (a tenth of a second
              // for a hundred leads among a million).
              << QStringLiteral("ANALYZE temp.metric_dirty");
    } else {
        steps << QStringLiteral("INSERT OR IGNORE INTO temp.metric_dirty SELECT lead_id FROM events "
                                "WHERE id > :events AND lead_id IS NOT NULL")
              // A merge moves the absorbed lead's events to the survivor and deletes it; an undo
              // brings it back under a new id.
              << QStringLiteral("INSERT OR IGNORE INTO temp.metric_dirty SELECT json_extract(payload, '$.absorbed_id') "
                                "FROM events WHERE id > :events AND type = 'leads_merged' AND "
                                "json_extract(payload, '$.absorbed_id') IS NOT NULL")
              << QStringLiteral("INSERT OR IGNORE INTO temp.metric_dirty SELECT json_extract(payload, '$.restored_id') "
                                "FROM events WHERE id > :events AND type = 'merge_undone' AND "
                                "json_extract(payload, '$.restored_id') IS NOT NULL")
              << QStringLiteral("INSERT OR IGNORE INTO temp.metric_dirty SELECT lead_id FROM activities "
                                "WHERE id > :activities AND lead_id IS NOT NULL")
              << QStringLiteral("INSERT OR IGNORE INTO temp.metric_dirty SELECT d.lead_id FROM deal_stage_history h "
                                "JOIN deals d ON d.id = h.deal_id WHERE h.id > :history AND d.lead_id IS NOT NULL")
              << QStringLiteral("INSERT OR IGNORE INTO temp.metric_dirty SELECT id FROM leads WHERE id > :leads")
              << QStringLiteral("INSERT OR IGNORE INTO temp.metric_dirty SELECT lead_id FROM lead_scores "
                                "WHERE id > :scores")
              << QStringLiteral("INSERT OR IGNORE INTO temp.metric_dirty SELECT lead_id FROM metric_dirty_leads")
              << QStringLiteral("ANALYZE temp.metric_dirty") // as for the first fold, above
              << QStringLiteral("DELETE FROM metric_dirty_leads") << dirtyDays << queueDeltaSql(-1)
              << QStringLiteral(
                     "DELETE FROM metric_lead_facts WHERE lead_id IN (SELECT lead_id FROM temp.metric_dirty)")
              << QStringLiteral("DELETE FROM metric_touches WHERE lead_id IN (SELECT lead_id FROM temp.metric_dirty)");
    }
    steps << buildFactsSql()
          << touchesSql()
          // A refolded lead's meetings count under its source, which may have changed.
          << QStringLiteral("INSERT OR IGNORE INTO metric_dirty_meeting_days (day) SELECT DISTINCT %1 "
                            "FROM temp.metric_dirty d CROSS JOIN meetings m ON m.lead_id = d.lead_id")
                 .arg(dayOf(QStringLiteral("m.starts_at")));
    for (const QString &step : steps) {
        if (const QString error = run(step, seen); !error.isEmpty())
            return R::failure(error);
    }

    // Business hours need each owner's calendar: computed here, once per changed lead.
    QList<std::tuple<Id, qint64>> business;
    qint64 refreshed = 0;
    {
        RawQuery q(m_db,
                   QStringLiteral("SELECT f.lead_id, coalesce(f.owner_id, 0), f.created_at, f.first_touch_at "
                                  "FROM temp.metric_dirty d CROSS JOIN metric_lead_facts f ON f.lead_id = d.lead_id"));
        while (q.next()) {
            ++refreshed;
            if (q.i64(3) > 0)
                business.append({q.i64(0), businessMs ? businessMs(q.i64(1), q.i64(2), q.i64(3)) : -1});
        }
        if (!q.ok())
            return R::failure(q.error());
    }
    {
        RawQuery q(m_db, QStringLiteral("UPDATE metric_lead_facts SET touch_business_ms = :s WHERE lead_id = :lead"));
        for (const auto &[lead, seconds] : business) {
            q.bind(":s", seconds);
            q.bind(":lead", lead);
            if (!q.exec())
                return R::failure(q.error());
            q.reset();
        }
    }
    for (const QString &step : {dirtyDays, queueDeltaSql(+1)}) {
        if (const QString error = run(step, seen); !error.isEmpty())
            return R::failure(error);
    }
    if (const Status s = rebuildLeadDays(); !s)
        return R::failure(s.error());
    if (const Status s = rebuildMeetingDays(); !s)
        return R::failure(s.error());

    const std::pair<const char *, qint64> marks[] = {{"events", now.events},
                                                     {"activities", now.activities},
                                                     {"history", now.history},
                                                     {"leads", now.leads},
                                                     {"scores", now.scores}};
    for (const auto &[name, value] : marks) {
        RawQuery q(m_db,
                   QStringLiteral("INSERT OR REPLACE INTO metric_watermarks (name, value) VALUES (:name, :value)"));
        q.bind(":name", QString::fromLatin1(name));
        q.bind(":value", value);
        if (!q.exec())
            return R::failure(q.error());
    }
    if (const Status s = tx.commit(); !s)
        return R::failure(s.error());
    return refreshed;
}

Status MetricsRepository::rebuildLeadDays()
{
    QList<std::pair<qint64, Id>> days;
    {
        RawQuery q(m_db, QStringLiteral("SELECT day, owner_id FROM temp.metric_dirty_days"));
        while (q.next())
            days.append({q.i64(0), q.i64(1)});
        if (!q.ok())
            return Status::failure(q.error());
    }
    RawQuery clear(m_db, QStringLiteral("DELETE FROM metric_lead_days WHERE day = :day AND owner_id = :owner"));
    const QString columns = QStringLiteral("SELECT source, created_at, first_touch_at, touch_business_ms, "
                                           "left_new_at, mql_at, sql_at, opp_at, won_at, meeting_at "
                                           "FROM metric_lead_facts WHERE created_at >= :from AND created_at < :to ");
    RawQuery owned(m_db, columns + QStringLiteral("AND owner_id = :owner"));
    RawQuery unowned(m_db, columns + QStringLiteral("AND (owner_id IS NULL OR owner_id = 0)"));
    RawQuery insert(m_db, QStringLiteral("INSERT INTO metric_lead_days (day, owner_id, source, leads, mql, "
                                         "sql_leads, opps, won, meetings, wall_ms, business_ms, new_ms) VALUES "
                                         "(:day, :owner, :source, :leads, :mql, :sql, :opps, :won, :meetings, "
                                         ":wall, :business, :new)"));
    for (const auto &[day, owner] : days) {
        clear.bind(":day", day);
        clear.bind(":owner", owner);
        if (!clear.exec())
            return Status::failure(clear.error());
        clear.reset();
        RawQuery &facts = owner ? owned : unowned;
        facts.bind(":from", day * kDayMs);
        facts.bind(":to", (day + 1) * kDayMs);
        facts.bind(":owner", owner);
        QMap<QString, LeadDay> bySource;
        while (facts.next()) {
            LeadDay &d = bySource[facts.text(0)];
            const Instant created = facts.i64(1);
            const Instant touched = facts.i64(2);
            ++d.leads;
            if (touched > 0) {
                d.wallMs.append(touched - created);
                if (facts.i64(3) >= 0)
                    d.businessMs.append(facts.i64(3));
            }
            if (facts.i64(4) > 0)
                d.newMs.append(std::max<qint64>(0, facts.i64(4) - created));
            d.mql += facts.i64(5) > 0;
            d.sql += facts.i64(6) > 0;
            d.opportunities += facts.i64(7) > 0;
            d.won += facts.i64(8) > 0;
            d.meetings += facts.i64(9) > 0;
        }
        if (!facts.ok())
            return Status::failure(facts.error());
        facts.reset();
        for (auto it = bySource.begin(); it != bySource.end(); ++it) {
            LeadDay &d = it.value();
            std::sort(d.wallMs.begin(), d.wallMs.end());
            std::sort(d.businessMs.begin(), d.businessMs.end());
            std::sort(d.newMs.begin(), d.newMs.end());
            insert.bind(":day", day);
            insert.bind(":owner", owner);
            insert.bind(":source", it.key());
            insert.bind(":leads", d.leads);
            insert.bind(":mql", d.mql);
            insert.bind(":sql", d.sql);
            insert.bind(":opps", d.opportunities);
            insert.bind(":won", d.won);
            insert.bind(":meetings", d.meetings);
            insert.bindBlob(":wall", durationsBlob(d.wallMs));
            insert.bindBlob(":business", durationsBlob(d.businessMs));
            insert.bindBlob(":new", durationsBlob(d.newMs));
            if (!insert.exec())
                return Status::failure(insert.error());
            insert.reset();
        }
    }
    return {};
}

Status MetricsRepository::rebuildMeetingDays()
{
    const QString dirty = QStringLiteral("m.starts_at >= :from AND m.starts_at < :to");
    QList<qint64> days;
    {
        RawQuery q(m_db, QStringLiteral("SELECT day FROM metric_dirty_meeting_days"));
        while (q.next())
            days.append(q.i64(0));
        if (!q.ok())
            return Status::failure(q.error());
    }
    RawQuery clear(m_db, QStringLiteral("DELETE FROM metric_meeting_days WHERE day = :day"));
    RawQuery fill(m_db, QStringLiteral("INSERT INTO metric_meeting_days (day, owner_id, source, held, no_show) ") +
                            meetingCountsSql(dirty));
    for (const qint64 day : std::as_const(days)) {
        clear.bind(":day", day);
        if (!clear.exec())
            return Status::failure(clear.error());
        clear.reset();
        fill.bind(":from", day * kDayMs);
        fill.bind(":to", (day + 1) * kDayMs);
        if (!fill.exec())
            return Status::failure(fill.error());
        fill.reset();
    }
    RawQuery done(m_db, QStringLiteral("DELETE FROM metric_dirty_meeting_days"));
    return done.exec() ? Status() : Status::failure(done.error());
}

Status MetricsRepository::forEachLeadDay(const AccessScope &scope, const MetricsFilter &filter, qint64 firstDay,
                                         qint64 endDay, const std::function<void(const LeadDay &)> &visit) const
{
    if (!aggregatesCover(filter))
        return Status::failure(tr("The daily metrics are not kept per campaign."));
    RawQuery q(m_db,
               QStringLiteral("SELECT a.day, a.owner_id, a.leads, a.mql, a.sql_leads, a.opps, a.won, "
                              "a.meetings, a.wall_ms, a.business_ms, a.new_ms FROM metric_lead_days a "
                              "WHERE a.day >= :first AND a.day < :end") +
                   conditions(scope, filter, QStringLiteral("a.owner_id"), QStringLiteral("a.source"), QString()));
    bindConditions(q, scope, filter);
    q.bind(":first", firstDay);
    q.bind(":end", endDay);
    LeadDay d;
    while (q.next()) {
        d.day = q.i64(0);
        d.ownerId = q.i64(1);
        d.leads = q.i64(2);
        d.mql = q.i64(3);
        d.sql = q.i64(4);
        d.opportunities = q.i64(5);
        d.won = q.i64(6);
        d.meetings = q.i64(7);
        d.wallMs = q.durations(8);
        d.businessMs = q.durations(9);
        d.newMs = q.durations(10);
        visit(d);
    }
    return q.ok() ? Status() : Status::failure(q.error());
}

Result<QList<qint64>> MetricsRepository::leftInNew(const AccessScope &scope, const MetricsFilter &filter,
                                                   qint64 firstDay, qint64 lastDay) const
{
    using R = Result<QList<qint64>>;
    if (!aggregatesCover(filter))
        return R::failure(tr("The daily metrics are not kept per campaign."));
    const QString where =
        conditions(scope, filter, QStringLiteral("a.owner_id"), QStringLiteral("a.source"), QString());
    qint64 running = 0;
    {
        RawQuery q(m_db, QStringLiteral("SELECT coalesce(sum(a.net), 0) FROM metric_queue_days a "
                                        "WHERE a.day < :first") +
                             where);
        bindConditions(q, scope, filter);
        q.bind(":first", firstDay);
        if (q.next())
            running = q.i64(0);
        if (!q.ok())
            return R::failure(q.error());
    }
    QList<qint64> out(std::max<qint64>(0, lastDay - firstDay + 1), 0);
    RawQuery q(m_db, QStringLiteral("SELECT a.day, sum(a.net) FROM metric_queue_days a "
                                    "WHERE a.day >= :first AND a.day <= :last") +
                         where + QStringLiteral(" GROUP BY a.day"));
    bindConditions(q, scope, filter);
    q.bind(":first", firstDay);
    q.bind(":last", lastDay);
    while (q.next())
        out[q.i64(0) - firstDay] = q.i64(1);
    if (!q.ok())
        return R::failure(q.error());
    for (qint64 &day : out) {
        running += day;
        day = running;
    }
    return out;
}

Status MetricsRepository::forEachFact(const AccessScope &scope, const MetricsFilter &filter,
                                      const std::function<void(const LeadFact &)> &visit) const
{
    RawQuery q(m_db, QStringLiteral("SELECT f.lead_id, coalesce(f.owner_id, 0), f.created_at, f.first_touch_at, "
                                    "f.touch_business_ms, f.left_new_at, f.mql_at, f.sql_at, f.meeting_at, f.opp_at, "
                                    "f.won_at FROM metric_lead_facts f WHERE f.created_at >= :from AND "
                                    "f.created_at < :to") +
                         factConditions(scope, filter));
    bindConditions(q, scope, filter);
    while (q.next()) {
        visit({q.i64(0), q.i64(1), q.i64(2), q.i64(3), q.i64(4), q.i64(5), q.i64(6), q.i64(7), q.i64(8), q.i64(9),
               q.i64(10)});
    }
    return q.ok() ? Status() : Status::failure(q.error());
}

Status MetricsRepository::forEachInNew(const AccessScope &scope, const MetricsFilter &filter,
                                       const std::function<void(Instant, Instant)> &visit) const
{
    const QString where = factConditions(scope, filter);
    RawQuery q(m_db, QStringLiteral("SELECT f.created_at, f.left_new_at FROM metric_lead_facts f "
                                    "WHERE f.left_new_at = 0 AND f.created_at < :to") +
                         where +
                         QStringLiteral(" UNION ALL SELECT f.created_at, f.left_new_at FROM metric_lead_facts f "
                                        "WHERE f.left_new_at >= :from AND f.created_at < :to") +
                         where);
    bindConditions(q, scope, filter);
    while (q.next())
        visit(q.i64(0), q.i64(1));
    return q.ok() ? Status() : Status::failure(q.error());
}

Result<QList<MeetingCount>> MetricsRepository::meetings(const AccessScope &scope, const MetricsFilter &filter,
                                                        qint64 firstDay, qint64 endDay) const
{
    using R = Result<QList<MeetingCount>>;
    QList<MeetingCount> out;
    const QString where = conditions(scope, filter, QStringLiteral("m.owner_id"), QStringLiteral("f.source"),
                                     QStringLiteral("f.campaign"));
    // The meetings of the partial days at either end (or of the whole period) from the meetings.
    const auto fromMeetings = [&](Instant from, Instant to) -> Status {
        if (to <= from)
            return {};
        MetricsFilter part = filter;
        part.from = from;
        part.to = to;
        RawQuery q(m_db, meetingCountsSql(QStringLiteral("m.starts_at >= :from AND m.starts_at < :to") + where));
        bindConditions(q, scope, part);
        while (q.next())
            out.append({q.text(2), q.i64(1), q.i64(3), q.i64(4)});
        return q.ok() ? Status() : Status::failure(q.error());
    };
    if (endDay <= firstDay || !aggregatesCover(filter)) {
        const Status s = fromMeetings(filter.from, filter.to);
        return s ? R(out) : R::failure(s.error());
    }
    if (const Status s = fromMeetings(filter.from, firstDay * kDayMs); !s)
        return R::failure(s.error());
    RawQuery q(m_db,
               QStringLiteral("SELECT a.source, a.owner_id, sum(a.held), sum(a.no_show) "
                              "FROM metric_meeting_days a WHERE a.day >= :first AND a.day < :end") +
                   conditions(scope, filter, QStringLiteral("a.owner_id"), QStringLiteral("a.source"), QString()) +
                   QStringLiteral(" GROUP BY 1, 2"));
    bindConditions(q, scope, filter);
    q.bind(":first", firstDay);
    q.bind(":end", endDay);
    while (q.next())
        out.append({q.text(0), q.i64(1), q.i64(2), q.i64(3)});
    if (!q.ok())
        return R::failure(q.error());
    if (const Status s = fromMeetings(endDay * kDayMs, filter.to); !s)
        return R::failure(s.error());
    return out;
}

namespace {

/// `inHome`: values in the home currency where a rate is known, for sums; else each deal's own
/// value and currency, for a list of deals.
QString closedDealsSql(const AccessScope &scope, const MetricsFilter &filter, bool wonOnly, bool inHome)
{
    const QString d = QStringLiteral("d");
    return QStringLiteral("SELECT d.id, coalesce(d.lead_id, 0), coalesce(d.owner_id, 0), s.kind = 'won', "
                          "%1, %2, coalesce(f.source, ''), d.created_at, d.engaged_at, d.closed_at "
                          "FROM deals d JOIN stages s ON s.id = d.stage_id")
               .arg(inHome ? sql::homeCents(d) : QStringLiteral("d.value_cents"),
                    inHome ? sql::homeCurrency(d) : QStringLiteral("d.currency")) +
           factsJoin(QStringLiteral("d.lead_id"), true) +
           QStringLiteral("WHERE d.closed_at >= :from AND d.closed_at < :to AND d.closed_at > 0 AND ") +
           (wonOnly ? QStringLiteral("s.kind = 'won'") : QStringLiteral("s.kind IN ('won', 'lost')")) +
           conditions(scope, filter, QStringLiteral("d.owner_id"), QStringLiteral("f.source"),
                      QStringLiteral("f.campaign"));
}

ClosedDeal closedDealFrom(const RawQuery &q)
{
    return {q.i64(0), q.i64(1), q.i64(2), q.i64(3) != 0, q.i64(4), q.text(5), q.text(6), q.i64(7), q.i64(8), q.i64(9)};
}

} // namespace

Result<QList<ClosedDeal>> MetricsRepository::closedDeals(const AccessScope &scope, const MetricsFilter &filter) const
{
    RawQuery q(m_db, closedDealsSql(scope, filter, false, true));
    bindConditions(q, scope, filter);
    QList<ClosedDeal> out;
    while (q.next())
        out.append(closedDealFrom(q));
    if (!q.ok())
        return Result<QList<ClosedDeal>>::failure(q.error());
    return out;
}

Result<QList<ClosedDeal>> MetricsRepository::closedDealList(const AccessScope &scope, const MetricsFilter &filter,
                                                            bool wonOnly, int limit) const
{
    RawQuery q(m_db, closedDealsSql(scope, filter, wonOnly, false) +
                         QStringLiteral(" ORDER BY d.closed_at DESC LIMIT :limit"));
    bindConditions(q, scope, filter);
    q.bind(":limit", limit);
    QList<ClosedDeal> out;
    while (q.next())
        out.append(closedDealFrom(q));
    if (!q.ok())
        return Result<QList<ClosedDeal>>::failure(q.error());
    return out;
}

Result<QList<DealFigures>> MetricsRepository::openDeals(const AccessScope &scope, const MetricsFilter &filter) const
{
    const QString d = QStringLiteral("d"); // values in the home currency where a rate is known
    RawQuery q(m_db, QStringLiteral("SELECT d.id, d.stage_id, coalesce(d.owner_id, 0), %1, "
                                    "d.expected_close_at, d.stage_entered_at, %2 FROM deals d")
                             .arg(sql::homeCents(d), sql::homeCurrency(d)) +
                         factsJoin(QStringLiteral("d.lead_id"), filtersByLead(filter)) +
                         QStringLiteral("WHERE d.stage_id IN (SELECT id FROM stages WHERE kind = 'open')") +
                         conditions(scope, filter, QStringLiteral("d.owner_id"), QStringLiteral("f.source"),
                                    QStringLiteral("f.campaign")));
    bindConditions(q, scope, filter);
    QList<DealFigures> out;
    while (q.next())
        out.append({q.i64(0), q.i64(1), q.i64(2), q.i64(3), q.i64(4), q.i64(5), q.text(6)});
    if (!q.ok())
        return Result<QList<DealFigures>>::failure(q.error());
    return out;
}

Result<QList<ForecastDeal>> MetricsRepository::forecastDeals(const AccessScope &scope,
                                                             const MetricsFilter &filter) const
{
    // The stage a deal was in when its expected close month began: its last move before then.
    RawQuery q(m_db,
               QStringLiteral("SELECT d.id, ") + sql::homeCents(QStringLiteral("d")) +
                   QStringLiteral(", d.expected_close_at, coalesce(("
                                  "SELECT s.probability FROM deal_stage_history h JOIN stages s ON "
                                  "s.id = h.to_stage_id WHERE h.deal_id = d.id AND h.at < "
                                  "CAST(strftime('%s', d.expected_close_at / 1000, 'unixepoch', 'start of month') "
                                  "AS INTEGER) * 1000 ORDER BY h.at DESC, h.id DESC LIMIT 1), -1) "
                                  "FROM deals d") +
                   factsJoin(QStringLiteral("d.lead_id"), filtersByLead(filter)) +
                   QStringLiteral("WHERE d.expected_close_at >= :from AND d.expected_close_at < :to") +
                   conditions(scope, filter, QStringLiteral("d.owner_id"), QStringLiteral("f.source"),
                              QStringLiteral("f.campaign")));
    bindConditions(q, scope, filter);
    QList<ForecastDeal> out;
    while (q.next())
        out.append({q.i64(0), q.i64(1), q.i64(2), static_cast<int>(q.i64(3))});
    if (!q.ok())
        return Result<QList<ForecastDeal>>::failure(q.error());
    return out;
}

Result<QList<DailyEventCount>> MetricsRepository::eventsByDay(const AccessScope &scope, const MetricsFilter &filter,
                                                              const QStringList &types) const
{
    QStringList names;
    for (int i = 0; i < types.size(); ++i)
        names.append(QStringLiteral(":t%1").arg(i));
    // The user an event is about: payload "owner" when it names one (an SLA alert goes to the
    // manager about the owner), else the event's user.
    const QString user = QStringLiteral("coalesce(json_extract(e.payload, '$.owner'), e.user_id)");
    RawQuery q(m_db, QStringLiteral("SELECT e.type, coalesce(%2, 0), e.at / 86400000, count(*) FROM events e %3"
                                    "WHERE e.type IN (%1) AND e.at >= :from AND e.at < :to")
                             .arg(names.join(QStringLiteral(", ")), user,
                                  factsJoin(QStringLiteral("e.lead_id"), filtersByLead(filter))) +
                         conditions(scope, filter, user, QStringLiteral("f.source"), QStringLiteral("f.campaign")) +
                         QStringLiteral(" GROUP BY 1, 2, 3"));
    for (int i = 0; i < types.size(); ++i)
        q.bind(names.at(i).toUtf8().constData(), types.at(i));
    bindConditions(q, scope, filter);
    QList<DailyEventCount> out;
    while (q.next())
        out.append({q.text(0), q.i64(1), q.i64(2), q.i64(3)});
    if (!q.ok())
        return Result<QList<DailyEventCount>>::failure(q.error());
    return out;
}

Result<QList<MarketingTouch>> MetricsRepository::marketingTouches(const QList<Id> &leadIds, bool fromEventLog) const
{
    QList<MarketingTouch> out;
    constexpr int kChunk = 500;
    for (qsizetype start = 0; start < leadIds.size(); start += kChunk) {
        QStringList ids;
        for (qsizetype i = start; i < std::min<qsizetype>(start + kChunk, leadIds.size()); ++i)
            ids.append(QString::number(leadIds.at(i)));
        const QString list = ids.join(QLatin1Char(','));
        RawQuery q(m_db,
                   !fromEventLog
                       ? QStringLiteral("SELECT t.lead_id, t.at, t.channel FROM metric_touches t "
                                        "WHERE t.lead_id IN (%1) ORDER BY t.lead_id, t.at, t.event_id")
                             .arg(list)
                       : QStringLiteral("SELECT e.lead_id, e.at, CASE e.type WHEN 'page_view' THEN 'website' "
                                        "WHEN 'email_click' THEN 'email' ELSE coalesce(nullif(json_extract(e.payload, "
                                        "'$.source'), ''), l.source, '') END FROM events e "
                                        "LEFT JOIN leads l ON l.id = e.lead_id WHERE e.lead_id IN (%1) AND e.type IN "
                                        "('lead_created', 'form_submit', 'page_view', 'email_click') "
                                        "ORDER BY e.lead_id, e.at, e.id")
                             .arg(list));
        while (q.next())
            out.append({q.i64(0), q.i64(1), q.text(2)});
        if (!q.ok())
            return Result<QList<MarketingTouch>>::failure(q.error());
    }
    return out;
}

Result<qint64> MetricsRepository::absorbedDuplicates(const AccessScope &scope, const MetricsFilter &filter) const
{
    RawQuery q(m_db, QStringLiteral("SELECT count(*) FROM lead_merges m WHERE m.undone_at = 0 AND "
                                    "json_extract(m.absorbed_row, '$.created_at') >= :from AND "
                                    "json_extract(m.absorbed_row, '$.created_at') < :to") +
                         conditions(scope, filter, QStringLiteral("json_extract(m.absorbed_row, '$.owner_id')"),
                                    QStringLiteral("json_extract(m.absorbed_row, '$.source')"),
                                    QStringLiteral("json_extract(m.absorbed_row, '$.utm_campaign')")));
    bindConditions(q, scope, filter);
    const qint64 n = q.next() ? q.i64(0) : 0;
    if (!q.ok())
        return Result<qint64>::failure(q.error());
    return n;
}

Result<qint64> MetricsRepository::intakeMerges(const AccessScope &scope, const MetricsFilter &filter) const
{
    RawQuery q(m_db,
               QStringLiteral("SELECT count(*) FROM events e CROSS JOIN metric_lead_facts f ON f.lead_id = e.lead_id "
                              "WHERE e.type = 'lead_merged' AND e.at >= :from AND e.at < :to") +
                   factConditions(scope, filter));
    bindConditions(q, scope, filter);
    const qint64 n = q.next() ? q.i64(0) : 0;
    if (!q.ok())
        return Result<qint64>::failure(q.error());
    return n;
}

Result<QList<MetricLeadRow>> MetricsRepository::leads(const AccessScope &scope, const MetricsFilter &filter,
                                                      Cohort cohort, int limit) const
{
    QString condition;
    switch (cohort) {
    case Cohort::All:
        break;
    case Cohort::Touched:
        condition = QStringLiteral(" AND f.first_touch_at > 0");
        break;
    case Cohort::Untouched:
        condition = QStringLiteral(" AND f.first_touch_at = 0");
        break;
    case Cohort::TouchedLate:
        condition = QStringLiteral(" AND (f.first_touch_at = 0 OR f.first_touch_at - f.created_at >= 300000)");
        break;
    case Cohort::Mql:
        condition = QStringLiteral(" AND f.mql_at > 0");
        break;
    case Cohort::Sql:
        condition = QStringLiteral(" AND f.sql_at > 0");
        break;
    case Cohort::Opportunity:
        condition = QStringLiteral(" AND f.opp_at > 0");
        break;
    case Cohort::Won:
        condition = QStringLiteral(" AND f.won_at > 0");
        break;
    case Cohort::Meeting:
        condition = QStringLiteral(" AND f.meeting_at > 0");
        break;
    case Cohort::InNew:
        condition = QStringLiteral(" AND f.left_new_at = 0");
        break;
    }
    RawQuery q(m_db, QStringLiteral("SELECT l.id, trim(l.first_name || ' ' || l.last_name), l.email, "
                                    "coalesce(u.name, ''), l.source, f.created_at, f.first_touch_at "
                                    "FROM metric_lead_facts f JOIN leads l ON l.id = f.lead_id "
                                    "LEFT JOIN users u ON u.id = f.owner_id "
                                    "WHERE f.created_at >= :from AND f.created_at < :to") +
                         factConditions(scope, filter) + condition +
                         QStringLiteral(" ORDER BY f.created_at DESC, f.lead_id DESC LIMIT :limit"));
    bindConditions(q, scope, filter);
    q.bind(":limit", limit);
    QList<MetricLeadRow> out;
    while (q.next())
        out.append({q.i64(0), q.text(1), q.text(2), q.text(3), q.text(4), q.i64(5), q.i64(6)});
    if (!q.ok())
        return Result<QList<MetricLeadRow>>::failure(q.error());
    return out;
}

} // namespace lr
