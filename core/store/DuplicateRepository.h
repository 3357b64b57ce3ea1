#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/domain/Ids.h"
#include "core/security/AccessScope.h"

#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace lr {

class Database;

/// A lead as the duplicate finder sees it: what it compares and what a reviewer needs to decide.
struct LeadProfile
{
    Id id = 0;
    QString firstName;
    QString lastName;
    QString email;
    QString emailKey;
    QString companyName;
    Id companyId = 0;
    QString companyDomain;
    QString phone;
    Id ownerId = 0;
    QString ownerName;
    Instant createdAt = 0;

    QString fullName() const;
};

/// An unordered pair of lead ids, smaller first.
struct LeadPair
{
    Id a = 0;
    Id b = 0;

    static LeadPair of(Id x, Id y) { return x < y ? LeadPair{x, y} : LeadPair{y, x}; }
    bool operator==(const LeadPair &) const = default;
};

inline size_t qHash(const LeadPair &p, size_t seed = 0)
{
    return qHashMulti(seed, p.a, p.b);
}

/// The store side of the duplicate finder: blocks of leads that share a key (never a scan of
/// all pairs), the pairs people dismissed, and the counts behind the duplicate rate.
class DuplicateRepository final
{
public:
    explicit DuplicateRepository(Database &db) : m_db(db) {}

    using GroupVisitor = std::function<void(const QList<LeadProfile> &)>;

    /// Calls `visit` once per company with two or more leads `scope` may see.
    Status forEachCompanyGroup(const AccessScope &scope, const GroupVisitor &visit) const;
    /// Calls `visit` once per phone number shared by two or more leads `scope` may see.
    Status forEachPhoneGroup(const AccessScope &scope, const GroupVisitor &visit) const;

    /// Remembers that `pair` is not a duplicate (idempotent).
    Status dismiss(LeadPair pair, Id userId, Instant at);
    QSet<LeadPair> dismissed() const;

    /// Submissions processed in [from, to) whose lead `scope` may see.
    qint64 processedSubmissions(const AccessScope &scope, Instant from, Instant to) const;
    /// Of those, how many matched a known person and were merged at intake.
    qint64 mergedAtIntake(const AccessScope &scope, Instant from, Instant to) const;

private:
    Status visitGroups(const AccessScope &scope, const QString &where, const QString &groupColumn,
                       const GroupVisitor &visit) const;
    qint64 countScoped(const QString &text, const QString &leadColumn, const AccessScope &scope, Instant from,
                       Instant to) const;

    Database &m_db;
};

} // namespace lr
