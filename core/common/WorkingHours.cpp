#include "core/common/WorkingHours.h"

#include "core/domain/User.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace lr {
namespace {

constexpr int kMaxDaysScanned = 400; // a calendar with working time has some within a week

/// Day number since the epoch of a local instant (floor division, also before 1970).
qint64 floorDay(Instant local)
{
    return local >= 0 ? local / kDayMs : (local - kDayMs + 1) / kDayMs;
}

/// Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday).
int weekdayOf(qint64 day)
{
    return static_cast<int>(((day % 7) + 7 + 3) % 7);
}

} // namespace

WorkingHours::WorkingHours(const QString &timeZone, int startMinute, int endMinute, int workDays)
    : WorkingHours(timeZone, startMinute, endMinute, workDays, WorkWeek{})
{}

WorkingHours::WorkingHours(const QString &timeZone, int startMinute, int endMinute, int workDays,
                           const std::array<std::optional<WorkSpan>, 7> &week)
{
    const int start = std::clamp(startMinute, 0, 1440);
    const int end = std::clamp(endMinute, 0, 1440);
    for (size_t d = 0; d < 7; ++d) {
        if (const std::optional<WorkSpan> &own = week[d])
            m_spans[d] = {std::clamp(own->startMinute, 0, 1440), std::clamp(own->endMinute, 0, 1440)};
        else
            m_spans[d] = (workDays & (1 << d)) ? std::pair(start, end) : std::pair(0, 0);
        if (m_spans[d].second <= m_spans[d].first)
            m_spans[d] = {0, 0};
    }
    const QTimeZone zone(timeZone.toUtf8());
    if (!timeZone.isEmpty() && zone.isValid())
        m_zone = zone;
}

WorkingHours WorkingHours::of(const User &user)
{
    return WorkingHours(user.timeZone, user.workStartMinute, user.workEndMinute, user.workDays, user.workWeek);
}

qint64 WorkingHours::offsetMs(Instant t) const
{
    return static_cast<qint64>(m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()))) * kSecondMs;
}

Instant WorkingHours::toUtc(Instant local) const
{
    // The offset in force at the instant itself, not at the start of its day: on the day the clocks
    // change, 09:00 and local midnight have different offsets. A wall time the change skips (02:30 in
    // spring in Europe) maps to the instant an hour later; one it repeats maps to one of its two.
    const Instant guess = local - offsetMs(local);
    return local - offsetMs(guess);
}

bool WorkingHours::hasWorkingTime() const
{
    return std::any_of(m_spans.begin(), m_spans.end(), [](const auto &s) { return s.second > s.first; });
}

bool WorkingHours::isWorking(Instant t) const
{
    if (!hasWorkingTime())
        return false;
    const Instant local = t + offsetMs(t);
    const qint64 day = floorDay(local);
    const qint64 minute = (local - day * kDayMs) / kMinuteMs;
    const auto &[open, close] = span(weekdayOf(day));
    return minute >= open && minute < close;
}

qint64 WorkingHours::workingTimeBetween(Instant from, Instant to) const
{
    if (to <= from || !hasWorkingTime())
        return 0;
    qint64 total = 0;
    const qint64 offsetFrom = offsetMs(from);
    if (offsetFrom == offsetMs(to)) {
        // One UTC offset over the whole span (no daylight-saving change): plain day arithmetic, any length.
        const qint64 first = floorDay(from + offsetFrom);
        const qint64 last = floorDay(to + offsetFrom);
        for (qint64 day = first; day <= last; ++day) {
            const auto &[opens, closes] = span(weekdayOf(day));
            if (closes <= opens)
                continue;
            const Instant open = day * kDayMs + opens * kMinuteMs - offsetFrom;
            const Instant close = day * kDayMs + closes * kMinuteMs - offsetFrom;
            total += std::max<qint64>(0, std::min(to, close) - std::max(from, open));
        }
        return total;
    }
    Instant cursor = from;
    for (int i = 0; i < kMaxDaysScanned * 2 && cursor < to; ++i) {
        const qint64 day = floorDay(cursor + offsetMs(cursor));
        const auto &[opens, closes] = span(weekdayOf(day));
        if (closes > opens) {
            const Instant a = std::max(cursor, toUtc(day * kDayMs + opens * kMinuteMs));
            const Instant b = std::min(to, toUtc(day * kDayMs + closes * kMinuteMs));
            if (b > a)
                total += b - a;
        }
        cursor = std::max(cursor + 1, toUtc((day + 1) * kDayMs));
    }
    return total;
}

Instant WorkingHours::addWorkingTime(Instant start, qint64 workMs) const
{
    if (workMs <= 0)
        return start;
    if (!hasWorkingTime())
        return start + workMs;
    qint64 left = workMs;
    Instant cursor = start;
    for (int i = 0; i < kMaxDaysScanned * 2; ++i) {
        const qint64 day = floorDay(cursor + offsetMs(cursor));
        const auto &[opens, closes] = span(weekdayOf(day));
        if (closes > opens) {
            const Instant a = std::max(cursor, toUtc(day * kDayMs + opens * kMinuteMs));
            const Instant closeUtc = toUtc(day * kDayMs + closes * kMinuteMs);
            if (closeUtc > a) {
                if (closeUtc - a >= left)
                    return a + left;
                left -= closeUtc - a;
            }
        }
        cursor = std::max(cursor + 1, toUtc((day + 1) * kDayMs));
    }
    return start + workMs;
}

} // namespace lr
