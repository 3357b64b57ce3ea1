#pragma once

#include "core/demo/DemoLeadFactory.h"
#include "core/demo/DemoSalesOrg.h"

#include "core/common/Words.h"

#include <QCoreApplication>
#include <QList>

namespace lr {

class DemoContext;

/// The life of one demo lead: when it was first touched and which statuses it went through.
struct DemoLeadPlan
{
    struct Step
    {
        LeadStatus status = LeadStatus::New;
        Instant at = 0;
    };
    LeadStatus status = LeadStatus::New; ///< Where the lead is now.
    Instant firstTouchAt = 0;            ///< 0 for leads nobody touched yet.
    QList<Step> steps;                   ///< Status changes after New, oldest first.

    Instant reachedAt(LeadStatus status) const;
    Instant lastChangeAt(Instant createdAt) const { return steps.isEmpty() ? createdAt : steps.last().at; }
};

/// Plans a lead's history by its age (recent leads are mostly Attempting, older ones Connected,
/// Qualified, Nurture, Disqualified or Converted; every lead older than the live window was touched) and writes it as
/// the events, activities, tasks and meetings a real team would have left behind.
class DemoLeadHistory final
{
    Q_DECLARE_TR_FUNCTIONS(lr::DemoLeadHistory)
    LR_DECLARE_WORDS(lr::DemoLeadHistory)

public:
    explicit DemoLeadHistory(DemoContext &context) : m_ctx(context) {}

    DemoLeadPlan plan(const DemoLeadDraft &draft);

    /// Writes the history of the stored lead `draft.lead` (its id set) owned as `owner` says.
    void write(const DemoLeadDraft &draft, const DemoAssignment &owner, const DemoLeadPlan &plan);

    /// Writes what came before the stored lead got an owner: page views and lead_created.
    void writeArrival(const DemoLeadDraft &draft);

    /// "done": the outcome of a task the team finished, as the store keeps it (untranslated).
    static Words doneWords() { return words(QT_TR_NOOP("done")); }

private:
    Instant firstTouchDelay(bool hot);
    void writeArrival(const DemoLeadDraft &draft, const DemoAssignment &owner);
    void writeCallTask(const DemoLeadDraft &draft, Id owner, Instant doneAt);
    void writeStep(const DemoLeadDraft &draft, Id owner, const DemoLeadPlan::Step &step, LeadStatus from,
                   Instant previousAt);
    void writeFollowUp(const DemoLeadDraft &draft, Id owner, const DemoLeadPlan &plan);
    void writeEmailEngagement(const Lead &lead, Instant sentAt);
    Instant businessTimeAfter(Instant from, const QString &country, int minDays, int maxDays);

    DemoContext &m_ctx;
};

} // namespace lr
