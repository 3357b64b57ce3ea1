#include "core/scoring/ScoringService.h"

#include "core/domain/Event.h"
#include "core/domain/User.h"
#include "core/store/Store.h"
#include "core/timers/TimerService.h"

namespace lr {

ScoringService::ScoringService(Store &store, const Clock &clock, EmailValidator validator)
    : m_store(store), m_clock(clock), m_validator(validator)
{}

void ScoringService::keepForBatch(const EmailValidator *validator)
{
    m_batchValidator = validator;
    m_versionKept = false; // the version is read once more at the start of each batch
}

Result<std::shared_ptr<const ScoringRuleSet>> ScoringService::ruleSet()
{
    using R = Result<std::shared_ptr<const ScoringRuleSet>>;
    if (m_versionKept && m_cached)
        return m_cached;
    int version = m_store.rules.activeVersion(ruleKind());
    if (version == 0) {
        const auto saved = m_store.rules.save(ruleKind(), ScoringConfig::defaults().toJson(), 0, m_clock.now());
        if (!saved)
            return R::failure(saved.error());
        version = saved->version;
    }
    m_versionKept = m_batchValidator != nullptr;
    if (m_cached && m_cached->version() == version)
        return m_cached;
    auto compiled = rulesOfVersion(version);
    if (compiled)
        m_cached = compiled.value();
    return compiled;
}

Result<std::shared_ptr<const ScoringRuleSet>> ScoringService::rulesOfVersion(int version) const
{
    using R = Result<std::shared_ptr<const ScoringRuleSet>>;
    if (m_cached && m_cached->version() == version)
        return m_cached;
    const auto document = m_store.rules.version(ruleKind(), version);
    if (!document)
        return R::failure(tr("Scoring rules version %1 could not be read.").arg(version));
    const auto config = ScoringConfig::fromJson(document->document);
    if (!config)
        return R::failure(tr("Scoring rules version %1 are damaged: %2").arg(version).arg(config.error()));
    auto compiled = ScoringRuleSet::compile(config.value(), version);
    if (!compiled)
        return R::failure(compiled.error());
    return std::make_shared<const ScoringRuleSet>(std::move(compiled).value());
}

std::optional<LeadFacts> ScoringService::facts(Id leadId, const ScoringRuleSet &rules) const
{
    std::optional<Lead> lead = m_store.leads.find(AccessScope::system(), leadId);
    if (!lead)
        return std::nullopt;
    return factsOf(std::move(*lead), rules);
}

LeadFacts ScoringService::factsOf(Lead lead, const ScoringRuleSet &rules) const
{
    if (lead.formType.isEmpty())
        lead.formType = rules.formTypeFor(lead.formId);
    const std::optional<Company> company =
        lead.companyId ? m_store.companies.find(lead.companyId) : std::optional<Company>();
    const bool freeMail = m_batchValidator
                              ? m_batchValidator->isFreeMailAddress(lead.email)
                              : m_validator.withAdminLists(m_store.hygieneLists).isFreeMailAddress(lead.email);
    LeadFacts f = LeadFacts::fromLead(lead, company ? &*company : nullptr, freeMail, m_clock.now());
    const Bant bant = m_store.scores.bant(lead.id);
    f.setText(LeadField::Budget, bant.budget);
    f.setText(LeadField::Authority, bant.authority);
    f.setText(LeadField::Need, bant.need);
    f.setText(LeadField::Timeline, bant.timeline);
    f.setEvents(m_store.scores.behaviourEvents(lead.id, rules.config().formTypes));
    return f;
}

Result<ScoreResult> ScoringService::qualify(Id leadId, const QString &reason)
{
    return scoreStored(leadId, reason, true);
}

Result<ScoreResult> ScoringService::score(Id leadId, const QString &reason)
{
    return scoreStored(leadId, reason, false);
}

Result<ScoreResult> ScoringService::scoreStored(Id leadId, const QString &reason, bool attachEarlier)
{
    using R = Result<ScoreResult>;
    const auto rules = ruleSet();
    if (!rules)
        return R::failure(rules.error());
    std::optional<Lead> lead = m_store.leads.find(AccessScope::system(), leadId);
    if (!lead)
        return R::failure(tr("Lead %1 does not exist.").arg(leadId));
    if (attachEarlier) {
        if (const auto attached = m_store.scores.attachUnattached(leadId, EmailValidator::dedupKey(lead->email));
            !attached)
            return R::failure(attached.error());
    }
    const LeadFacts f = factsOf(std::move(*lead), **rules);
    const ScoreResult result = (*rules)->score(f);
    // A lead created in this transaction has no earlier score to compare with: write it.
    const bool created = reason == events::LeadCreated;
    if (const Status s = created ? m_store.scores.writeScore(leadId, result, m_clock.now(), reason, QString())
                                 : m_store.scores.record(leadId, result, m_clock.now(), reason);
        !s)
        return R::failure(s.error());
    // A lead created in this transaction has no silence timer to cancel yet.
    const bool cancelEarlier = reason != QLatin1String("silence") && !created;
    if (const Status s = armSilenceTimer(leadId, f, **rules, cancelEarlier); !s)
        return R::failure(s.error());
    return result;
}

Status ScoringService::armSilenceTimer(Id leadId, const LeadFacts &facts, const ScoringRuleSet &rules,
                                       bool cancelEarlier)
{
    // The earliest future moment a days_silent threshold of an enabled rule is crossed.
    std::optional<Instant> due;
    for (const ScoringRule &rule : rules.config().rules) {
        if (!rule.enabled)
            continue;
        for (const Condition &c : rule.when.conditions) {
            if (c.field != LeadField::DaysSilent || c.op != ConditionOp::Range || !c.min)
                continue;
            const Instant at = facts.lastActivityAt() + static_cast<qint64>(*c.min) * kDayMs;
            if (at > facts.now && (!due || at < *due))
                due = at;
        }
    }
    TimerService timers(m_store, m_clock);
    if (!cancelEarlier) { // inside a firing silence timer, whose own row must stay pending; or a new lead
        if (!due)
            return {};
        const auto scheduled = timers.schedule(silenceTimerKind(), {leadId, 0}, *due);
        return scheduled ? Status() : Status::failure(scheduled.error());
    }
    if (!due) {
        const auto cancelled = timers.cancelForLead(leadId, silenceTimerKind());
        return cancelled ? Status() : Status::failure(cancelled.error());
    }
    const auto scheduled = timers.reschedule(silenceTimerKind(), leadId, *due);
    return scheduled ? Status() : Status::failure(scheduled.error());
}

void ScoringService::registerTimers(TimerService &timers, Store &store, const Clock &clock)
{
    timers.registerHandler(silenceTimerKind(), [&store, &clock](const Timer &timer, Instant) {
        if (!store.leads.find(AccessScope::system(), timer.leadId))
            return Status(); // erased or merged away meanwhile
        const auto scored = ScoringService(store, clock).score(timer.leadId, QStringLiteral("silence"));
        return scored ? Status() : Status::failure(scored.error());
    });
}

Result<ScoreResult> ScoringService::preview(Id leadId, const ScoringRuleSet &rules) const
{
    const std::optional<LeadFacts> f = facts(leadId, rules);
    if (!f)
        return Result<ScoreResult>::failure(tr("Lead %1 does not exist.").arg(leadId));
    return rules.score(*f);
}

qint64 ScoreImpact::before(ScoreClass cls) const
{
    qint64 n = 0;
    for (const qint64 count : moves[static_cast<std::size_t>(cls)])
        n += count;
    return n;
}

qint64 ScoreImpact::after(ScoreClass cls) const
{
    qint64 n = 0;
    for (const auto &row : moves)
        n += row[static_cast<std::size_t>(cls)];
    return n;
}

qint64 ScoreImpact::changed() const
{
    qint64 n = 0;
    for (std::size_t from = 0; from < moves.size(); ++from) {
        for (std::size_t to = 0; to < moves[from].size(); ++to)
            n += from == to ? 0 : moves[from][to];
    }
    return n;
}

Result<ScoreImpact> ScoringService::impactPreview(const ScoringRuleSet &rules, int days) const
{
    if (days < 1)
        return Result<ScoreImpact>::failure(tr("The impact preview needs at least one day."));
    ScoreImpact impact;
    impact.days = days;
    const Instant since = m_clock.now() - static_cast<qint64>(days) * kDayMs;
    for (const auto &[id, stored] : m_store.scores.classesCreatedSince(since)) {
        const std::optional<LeadFacts> f = facts(id, rules);
        if (!f)
            continue;
        const ScoreClass from = scoreClassFromKey(stored).value_or(ScoreClass::Disqualified);
        const ScoreClass to = rules.score(*f).scoreClass;
        ++impact.moves[static_cast<std::size_t>(from)][static_cast<std::size_t>(to)];
        ++impact.leads;
    }
    return impact;
}

Result<ScoreExplanation> ScoringService::explain(const AccessScope &scope, Id leadId)
{
    using R = Result<ScoreExplanation>;
    ScoreExplanation out;
    std::optional<Lead> lead = m_store.leads.find(scope, leadId);
    if (!lead)
        return R::failure(tr("There is no lead %1 that you may see.").arg(leadId));
    out.lead = std::move(*lead);
    out.bant = m_store.scores.bant(leadId);
    out.latest = m_store.scores.latest(leadId);
    out.history = m_store.scores.history(leadId);
    out.activeVersion = m_store.rules.activeVersion(ruleKind());
    // The store keeps explanations in no language: each gets its words from the rules of the
    // version that scored it, in the language of whoever asks.
    QHash<int, std::shared_ptr<const ScoringRuleSet>> sets;
    const auto render = [&](ScoreRecord &record) {
        const int version = record.result.rulesVersion;
        auto set = sets.constFind(version);
        if (set == sets.cend()) {
            auto compiled = rulesOfVersion(version);
            set = sets.insert(version, compiled ? std::move(compiled).value() : nullptr);
        }
        if (*set) {
            for (ScoreLine &line : record.result.lines)
                (*set)->render(line);
        }
    };
    if (out.latest)
        render(*out.latest);
    for (ScoreRecord &record : out.history)
        render(record);
    return out;
}

Result<ScoreExplanation> ScoringService::explain(const AccessScope &scope, const QString &idOrEmail)
{
    bool isNumber = false;
    const Id id = idOrEmail.toLongLong(&isNumber);
    if (isNumber)
        return explain(scope, id);
    const Id byEmail = m_store.leads.findIdByEmailKey(EmailValidator::dedupKey(idOrEmail.trimmed()));
    if (!byEmail)
        return Result<ScoreExplanation>::failure(tr("There is no lead with the address %1.").arg(idOrEmail));
    const auto out = explain(scope, byEmail);
    if (!out)
        return Result<ScoreExplanation>::failure(
            tr("There is no lead with the address %1 that you may see.").arg(idOrEmail));
    return out;
}

Result<ScoreResult> ScoringService::setBant(const User &user, Id leadId, const Bant &bant)
{
    using R = Result<ScoreResult>;
    if (!user.active || !user.id)
        return R::failure(tr("%1 is not an active user.").arg(user.name));
    if (!m_store.leads.find(AccessScope::forUser(user), leadId))
        return R::failure(tr("There is no lead %1 that you may edit.").arg(leadId));
    Transaction tx(m_store.database());
    if (!tx.isActive())
        return R::failure(tx.error());
    const Bant before = m_store.scores.bant(leadId);
    if (const Status s = m_store.scores.setBant(leadId, bant, m_clock.now()); !s)
        return R::failure(s.error());
    const std::pair<const char *, std::pair<QString, QString>> fields[] = {
        {"budget", {before.budget, bant.budget}},
        {"authority", {before.authority, bant.authority}},
        {"need", {before.need, bant.need}},
        {"timeline", {before.timeline, bant.timeline}}};
    for (const auto &[name, values] : fields) {
        if (values.first == values.second.trimmed())
            continue;
        const AuditEntry a{0,
                           m_clock.now(),
                           user.id,
                           QStringLiteral("lead"),
                           leadId,
                           QStringLiteral("update"),
                           QString::fromLatin1(name),
                           values.first,
                           values.second.trimmed()};
        if (const auto r = m_store.audit.append(a); !r)
            return R::failure(r.error());
    }
    const auto scored = score(leadId, QStringLiteral("bant"));
    if (!scored)
        return scored;
    if (const Status s = tx.commit(); !s)
        return R::failure(s.error());
    return scored;
}

ScoringConfig ScoringService::config()
{
    const auto rules = ruleSet();
    return rules ? (*rules)->config() : ScoringConfig::defaults();
}

Result<RuleDocument> ScoringService::saveRules(const User &user, const ScoringConfig &config)
{
    using R = Result<RuleDocument>;
    if (!user.active || user.id == 0 || user.role != Role::Admin)
        return R::failure(tr("Only administrators may change the scoring rules."));
    if (const QString problem = config.check(); !problem.isEmpty())
        return R::failure(problem);
    if (const auto compiled = ScoringRuleSet::compile(config, 0); !compiled)
        return R::failure(compiled.error());
    Transaction tx(m_store.database());
    if (!tx.isActive())
        return R::failure(tx.error());
    const auto saved = m_store.rules.save(ruleKind(), config.toJson(), user.id, m_clock.now());
    if (!saved)
        return saved;
    Event e;
    e.at = m_clock.now();
    e.type = QStringLiteral("scoring_rules_changed");
    e.userId = user.id;
    e.payload = {{QStringLiteral("version"), saved->version}};
    if (const auto r = m_store.events.append(e); !r)
        return R::failure(r.error());
    if (const Status s = tx.commit(); !s)
        return R::failure(s.error());
    return saved;
}

} // namespace lr
