#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QObject>

#include <atomic>
#include <functional>

class QThread;

namespace lr {

class Store;

/// How far a re-score got.
struct RescoreProgress
{
    qint64 done = 0;    ///< Leads gone through so far: re-scored, or left as the change cannot affect them.
    qint64 total = 0;   ///< Leads in the store when it started.
    qint64 scored = 0;  ///< Leads re-scored (every lead, or those the change can affect).
    qint64 changed = 0; ///< Leads whose score, class or breakdown changed.
    int rulesVersion = 0;
    bool everyLead = false; ///< Every lead was read, not only those the change can affect.
};

/// Brings every lead's score to the active scoring rules (after an admin saved a new version), in
/// batches of one transaction each, and records a leads_rescored event with the counts at the end.
/// By default it reads only the leads the rules changed since the last complete run can affect
/// (see affectedLeads()); leads whose outcome did not change get no new history entry.
class RescoreJob final
{
    Q_DECLARE_TR_FUNCTIONS(lr::RescoreJob)

public:
    /// Called after each batch; return false to stop (what is done stays done).
    using ProgressFn = std::function<bool(const RescoreProgress &)>;

    RescoreJob(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}
    /// Reads every lead, whatever changed (`leadrelayctl scoring rescore --all`).
    void setEveryLead(bool every) { m_everyLead = every; }
    /// The settings key holding the rules version every lead's score is known to agree with.
    static QString appliedVersionKey() { return QStringLiteral("scoring/applied_version"); }
    /// True when the active scoring rules are newer than the version every lead is known to agree
    /// with: a run was stopped (the app closed or killed) before it finished. A store that never
    /// recorded that version and whose history is all at the active one records it now.
    static bool isDue(Store &store);
    /// Reads each batch in three queries (ScoreRepository::scoringBatch), scores it in memory and
    /// writes only the leads whose outcome changed, one transaction per batch.
    Result<RescoreProgress> run(const ProgressFn &onProgress = {}, int batchSize = 2000);

private:
    Store &m_store;
    const Clock &m_clock;
    bool m_everyLead = false;
};

/// Runs a RescoreJob on a worker thread with its own connection to the store at `databasePath`
/// (Qt SQL connections belong to one thread), reporting progress through queued signals.
class BackgroundRescore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundRescore)

public:
    BackgroundRescore(QString databasePath, const Clock &clock, QObject *parent = nullptr);
    ~BackgroundRescore() override;

    /// Starts the worker; false when one is already running.
    bool start();
    bool isRunning() const;
    /// Asks the worker to stop after its current batch.
    void cancel() { m_cancel.store(true); }
    /// Blocks until the worker is done (tests, shutdown).
    void wait();

signals:
    void progress(qint64 done, qint64 total);
    /// `error` is empty on success.
    void finished(qint64 done, qint64 changed, int rulesVersion, const QString &error);

private:
    QString m_path;
    const Clock &m_clock;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
};

} // namespace lr
