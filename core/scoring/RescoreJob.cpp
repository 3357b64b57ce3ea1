#include "core/scoring/RescoreJob.h"

#include "core/domain/Event.h"
#include "core/hygiene/EmailValidator.h"
#include "core/scoring/ScoringService.h"
#include "core/store/Store.h"

#include <QThread>

namespace lr {

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
    // What ScoringService::facts() reads per lead, read per batch: the leads with their company,
    // BANT, events and newest score in three queries; free-mail verdicts once per domain.
    const EmailValidator validator = EmailValidator().withAdminLists(m_store.hygieneLists);
    QHash<QString, bool> freeMailByDomain;
    const QString reason = QStringLiteral("rules_changed");
    Id last = 0;
    while (true) {
        auto batch = m_store.scores.scoringBatch(last, batchSize, rules.config().formTypes);
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
                freeMail = freeMailByDomain.insert(domain, validator.check(lead.email).freeMail);
            LeadFacts facts = LeadFacts::fromLead(lead, row.company ? &*row.company : nullptr, *freeMail, now);
            facts.setText(LeadField::Budget, row.bant.budget);
            facts.setText(LeadField::Authority, row.bant.authority);
            facts.setText(LeadField::Need, row.bant.need);
            facts.setText(LeadField::Timeline, row.bant.timeline);
            facts.setEvents(std::move(row.events));
            const ScoreResult result = rules.score(facts);
            const QString breakdown = ScoreRepository::breakdownOf(result);
            if (ScoreRepository::sameAsLast(row, result, breakdown))
                continue; // unchanged: no write, no history entry
            if (const Status s = m_store.scores.writeScore(lead.id, result, now, reason, breakdown); !s)
                return R::failure(s.error());
            ++p.changed;
        }
        if (const Status s = tx.commit(); !s)
            return R::failure(s.error());
        last = batch->last().lead.id;
        p.done += batch->size();
        if (onProgress && !onProgress(p))
            break;
    }
    Event e;
    e.at = m_clock.now();
    e.type = QStringLiteral("leads_rescored");
    e.payload = {{QStringLiteral("version"), p.rulesVersion},
                 {QStringLiteral("leads"), p.done},
                 {QStringLiteral("changed"), p.changed},
                 {QStringLiteral("complete"), p.done >= p.total}};
    if (const auto r = m_store.events.append(e); !r)
        return R::failure(r.error());
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
