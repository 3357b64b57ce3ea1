#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace lr {

class Database;

/// Moves the write-ahead log's checkpoints off a latency-sensitive connection (the webhook's).
///
/// SQLite checkpoints the WAL inside the commit that makes it pass 1,000 pages: that commit copies
/// the pages into the database file and waits for two fsyncs, so one request in every few dozen
/// takes tens of milliseconds. While a WalCheckpointer lives, `db` does not checkpoint on commit;
/// a thread of its own, on a connection of its own, runs a passive checkpoint (which never blocks
/// a writer) every `intervalMs`. Destroying it stops the thread and, when it was the last one on
/// `db`, gives `db` its automatic checkpoints back. The app holds one for its whole run (so that no
/// click waits for a checkpoint), the webhook server and the CSV import one each.
class WalCheckpointer final
{
public:
    explicit WalCheckpointer(Database &db, int intervalMs = 200);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    /// Passive checkpoints that ran so far (for tests).
    int checkpoints() const;

private:
    void run(const QString &path);

    Database &m_db;
    const int m_intervalMs;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    int m_checkpoints = 0;
    std::thread m_thread;
};

} // namespace lr
