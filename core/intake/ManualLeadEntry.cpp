#include "core/intake/ManualLeadEntry.h"

#include "core/domain/User.h"
#include "core/security/Permissions.h"
#include "core/store/Store.h"

namespace lr {

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
        if (const Status s = assign(user, leadId); !s)
            return R::failure(s.error());
        result.assignedToUser = true;
    } else if (lead && lead->ownerId == user.id && result.outcome.status == IntakeOutcome::Status::Created) {
        result.assignedToUser = true; // intake's routing gave the new lead to the person who typed it in
    }
    if (const auto lead = m_store.leads.find(AccessScope::forUser(user), leadId)) {
        result.visible = true;
        result.leadName = lead->fullName().isEmpty() ? lead->email : lead->fullName();
    }
    return result;
}

Status ManualLeadEntry::assign(const User &user, Id leadId)
{
    const Instant now = m_clock.now();
    Transaction tx(m_store.database());
    if (const Status s = m_store.leads.setOwner(leadId, user.id, now); !s)
        return s;
    Event event;
    event.at = now;
    event.type = events::LeadAssigned;
    event.leadId = leadId;
    event.userId = user.id;
    event.payload = {{QStringLiteral("owner"), user.name},
                     {QStringLiteral("owner_id"), user.id},
                     {QStringLiteral("reason"), words(QT_TR_NOOP("Entered by hand by the owner")).toStored()}};
    if (const auto r = m_store.events.append(event); !r)
        return Status::failure(r.error());
    return tx.commit();
}

} // namespace lr
