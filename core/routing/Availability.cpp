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

Words Availability::describeWords(Reason reason, const User &user, int openLeads)
{
    switch (reason) {
    case Reason::Available:
        return words(QT_TR_NOOP("available"));
    case Reason::Inactive:
        return words(QT_TR_NOOP("inactive"));
    case Reason::OutOfOffice:
        return words(QT_TR_NOOP("out of office"));
    case Reason::OutsideWorkingHours:
        return words(QT_TR_NOOP("outside working hours"));
    case Reason::AtCapacity:
        return words(QT_TR_NOOP("at capacity (%1/%2)"), {QString::number(openLeads), QString::number(user.capacity)});
    }
    return {};
}

QString Availability::describe(Reason reason, const User &user, int openLeads)
{
    return describeWords(reason, user, openLeads).text();
}

} // namespace lr
