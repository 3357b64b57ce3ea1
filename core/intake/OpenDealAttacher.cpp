#include "core/intake/OpenDealAttacher.h"

#include "core/store/Store.h"

namespace lr {
namespace {

const QString kOpenDealContact = QStringLiteral("open_deal_contact");

} // namespace

Result<std::optional<OpenDealAttacher::Attachment>> OpenDealAttacher::attach(Id leadId, Id currentOwnerId, Id companyId,
                                                                             Instant now)
{
    using R = Result<std::optional<Attachment>>;
    const std::optional<OpenDealAtCompany> deal = m_store.leads.openDealAtCompany(companyId);
    if (!deal)
        return std::optional<Attachment>();

    Attachment a;
    a.dealId = deal->dealId;
    a.ownerId = deal->ownerId;
    a.reassigned = currentOwnerId != deal->ownerId;
    if (a.reassigned) {
        if (const Status s = m_store.leads.setOwner(leadId, deal->ownerId, now); !s)
            return R::failure(s.error());
        Event assigned;
        assigned.at = now;
        assigned.type = events::LeadAssigned;
        assigned.leadId = leadId;
        assigned.dealId = deal->dealId;
        assigned.userId = deal->ownerId;
        assigned.payload = {{QStringLiteral("owner"), deal->ownerName},
                            {QStringLiteral("owner_id"), deal->ownerId},
                            {QStringLiteral("reason"), QStringLiteral("open_deal")},
                            {QStringLiteral("deal_id"), deal->dealId}};
        if (const auto r = m_store.events.append(assigned); !r)
            return R::failure(r.error());
    }

    // One open task per lead and deal: a person who writes in three times is one thing to do.
    bool alreadyTold = false;
    for (const Task &t : m_store.tasks.forLead(AccessScope::system(), leadId))
        alreadyTold = alreadyTold || (t.isOpen() && t.dealId == deal->dealId);
    if (!alreadyTold) {
        Task task;
        task.leadId = leadId;
        task.dealId = deal->dealId;
        task.ownerId = deal->ownerId;
        task.kind = QStringLiteral("follow_up");
        task.setTitle(words(QT_TR_NOOP("New contact at %1 — open deal %2"), {deal->companyName, deal->title}));
        task.dueAt = now;
        task.createdAt = now;
        const Result<Id> id = m_store.tasks.create(task);
        if (!id)
            return R::failure(id.error());
        a.taskId = id.value();
    }

    Event told;
    told.at = now;
    told.type = kOpenDealContact;
    told.leadId = leadId;
    told.dealId = deal->dealId;
    told.userId = deal->ownerId;
    told.payload = {{QStringLiteral("deal_id"), deal->dealId},
                    {QStringLiteral("deal_title"), deal->title},
                    {QStringLiteral("owner_id"), deal->ownerId},
                    {QStringLiteral("company"), deal->companyName},
                    {QStringLiteral("task_id"), a.taskId}};
    if (const auto r = m_store.events.append(told); !r)
        return R::failure(r.error());

    a.reason = words(QT_TR_NOOP("%1 has the open deal \"%2\": assigned to its owner %3, who was notified."),
                     {deal->companyName, deal->title, deal->ownerName});
    return std::optional<Attachment>(a);
}

} // namespace lr
