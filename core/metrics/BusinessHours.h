#pragma once

#include "core/common/Clock.h"

#include <QTimeZone>

namespace lr {

struct User;

/// A rep's working week: local working hours on the working days of their time zone. Speed-to-lead
/// "in business hours" counts only the time inside it (absences and public holidays are not
/// subtracted; see docs/metrics.md).
struct WorkCalendar
{
    QTimeZone zone = QTimeZone::utc();
    int startMinute = 9 * 60; ///< Local minutes after midnight.
    int endMinute = 18 * 60;
    int days = 0b0011111; ///< Bit 0 = Monday … bit 6 = Sunday.

    static WorkCalendar of(const User &user);

    /// Milliseconds of [from, to) that fall inside working hours; 0 when to <= from.
    qint64 businessMs(Instant from, Instant to) const;
};

} // namespace lr
