#pragma once

#include "core/common/Result.h"
#include "core/domain/HygieneListEntry.h"
#include "core/hygiene/AdminDomainLists.h"

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <optional>

namespace lr {

class Database;

/// The admins' domain and address lists. As an AdminDomainListSource it hands validators a cached
/// snapshot and re-reads it only when the lists' revision (kept by triggers) moved, so an edit made
/// in the app reaches a running webhook or import at the next submission.
class HygieneListRepository final : public AdminDomainListSource
{
    Q_DECLARE_TR_FUNCTIONS(lr::HygieneListRepository)

public:
    explicit HygieneListRepository(Database &db) : m_db(db) {}

    /// Adds `entry.value` (already normalised) to `entry.list`; refuses a duplicate clearly.
    Result<Id> add(const HygieneListEntry &entry);
    /// Removes the entry and returns it as it was.
    Result<HygieneListEntry> remove(Id id);

    std::optional<HygieneListEntry> find(Id id) const;
    std::optional<HygieneListEntry> find(HygieneList list, const QString &value) const;
    /// Entries of `list` whose value or note contains `search`, alphabetical, at most `limit`.
    QList<HygieneListEntry> entries(HygieneList list, const QString &search = {}, int limit = 5000) const;
    qint64 count(HygieneList list) const;

    std::shared_ptr<const AdminDomainLists> current() const override;

private:
    qint64 revision() const;

    Database &m_db;
    mutable std::shared_ptr<const AdminDomainLists> m_snapshot;
    mutable qint64 m_snapshotRevision = -1;
};

} // namespace lr
