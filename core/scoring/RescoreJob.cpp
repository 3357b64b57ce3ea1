#include "core/scoring/RescoreJob.h"

#include "core/domain/Event.h"
#include "core/hygiene/EmailValidator.h"
#include "core/scoring/RescoreScope.h"
#include "core/scoring/ScoringRuleSet.h"
#include "core/scoring/ScoringService.h"
#include "core/store/Store.h"

#include <QThread>

#include <limits>
#include <vector>

namespace lr {

namespace {

/// The leads the change from `applied` to the active `rules` can affect; every lead when a
/// version in between cannot be read.
ScoringScope scopeSince(Store &store, int applied, const ScoringRuleSet &rules)
{
    if (applied <= 0 || applied > rules.version())
        return {};
    std::vector<ScoringRuleSet> kept;
    kept.reserve(static_cast<std::size_t>(rules.version() - applied));
    for (int v = applied; v < rules.version(); ++v) {
        const auto document = store.rules.version(ScoringService::ruleKind(), v);
        const auto config =
            document ? ScoringConfig::fromJson(document->document) : Result<ScoringConfig>::failure(QString());
        auto compiled =
            config ? ScoringRuleSet::compile(config.value(), v) : Result<ScoringRuleSet>::failure(QString());
        if (!compiled)
            return {};
        kept.push_back(std::move(compiled).value());
    }
    QList<const ScoringRuleSet *> chain;
    for (const ScoringRuleSet &set : kept)
        chain.append(&set);
    chain.append(&rules);
    return affectedLeads(chain);
}

} // namespace

bool RescoreJob::isDue(Store &store)
{
    const int active = store.rules.activeVersion(ScoringService::ruleKind());
    if (active == 0)
        return false; // the shipped rules were never even read: every lead was scored with them
    bool known = false;
    const int applied = store.settings.value(appliedVersionKey()).toInt(&known);
    if (known)
        return applied < active;
    const int oldest = store.scores.oldestRulesVersion();
    if (oldest > 0 && oldest < active)
        return true;
    // Every score in the history is at the active version (or there is none): remember that, so
    // the next start does not read the history again. Failing to write it only costs that read.
    store.settings.setValue(appliedVersionKey(), QString::number(active));
    return false;
}

Result<RescoreProgress> RescoreJob::run(const ProgressFn &onProgress, int batchSize)
{
    using R = Result<RescoreProgress>;
    ScoringService scoring(m_store, m_clock);
    const auto compiled = scoring.ruleSet();
    if (!compiled)
        return R::failure(compiled.error());
    const ScoringRuleSet &rules = **compiled;
    RescoreProgress p;
    p.total = m_store.scores.leadCount();
    p.rulesVersion = rules.version();
    // Every lead agrees with the version of the last complete run (or, before the first one, with
    // the oldest version in the history): only what changed since can move a score.
    bool known = false;
    int applied = m_store.settings.value(appliedVersionKey()).toInt(&known);
    if (!known)
        applied = m_store.scores.oldestRulesVersion();
    const ScoringScope scope = m_everyLead ? ScoringScope{} : scopeSince(m_store, applied, rules);
    p.everyLead = scope.everyLead;
    // What ScoringService::facts() reads per lead, read per batch: the leads with their company,
    // BANT, events and newest score in three queries; free-mail verdicts once per domain.
    const EmailValidator validator = EmailValidator().withAdminLists(m_store.hygieneLists);
    QHash<QString, bool> freeMailByDomain;
    const QString reason = QStringLiteral("rules_changed");
    Id last = 0;
    bool stopped = false;
    qint64 reported = -1; // leads gone through at the last progress report
    while (true) {
        auto batch = m_store.scores.scoringBatch(last, batchSize, rules.config().formTypes, scope);
        if (!batch)
            return R::failure(batch.error());
        if (batch->isEmpty())
            break;
        const Instant now = m_clock.now();
        Transaction tx(m_store.database());
        if (!tx.isActive())
            return R::failure(tx.error());
        for (ScoringRow &row : batch.value()) {
            Lead &lead = row.lead;
            if (lead.formType.isEmpty())
                lead.formType = rules.formTypeFor(lead.formId);
            const QString domain = lead.email.section(QLatin1Char('@'), 1).toLower();
            auto freeMail = freeMailByDomain.constFind(domain);
            if (freeMail == freeMailByDomain.cend())
                freeMail = freeMailByDomain.insert(domain, validator.isFreeMailAddress(lead.email));
            LeadFacts facts = LeadFacts::fromLead(lead, row.company ? &*row.company : nullptr, *freeMail, now);
            facts.setText(LeadField::Budget, row.bant.budget);
            facts.setText(LeadField::Authority, row.bant.authority);
            facts.setText(LeadField::Need, row.bant.need);
            facts.setText(LeadField::Timeline, row.bant.timeline);
            facts.setEvents(std::move(row.events));
            const ScoreResult result = rules.score(facts);
            const QString breakdown = ScoreRepository::breakdownOf(result);
            if (ScoreRepository::sameAsLast(row, result, breakdown)) {
                if (!row.rulesKnown) {
                    if (const Status s = m_store.scores.writeLeadScore(lead.id, result); !s)
                        return R::failure(s.error());
                }
                continue; // unchanged: no history entry (the row learns its fired rules once)
            }
            if (const Status s = m_store.scores.writeScore(lead.id, result, now, reason, breakdown); !s)
                return R::failure(s.error());
            ++p.changed;
        }
        if (const Status s = tx.commit(); !s)
            return R::failure(s.error());
        const Id upTo = batch->last().lead.id;
        p.done += scope.everyLead ? batch->size() : m_store.scores.leadsBetween(last, upTo);
        p.scored += batch->size();
        last = upTo;
        reported = p.done;
        if (onProgress && !onProgress(p)) {
            stopped = true;
            break;
        }
    }
    if (!stopped && !scope.everyLead)
        p.done += m_store.scores.leadsBetween(last, std::numeric_limits<Id>::max()); // the tail: none in scope
    Transaction tx(m_store.database());
    if (!tx.isActive())
        return R::failure(tx.error());
    Event e;
    e.at = m_clock.now();
    e.type = QStringLiteral("leads_rescored");
    e.payload = {{QStringLiteral("version"), p.rulesVersion}, {QStringLiteral("leads"), p.done},
                 {QStringLiteral("scored"), p.scored},        {QStringLiteral("changed"), p.changed},
                 {QStringLiteral("every_lead"), p.everyLead}, {QStringLiteral("complete"), !stopped}};
    if (const auto r = m_store.events.append(e); !r)
        return R::failure(r.error());
    if (!stopped) {
        if (const Status s = m_store.settings.setValue(appliedVersionKey(), QString::number(p.rulesVersion)); !s)
            return R::failure(s.error());
    }
    if (const Status s = tx.commit(); !s)
        return R::failure(s.error());
    if (onProgress && !stopped && p.done != reported)
        onProgress(p); // the leads after the last one read (none of them affected)
    return p;
}

BackgroundRescore::BackgroundRescore(QString databasePath, const Clock &clock, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)), m_clock(clock)
{}

BackgroundRescore::~BackgroundRescore()
{
    cancel();
    wait();
}

bool BackgroundRescore::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool BackgroundRescore::start()
{
    if (isRunning())
        return false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancel.store(false);
    m_thread = QThread::create([this] {
        DatabaseError error;
        const auto store = Store::open(m_path, &error);
        if (!store) {
            emit finished(0, 0, 0, error.message);
            return;
        }
        const auto done = RescoreJob(*store, m_clock).run([this](const RescoreProgress &p) {
            emit progress(p.done, p.total);
            return !m_cancel.load();
        });
        if (done)
            emit finished(done->done, done->changed, done->rulesVersion, QString());
        else
            emit finished(0, 0, 0, done.error());
    });
    m_thread->start();
    return true;
}

void BackgroundRescore::wait()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace lr
