#pragma once

#include "core/common/Result.h"
#include "core/common/Words.h"
#include "core/domain/JournalEntry.h"

#include <QList>

#include <optional>

namespace lr {

class Database;

/// The raw intake journal. `append` commits before anything else happens to a submission, so a
/// crash after it loses nothing; pending entries are picked up again on the next start.
class IntakeJournal final
{
public:
    explicit IntakeJournal(Database &db) : m_db(db) {}

    /// Stores the raw submission (in its own transaction unless one is open) and returns its id.
    Result<Id> append(const JournalEntry &entry);
    /// Records the outcome of processing an entry.
    /// Marks the entry processed, quarantined or failed. `reason` is stored untranslated (see
    /// Words), with its kind for a reject.
    Status finish(Id id, JournalEntry::State state, const Words &reason, Id leadId, Instant at);
    /// Replaces the body of a quarantined entry after an admin fixed it, and makes it pending again.
    Status amend(Id id, const QByteArray &body);

    std::optional<JournalEntry> find(Id id) const;
    /// Entries in `state`, oldest first, at most `limit`.
    QList<JournalEntry> inState(JournalEntry::State state, int limit = 1000) const;
    qint64 count(JournalEntry::State state) const;
    /// Sets this connection's page cache to `kibibytes` and returns the previous size (KiB), or -1.
    /// A bulk import touches the lead, event and journal indexes all over; with SQLite's default
    /// 2 MiB cache it spills dirty pages to the WAL in the middle of every batch.
    int setCacheSizeKiB(int kibibytes);
    /// Quarantined entries per source (form id or file), most first: which form is broken.
    QList<std::pair<QString, qint64>> quarantineBySource() const;

private:
    Database &m_db;
};

} // namespace lr
