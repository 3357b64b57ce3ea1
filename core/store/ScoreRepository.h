#pragma once

#include "core/common/Result.h"
#include "core/domain/Company.h"
#include "core/domain/Ids.h"
#include "core/domain/Lead.h"
#include "core/rules/LeadFacts.h"
#include "core/scoring/Bant.h"
#include "core/scoring/ScoreResult.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace lr {

class Database;

/// One entry of a lead's score history.
struct ScoreRecord
{
    Id leadId = 0;
    Instant at = 0;
    QString reason; ///< Why it was scored: created, event, bant, rules_changed, timer, …
    ScoreResult result;
};

/// Everything re-scoring reads for one lead (see ScoreRepository::scoringBatch).
struct ScoringRow
{
    Lead lead; ///< The fields rules read (not the owner's name).
    std::optional<Company> company;
    Bant bant;
    QList<FactEvent> events; ///< Behaviour events, oldest first, form types resolved.
    bool scored = false;     ///< The lead has a score history entry; `last` and `lastBreakdown` hold it.
    ScoreResult last;        ///< Its newest entry's outcome (without lines).
    QString lastBreakdown;   ///< Its newest entry's breakdown, as stored (compact JSON).
    bool rulesKnown = false; ///< The lead's row names the rules its newest score fired (score_rules).
};

/// Which leads a re-score reads: every lead, or only those a change of the rules can affect —
/// whose newest score fired one of `ruleIds` or lies in one of `scoreBands` — plus every lead
/// whose fired rules are not known (never scored, or scored before migration 023).
struct ScoringScope
{
    bool everyLead = true;
    QStringList ruleIds;
    QList<std::pair<int, int>> scoreBands; ///< [from, to) of the stored score.
};

/// Scores on leads and their history, the leads' BANT fields, and the behaviour events scoring
/// reads. Engine use: not scoped — ScoringService checks the asking user's scope first.
class ScoreRepository final
{
    Q_DECLARE_TR_FUNCTIONS(lr::ScoreRepository)

public:
    explicit ScoreRepository(Database &db) : m_db(db) {}

    /// Writes the score onto the lead and adds a history entry when it differs from the last one
    /// (score, axes, class, next step or breakdown). `changed` tells whether it did.
    Status record(Id leadId, const ScoreResult &result, Instant at, const QString &reason, bool *changed = nullptr);
    /// Writes a score that differs from the lead's last one (the caller compared): onto the lead
    /// and as a history entry. `breakdown` is breakdownOf(result) when the caller has it already.
    Status writeScore(Id leadId, const ScoreResult &result, Instant at, const QString &reason,
                      const QString &breakdown = {});
    /// Writes the score onto the lead alone, without a history entry: for a lead whose history
    /// already says it but whose row does not (fired rules not known, a row changed by hand).
    Status writeLeadScore(Id leadId, const ScoreResult &result);
    /// The breakdown of `result` as stored: its lines as compact JSON.
    static QString breakdownOf(const ScoreResult &result);
    /// True when `result`, whose stored breakdown is `breakdown`, is what the lead's newest history
    /// entry already says (what record() compares: score, axes, class, next step and breakdown).
    static bool sameAsLast(const ScoringRow &row, const ScoreResult &result, const QString &breakdown);
    /// The leads with ids after `afterId`, ascending, at most `limit`, with their company, BANT,
    /// behaviour events and newest score: three queries for the whole batch, for re-scoring every
    /// lead (RescoreJob) without a query per lead.
    /// With a narrow `scope`, only the leads in it (see ScoringScope).
    Result<QList<ScoringRow>> scoringBatch(Id afterId, int limit, const QHash<QString, QString> &formTypes = {},
                                           const ScoringScope &scope = {}) const;
    /// Leads with ids in (afterId, upToId]: how far a scoped re-score got through the store.
    qint64 leadsBetween(Id afterId, Id upToId) const;
    /// The oldest rules version in the score history, 0 when nothing was ever scored.
    int oldestRulesVersion() const;
    /// The newest history entry of a lead.
    std::optional<ScoreRecord> latest(Id leadId) const;
    /// The last `limit` history entries, oldest first.
    QList<ScoreRecord> history(Id leadId, int limit = 50) const;

    Bant bant(Id leadId) const;
    Status setBant(Id leadId, const Bant &bant, Instant at);

    /// The lead's behaviour events (page_view, form_submit, …) as rules see them, oldest first.
    /// `formTypes` maps a form ID to its type for form_submit events that carry none.
    QList<FactEvent> behaviourEvents(Id leadId, const QHash<QString, QString> &formTypes = {}) const;
    /// Gives the behaviour events kept for `emailKey` (their person was not a lead yet) to the lead.
    Result<int> attachUnattached(Id leadId, const QString &emailKey);

    /// Ids of leads after `afterId`, ascending, at most `limit` (for re-scoring in batches).
    QList<Id> leadIdsAfter(Id afterId, int limit) const;
    qint64 leadCount() const;
    /// Id and stored class key of every lead created at or after `since`, by id.
    QList<QPair<Id, QString>> classesCreatedSince(Instant since) const;
    /// How many leads created at or after `since` are in each class (key → count).
    QHash<QString, qint64> classCounts(Instant since) const;

private:
    Database &m_db;
};

} // namespace lr
