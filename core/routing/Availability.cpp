#include "core/routing/Availability.h"

#include "core/common/WorkingHours.h"
#include "core/domain/User.h"

namespace lr {

Availability::Reason Availability::check(const User &user, Instant now, bool respectWorkingHours, int openLeads)
{
    if (!user.active)
        return Reason::Inactive;
    if (user.isOutOfOffice(now))
        return Reason::OutOfOffice;
    if (respectWorkingHours && !WorkingHours::of(user).isWorking(now))
        return Reason::OutsideWorkingHours;
    if (openLeads >= user.capacity)
        return Reason::AtCapacity;
    return Reason::Available;
}

QString Availability::describe(Reason reason, const User &user, int openLeads)
{
    switch (reason) {
    case Reason::Available:
        return tr("available");
    case Reason::Inactive:
        return tr("inactive");
    case Reason::OutOfOffice:
        return tr("out of office");
    case Reason::OutsideWorkingHours:
        return tr("outside working hours");
    case Reason::AtCapacity:
        return tr("at capacity (%1/%2)").arg(openLeads).arg(user.capacity);
    }
    return {};
}

} // namespace lr
