#include "core/scoring/RescoreJob.h"

#include "core/domain/Event.h"
#include "core/scoring/ScoringService.h"
#include "core/store/Store.h"

#include <QThread>

namespace lr {

Result<RescoreProgress> RescoreJob::run(const ProgressFn &onProgress, int batchSize)
{
    using R = Result<RescoreProgress>;
    ScoringService scoring(m_store, m_clock);
    const auto rules = scoring.ruleSet();
    if (!rules)
        return R::failure(rules.error());
    RescoreProgress p;
    p.total = m_store.scores.leadCount();
    p.rulesVersion = (*rules)->version();
    Id last = 0;
    while (true) {
        const QList<Id> ids = m_store.scores.leadIdsAfter(last, batchSize);
        if (ids.isEmpty())
            break;
        Transaction tx(m_store.database());
        if (!tx.isActive())
            return R::failure(tx.error());
        for (const Id id : ids) {
            const auto facts = scoring.facts(id, **rules);
            if (!facts)
                continue; // deleted meanwhile
            bool changed = false;
            const ScoreResult result = (*rules)->score(*facts);
            if (const Status s =
                    m_store.scores.record(id, result, m_clock.now(), QStringLiteral("rules_changed"), &changed);
                !s)
                return R::failure(s.error());
            p.changed += changed ? 1 : 0;
        }
        if (const Status s = tx.commit(); !s)
            return R::failure(s.error());
        last = ids.last();
        p.done += ids.size();
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
