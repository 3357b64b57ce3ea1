#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/common/Words.h"
#include "core/domain/Ids.h"

#include <QCoreApplication>

#include <optional>

namespace lr {

class Store;

/// Requirements §2: when a new or returning lead's company already has an open deal, the lead
/// goes to that deal's owner, who is told (a task due now and an event), instead of another rep
/// starting parallel work on the same account.
class OpenDealAttacher final
{
    Q_DECLARE_TR_FUNCTIONS(lr::OpenDealAttacher)
    LR_DECLARE_WORDS(lr::OpenDealAttacher)

public:
    /// What was done for one lead.
    struct Attachment
    {
        Id dealId = 0;
        Id ownerId = 0;
        bool reassigned = false; ///< The lead had no owner or another one.
        Id taskId = 0;           ///< 0 when an open task for this lead and deal already existed.
        Words reason;            ///< For the intake outcome and the journal, untranslated.
    };

    explicit OpenDealAttacher(Store &store) : m_store(store) {}

    /// Attaches lead `leadId` (currently owned by `currentOwnerId`, 0 = nobody) at `companyId` to
    /// the company's open deal. Returns nullopt when the company has no open deal with an owner;
    /// a failure when a write failed (the caller rolls the lead back).
    Result<std::optional<Attachment>> attach(Id leadId, Id currentOwnerId, Id companyId, Instant now);

private:
    Store &m_store;
};

} // namespace lr
