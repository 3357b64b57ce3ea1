#include "core/metrics/BusinessHours.h"

#include "core/domain/User.h"

#include <QDateTime>

#include <algorithm>

namespace lr {
namespace {

/// Monday = 0 … Sunday = 6 for a day number since the epoch (1970-01-01 was a Thursday).
int weekdayOf(qint64 epochDay)
{
    return static_cast<int>(((epochDay % 7) + 7 + 3) % 7);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

/// Local midnight of `date` plus `minutes` in `zone`, as an instant.
Instant localInstant(const QDate &date, int minutes, const QTimeZone &zone)
{
    const QDate day = date.addDays(minutes / (24 * 60));
    const int rest = minutes % (24 * 60);
    return QDateTime(day, QTime(rest / 60, rest % 60), zone).toMSecsSinceEpoch();
}

} // namespace

WorkCalendar WorkCalendar::of(const User &user)
{
    WorkCalendar c;
    const QTimeZone zone(user.timeZone.toUtf8());
    if (zone.isValid())
        c.zone = zone;
    c.startMinute = std::clamp(user.workStartMinute, 0, 24 * 60);
    c.endMinute = std::clamp(user.workEndMinute, 0, 24 * 60);
    c.days = user.workDays;
    return c;
}

qint64 WorkCalendar::businessMs(Instant from, Instant to) const
{
    if (to <= from || endMinute <= startMinute || (days & 0x7f) == 0)
        return 0;
    const int offsetFrom = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc()));
    const int offsetTo = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(to, QTimeZone::utc()));
    qint64 total = 0;
    if (offsetFrom == offsetTo) {
        // One UTC offset over the whole span (no daylight-saving change): plain arithmetic.
        const qint64 offset = static_cast<qint64>(offsetFrom) * kSecondMs;
        const qint64 first = floorDiv(from + offset, kDayMs);
        const qint64 last = floorDiv(to + offset, kDayMs);
        for (qint64 day = first; day <= last; ++day) {
            if (!(days & (1 << weekdayOf(day))))
                continue;
            const Instant start = day * kDayMs + startMinute * kMinuteMs - offset;
            const Instant end = day * kDayMs + endMinute * kMinuteMs - offset;
            total += std::max<qint64>(0, std::min(to, end) - std::max(from, start));
        }
        return total;
    }
    const QDate first = QDateTime::fromMSecsSinceEpoch(from, zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(to, zone).date();
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        if (!(days & (1 << (day.dayOfWeek() - 1))))
            continue;
        const Instant start = localInstant(day, startMinute, zone);
        const Instant end = localInstant(day, endMinute, zone);
        total += std::max<qint64>(0, std::min(to, end) - std::max(from, start));
    }
    return total;
}

} // namespace lr
