#pragma once

#include "core/domain/Ids.h"

#include <QList>

namespace lr {

class DemoContext;

/// The demo's capture side, lived through the real intake path (IntakeProcessor, at past times):
/// what web forms and list imports sent over the last weeks that was not a routable person —
/// test and throwaway addresses, typos, a body that is not JSON — quarantined with its reason for
/// the admin to review, and people who filled in a form again, merged into their lead. So the
/// Intake page, the rejects by form and the duplicate rate have something to show on first start.
class DemoIntake final
{
public:
    explicit DemoIntake(DemoContext &context) : m_ctx(context) {}

    /// Sends the submissions; `leads` are stored leads (older than a day) some of whose people
    /// come back through a form.
    void run(const QList<Id> &leads);

private:
    DemoContext &m_ctx;
};

} // namespace lr
