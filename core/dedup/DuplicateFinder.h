#pragma once

#include "core/common/Result.h"
#include "core/hygiene/DomainLists.h"
#include "core/security/AccessScope.h"
#include "core/store/DuplicateRepository.h"

#include <QCoreApplication>
#include <QList>

namespace lr {

class Store;

/// Two leads that may be one person, for a human to look at.
struct DuplicateCandidate
{
    LeadProfile first;  ///< The older lead (created first): the one a merge keeps.
    LeadProfile second; ///< The newer lead.
    int score = 0;      ///< 0–100: how sure the finder is.
    QString reason;     ///< Translated: why the pair is shown ("Same phone +48…; similar names").

    LeadPair pair() const { return LeadPair::of(first.id, second.id); }
};

/// Fuzzy "possible duplicates" a person should review; intake already merged the sure ones.
///
/// Pairs are only compared inside blocks that share a key, never all against all:
/// - the same phone number (E.164) — a candidate even across free-mail addresses;
/// - the same company account, sub-blocked by the first letters of the folded last name, of the
///   first name, and of the email's local part — similar names ("Jon"/"John Smith"), the same
///   name with a typo in the surname, or addresses that differ by a character or two.
/// Two people with similar names at a free-mail domain have no company, so they only meet in a
/// phone block: free-mail twins are offered only when their phone matches too.
/// Pairs marked "Not a duplicate" never come back. Managers see pairs within their team's leads,
/// admins all, reps none (refused).
class DuplicateFinder final
{
    Q_DECLARE_TR_FUNCTIONS(lr::DuplicateFinder)

public:
    explicit DuplicateFinder(Store &store, const DomainLists &lists = DomainLists::bundled())
        : m_store(store), m_lists(lists)
    {}

    /// Candidates at or above kMinScore that `scope` may see, best first; refused for reps.
    Result<QList<DuplicateCandidate>> find(const AccessScope &scope) const;

    /// Remembers that the pair is not a duplicate; it is not offered again.
    Status dismiss(const AccessScope &scope, LeadPair pair, Instant at) const;

    /// Scores one pair (0 when it is not worth showing) and explains it. Public for tests.
    DuplicateCandidate score(const LeadProfile &a, const LeadProfile &b) const;

    /// Pairs below this score are not shown.
    static constexpr int kMinScore = 60;
    /// Blocks larger than this are compared only between neighbours in id order (a shared
    /// switchboard number or a company of thousands must not turn into millions of pairs).
    static constexpr int kMaxBlock = 64;

    /// Refusal for reps, shared with LeadMerger.
    static Status mayReview(const AccessScope &scope);

    struct Prepared;

private:
    static DuplicateCandidate scorePrepared(const Prepared &a, const Prepared &b, const DomainLists &lists);

    Store &m_store;
    const DomainLists &m_lists;
};

} // namespace lr
