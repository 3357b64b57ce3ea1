#include "core/scoring/ScoringRuleSet.h"

#include <algorithm>

namespace lr {
namespace {

const char *const kGuardName = QT_TRANSLATE_NOOP("lr::ScoringRuleSet", "Email opens alone never make a lead SQL");
const char *const kGuardFact = QT_TRANSLATE_NOOP("lr::ScoringRuleSet", "%1 points from email opens");

} // namespace

Result<ScoringRuleSet> ScoringRuleSet::compile(const ScoringConfig &config, int version)
{
    using R = Result<ScoringRuleSet>;
    if (const QString problem = config.check(); !problem.isEmpty())
        return R::failure(problem);
    ScoringRuleSet set;
    set.m_config = config;
    set.m_version = version;
    set.m_rules.reserve(static_cast<std::size_t>(config.rules.size()));
    for (qsizetype i = 0; i < set.m_config.rules.size(); ++i) {
        const ScoringRule &rule = set.m_config.rules.at(i);
        if (!rule.enabled)
            continue;
        auto compiled = CompiledConditions::compile(rule.when);
        if (!compiled)
            return R::failure(tr("Rule \"%1\": %2").arg(rule.name, compiled.error()));
        Compiled c{i, std::move(compiled).value(), false};
        c.opensOnly = c.conditions.onlyCountsEvents(QStringLiteral("email_open"));
        set.m_rules.push_back(std::move(c));
    }
    return set;
}

QStringList ScoringRuleSet::opensOnlyRuleIds() const
{
    QStringList ids;
    for (const Compiled &c : m_rules) {
        if (c.opensOnly)
            ids.append(m_config.rules.at(c.rule).id);
    }
    return ids;
}

ScoreClass ScoringRuleSet::classify(int score) const
{
    const ScoreThresholds &t = m_config.thresholds;
    if (score >= t.sql)
        return ScoreClass::Sql;
    if (score >= t.mql)
        return ScoreClass::Mql;
    if (score >= t.nurture)
        return ScoreClass::Nurture;
    return ScoreClass::Disqualified;
}

void ScoringRuleSet::render(ScoreLine &line) const
{
    if (line.parts.isEmpty())
        return;
    if (line.ruleId == guardRuleId()) {
        line.ruleName = tr(kGuardName);
        line.fact = tr(kGuardFact).arg(line.parts.front().value);
        return;
    }
    for (const Compiled &c : m_rules) {
        if (m_config.rules.at(c.rule).id == line.ruleId) {
            line.fact = c.conditions.words(line.parts);
            return;
        }
    }
}

NextStep ScoringRuleSet::nextStep(const ScoreResult &r, const LeadFacts &facts) const
{
    const ActionMatrix &m = m_config.matrix;
    const bool later = r.timing < 0 || m.laterTimelines.contains(facts.text(LeadField::Timeline), Qt::CaseInsensitive);
    if (later)
        return NextStep::Drip;
    const bool highFit = r.fit >= m.highFit;
    const bool highIntent = r.intent >= m.highIntent;
    if (highFit && highIntent)
        return NextStep::HandOffNow;
    if (highFit)
        return NextStep::NurtureContent;
    if (highIntent)
        return NextStep::QualifyFit;
    return r.scoreClass == ScoreClass::Disqualified ? NextStep::Recycle : NextStep::Drip;
}

ScoreResult ScoringRuleSet::score(const LeadFacts &facts) const
{
    ScoreResult r;
    r.rulesVersion = m_version;
    r.lines.reserve(static_cast<qsizetype>(m_rules.size()) + 1);
    int total = 0;
    int fromOpens = 0;
    Instant opensAt = 0; // the newest open behind those points: when the guard's fact arose
    Trigger trigger;
    for (const Compiled &c : m_rules) {
        if (!c.conditions.matches(facts, &trigger))
            continue;
        const ScoringRule &rule = m_config.rules.at(c.rule);
        r.lines.append({rule.id, rule.name, rule.axis, rule.points, trigger.fact, trigger.at, trigger.parts});
        total += rule.points;
        if (c.opensOnly && rule.points > 0) {
            fromOpens += rule.points;
            opensAt = std::max(opensAt, trigger.at);
        }
        switch (rule.axis) {
        case ScoreAxis::Fit:
            r.fit += rule.points;
            break;
        case ScoreAxis::Intent:
            r.intent += rule.points;
            break;
        case ScoreAxis::Timing:
            r.timing += rule.points;
            break;
        }
    }
    // Over-scoring guard: opens are weak evidence; they may add their points but never be the
    // reason a lead becomes sales-qualified.
    const int sql = m_config.thresholds.sql;
    if (total >= sql && total - fromOpens < sql) {
        const int cut = total - (sql - 1);
        ScoreLine guard{guardRuleId(),
                        {},
                        ScoreAxis::Intent,
                        -cut,
                        {},
                        opensAt ? opensAt : facts.now,
                        {{-1, QString::number(fromOpens)}}};
        render(guard);
        r.lines.append(std::move(guard));
        r.intent -= cut;
        total -= cut;
        r.guarded = true;
    }
    r.score = std::clamp(total, 0, 100);
    r.scoreClass = classify(r.score);
    r.nextStep = nextStep(r, facts);
    return r;
}

} // namespace lr
