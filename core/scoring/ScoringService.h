#pragma once

#include "core/common/Clock.h"
#include "core/domain/Lead.h"
#include "core/hygiene/EmailValidator.h"
#include "core/scoring/ScoringRuleSet.h"
#include "core/security/AccessScope.h"
#include "core/store/RuleRepository.h"
#include "core/store/ScoreRepository.h"

#include <QCoreApplication>

#include <array>
#include <memory>
#include <optional>

namespace lr {

class Store;
class TimerService;
struct User;

/// Why a lead has the score it has, for one user to read (see ScoringService::explain).
struct ScoreExplanation
{
    Lead lead;
    Bant bant;
    std::optional<ScoreRecord> latest; ///< Empty until the lead was first scored.
    QList<ScoreRecord> history;        ///< Oldest first.
    int activeVersion = 0;             ///< The rule-set version in force now.
};

/// How candidate scoring rules would move recent leads between classes (the rule editor's impact
/// preview): moves[from][to] counts the leads now in class `from` (as stored) that the candidate
/// rules put in class `to`, indexed by int(ScoreClass).
struct ScoreImpact
{
    int days = 90;
    qint64 leads = 0;
    std::array<std::array<qint64, 4>, 4> moves{};

    qint64 moved(ScoreClass from, ScoreClass to) const
    {
        return moves[static_cast<std::size_t>(from)][static_cast<std::size_t>(to)];
    }
    qint64 before(ScoreClass cls) const;
    qint64 after(ScoreClass cls) const;
    /// Leads whose class would change.
    qint64 changed() const;
};

/// Qualify (requirements §3): scores stored leads on fit, intent and timing with the active scoring
/// rules, records the score, its breakdown and history, and lets people see why.
///
/// The rules are the active "scoring" document of the store, compiled once per version and cached
/// (each use asks the store only for the active version number); the shipped defaults
/// (ScoringConfig::defaults()) become version 1 the first time scoring runs on a store.
class ScoringService final
{
    Q_DECLARE_TR_FUNCTIONS(lr::ScoringService)

public:
    /// The `rules.kind` of scoring documents.
    static QString ruleKind() { return QStringLiteral("scoring"); }

    ScoringService(Store &store, const Clock &clock, EmailValidator validator = EmailValidator());

    /// The active rule set, compiled.
    Result<std::shared_ptr<const ScoringRuleSet>> ruleSet();

    /// Inside one transaction (an import batch) nothing another connection saves is seen: the rule
    /// version is read once, and free mail is told by `validator`, whose admin lists the batch froze.
    /// nullptr goes back to asking the store each time.
    void keepForBatch(const EmailValidator *validator);

    /// What rules see for a stored lead: its fields, company, BANT and behaviour events, with form
    /// types resolved through `rules`. Empty when the lead does not exist.
    std::optional<LeadFacts> facts(Id leadId, const ScoringRuleSet &rules) const;

    /// Intake's step for a lead it just created or merged: attaches the behaviour events kept for the
    /// person's address before they were a lead, then scores. Runs inside the caller's transaction.
    Result<ScoreResult> qualify(Id leadId, const QString &reason);
    /// Scores a stored lead with the active rules and records it (engine use: no scope).
    Result<ScoreResult> score(Id leadId, const QString &reason);
    /// Scores a stored lead with `rules` (a draft, an older version) and stores nothing.
    Result<ScoreResult> preview(Id leadId, const ScoringRuleSet &rules) const;

    /// Re-evaluates the leads created in the last `days` days with `rules` in memory (nothing is
    /// stored) and counts how their classes would move.
    Result<ScoreImpact> impactPreview(const ScoringRuleSet &rules, int days = 90) const;

    /// The lead's score, breakdown and history, if `scope` may see the lead.
    Result<ScoreExplanation> explain(const AccessScope &scope, Id leadId);
    /// Same, naming the lead by id or email ("42", "anna@firma.de").
    Result<ScoreExplanation> explain(const AccessScope &scope, const QString &idOrEmail);

    /// Sets the lead's BANT fields (anyone who may see the lead) and re-scores it.
    Result<ScoreResult> setBant(const User &user, Id leadId, const Bant &bant);

    /// The timer kind that re-scores a lead when it has been silent long enough for a days_silent
    /// rule ("Ghosted 14 days") to fire.
    static QString silenceTimerKind() { return QStringLiteral("scoring.silence"); }
    /// Registers the handler of silenceTimerKind() (the composition root calls this once).
    static void registerTimers(TimerService &timers, Store &store, const Clock &clock);

    /// The active configuration (the defaults before anything was saved).
    ScoringConfig config();
    /// Saves `config` as the next version (administrators only; refused with the reason when it
    /// does not check) and logs a scoring_rules_changed event. Re-scoring is the caller's next step
    /// (see RescoreJob), so it can run in the background.
    Result<RuleDocument> saveRules(const User &user, const ScoringConfig &config);

private:
    /// The compiled rules of `version`.
    Result<std::shared_ptr<const ScoringRuleSet>> rulesOfVersion(int version) const;
    /// facts() of a lead already read.
    LeadFacts factsOf(Lead lead, const ScoringRuleSet &rules) const;
    /// score() and qualify(): `attachEarlier` attaches the person's earlier events first.
    Result<ScoreResult> scoreStored(Id leadId, const QString &reason, bool attachEarlier);
    /// Schedules a re-score for when the lead's silence reaches the next days_silent threshold.
    Status armSilenceTimer(Id leadId, const LeadFacts &facts, const ScoringRuleSet &rules, bool cancelEarlier);

    Store &m_store;
    const Clock &m_clock;
    EmailValidator m_validator;
    std::shared_ptr<const ScoringRuleSet> m_cached;
    const EmailValidator *m_batchValidator = nullptr; ///< Set while a batch keeps what it read.
    bool m_versionKept = false;                       ///< The batch read the active version already.
};

} // namespace lr
