#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/common/Words.h"
#include "core/intake/IntakeProcessor.h"
#include "core/intake/LeadFormValidator.h"

#include <QCoreApplication>

namespace lr {

class Store;
struct User;

/// What became of a lead typed in by hand, as the person who typed it may see it.
struct ManualEntryResult
{
    IntakeOutcome outcome;
    bool visible = false; ///< The user may open the lead (false when it belongs to another rep).
    QString leadName;     ///< The lead's name (or email) when visible.
    bool assignedToUser = false;

    /// One translated sentence for the user: created / merged into … / quarantined because ….
    QString message() const;
};

/// Manual entry (and chat/referral typed in by hand): checks the user may enter leads and the form
/// is valid, then submits it through the IntakeProcessor on the manual channel (journaled first,
/// like any submission). A lead nobody owns yet goes to the rep or manager who typed it, so they
/// can see and work it; routing may reassign it later. Admins see every lead and leave it unowned.
class ManualLeadEntry final
{
    Q_DECLARE_TR_FUNCTIONS(lr::ManualLeadEntry)
    LR_DECLARE_WORDS(lr::ManualLeadEntry)

public:
    ManualLeadEntry(Store &store, const Clock &clock);

    Result<ManualEntryResult> submit(const User &user, const LeadForm &form);
    /// The checks `submit` applies, with the admins' domain lists: for inline validation.
    const LeadFormValidator &validator() const { return m_validator; }

private:
    Store &m_store;
    const Clock &m_clock;
    IntakeProcessor m_intake;
    LeadFormValidator m_validator;
};

} // namespace lr
