#include "core/intake/ManualLeadEntry.h"

#include "core/domain/User.h"
#include "core/routing/LeadDispatcher.h"
#include "core/security/Permissions.h"
#include "core/store/Store.h"

namespace lr {
namespace {

/// The reason of owner changes earlier versions stored: kept in the catalogues so it still reads
/// translated (the dispatcher now writes its own "entered by hand by the owner").
[[maybe_unused]] constexpr const char *kRetiredReason =
    QT_TRANSLATE_NOOP("lr::ManualLeadEntry", "Entered by hand by the owner");

} // namespace

ManualLeadEntry::ManualLeadEntry(Store &store, const Clock &clock)
    : m_store(store), m_clock(clock), m_intake(store, clock),
      m_validator(EmailValidator().withAdminLists(store.hygieneLists))
{}

QString ManualEntryResult::message() const
{
    using S = IntakeOutcome::Status;
    switch (outcome.status) {
    case S::Created:
        return assignedToUser ? ManualLeadEntry::tr("Lead %1 created and assigned to you.").arg(leadName)
                              : ManualLeadEntry::tr("Lead %1 created.").arg(leadName);
    case S::Merged:
        if (!visible)
            return ManualLeadEntry::tr("This person is already a lead owned by someone else; the new details "
                                       "were added to that lead.");
        return ManualLeadEntry::tr("This person was already a lead: the new details were merged into %1 (#%2).")
            .arg(leadName)
            .arg(outcome.leadId);
    case S::Quarantined:
        return ManualLeadEntry::tr("The lead was quarantined: %1").arg(outcome.reason);
    case S::Failed:
        break;
    }
    return ManualLeadEntry::tr("The lead was not saved: %1").arg(outcome.reason);
}

Result<ManualEntryResult> ManualLeadEntry::submit(const User &user, const LeadForm &form)
{
    using R = Result<ManualEntryResult>;
    if (const Status allowed = Permissions::check(user, Permission::EnterLeads); !allowed)
        return R::failure(allowed.error());
    const QHash<QString, QString> issues = m_validator.check(form);
    if (!issues.isEmpty()) {
        // Report in form order, so the message names the first field the person sees.
        for (const char *field : {"email", "phone", "country", "language", "source"}) {
            if (issues.contains(QLatin1String(field)))
                return R::failure(issues.value(QLatin1String(field)));
        }
    }
    QJsonObject fields = form.toFields();
    if (!fields.contains(QStringLiteral("source")))
        fields.insert(QStringLiteral("source"), toKey(LeadSource::Manual));
    fields.insert(QStringLiteral("form_id"), QStringLiteral("manual"));

    ManualEntryResult result;
    result.outcome = m_intake.submit(JournalEntry::Channel::Manual, user.email, fields);
    const Id leadId = result.outcome.leadId;
    if (!leadId)
        return result;
    if (const auto lead = m_store.leads.find(AccessScope::system(), leadId);
        lead && !lead->ownerId && user.role != Role::Admin) {
        // Through the dispatcher, like every new owner: the assignment is recorded and the rep gets
        // the call task and the SLA clock, not only the name on the lead.
        const Result<DispatchResult> given = LeadDispatcher(m_store, m_clock).dispatchNew(leadId, user.id);
        if (!given)
            return R::failure(given.error());
        result.assignedToUser = given->ownerId == user.id;
    } else if (lead && lead->ownerId == user.id && result.outcome.status == IntakeOutcome::Status::Created) {
        result.assignedToUser = true; // intake's routing gave the new lead to the person who typed it in
    }
    if (const auto lead = m_store.leads.find(AccessScope::forUser(user), leadId)) {
        result.visible = true;
        result.leadName = lead->fullName().isEmpty() ? lead->email : lead->fullName();
    }
    return result;
}

} // namespace lr
