#include "core/store/WalCheckpointer.h"

#include "core/store/Database.h"
#include "core/store/SqlUtil.h"

#include <QSqlQuery>

#include <chrono>

namespace lr {

namespace {

constexpr int kAutoCheckpointPages = 1000; ///< SQLite's default.

} // namespace

WalCheckpointer::WalCheckpointer(Database &db, int intervalMs) : m_db(db), m_intervalMs(intervalMs)
{
    if (m_db.walCheckpointers()++ == 0)
        sql::execText(m_db.connection(), QStringLiteral("PRAGMA wal_autocheckpoint=0"), nullptr);
    m_thread = std::thread([this, path = db.path()] { run(path); });
}

WalCheckpointer::~WalCheckpointer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
    // Several may live on one connection (the app's, and the webhook server's while it listens):
    // the last one gone gives the connection its automatic checkpoints back.
    if (--m_db.walCheckpointers() == 0)
        sql::execText(m_db.connection(), QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(kAutoCheckpointPages),
                      nullptr);
}

int WalCheckpointer::checkpoints() const
{
    const std::lock_guard lock(m_mutex);
    return m_checkpoints;
}

void WalCheckpointer::run(const QString &path)
{
    Database::Options options;
    options.migrate = false; // the serving connection opened (and migrated) the store already
    std::unique_ptr<Database> own = Database::open(path, options, nullptr);
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs), [this] { return m_stop; });
        lock.unlock();
        // PASSIVE copies what no reader still needs and never waits for (or blocks) a writer; a
        // store this thread cannot open is left to checkpoint on close, as SQLite does anyway.
        const bool ran =
            own && sql::execText(own->connection(), QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"), nullptr);
        lock.lock();
        m_checkpoints += ran ? 1 : 0;
    }
    lock.unlock();
    if (own) // the last pages too, so the log does not outlive the server
        sql::execText(own->connection(), QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"), nullptr);
}

} // namespace lr
