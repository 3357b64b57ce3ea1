#include "core/common/WorkingHours.h"

#include "core/domain/User.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace lr {
namespace {

constexpr int kMaxDaysScanned = 400; // a calendar with working time has some within a week

} // namespace

WorkingHours::WorkingHours(const QString &timeZone, int startMinute, int endMinute, int workDays)
    : m_timeZone(timeZone.isEmpty() ? QStringLiteral("UTC") : timeZone), m_start(std::clamp(startMinute, 0, 1440)),
      m_end(std::clamp(endMinute, 0, 1440)), m_days(workDays & 0x7f)
{}

WorkingHours WorkingHours::of(const User &user)
{
    return WorkingHours(user.timeZone, user.workStartMinute, user.workEndMinute, user.workDays);
}

qint64 WorkingHours::offsetMs(Instant t) const
{
    const QTimeZone zone(m_timeZone.toUtf8());
    if (!zone.isValid())
        return 0;
    return static_cast<qint64>(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()))) * kSecondMs;
}

bool WorkingHours::hasWorkingTime() const
{
    return m_days != 0 && m_end > m_start;
}

bool WorkingHours::isWorking(Instant t) const
{
    if (!hasWorkingTime())
        return false;
    const Instant local = t + offsetMs(t);
    const qint64 day = local >= 0 ? local / kDayMs : (local - kDayMs + 1) / kDayMs;
    const qint64 minute = (local - day * kDayMs) / kMinuteMs;
    const int weekday = static_cast<int>(((day % 7) + 7 + 3) % 7); // 1970-01-01 was a Thursday (3)
    return (m_days & (1 << weekday)) && minute >= m_start && minute < m_end;
}

qint64 WorkingHours::workingTimeBetween(Instant from, Instant to) const
{
    if (to <= from || !hasWorkingTime())
        return 0;
    qint64 total = 0;
    Instant cursor = from;
    for (int i = 0; i < kMaxDaysScanned * 2 && cursor < to; ++i) {
        const qint64 offset = offsetMs(cursor);
        const Instant local = cursor + offset;
        const qint64 day = local >= 0 ? local / kDayMs : (local - kDayMs + 1) / kDayMs;
        const int weekday = static_cast<int>(((day % 7) + 7 + 3) % 7);
        const Instant dayStartUtc = day * kDayMs - offset;
        const Instant openUtc = dayStartUtc + m_start * kMinuteMs;
        const Instant closeUtc = dayStartUtc + m_end * kMinuteMs;
        if (m_days & (1 << weekday)) {
            const Instant a = std::max(cursor, openUtc);
            const Instant b = std::min(to, closeUtc);
            if (b > a)
                total += b - a;
        }
        cursor = std::max(cursor + 1, dayStartUtc + kDayMs);
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
        const qint64 offset = offsetMs(cursor);
        const Instant local = cursor + offset;
        const qint64 day = local >= 0 ? local / kDayMs : (local - kDayMs + 1) / kDayMs;
        const int weekday = static_cast<int>(((day % 7) + 7 + 3) % 7);
        const Instant dayStartUtc = day * kDayMs - offset;
        const Instant openUtc = dayStartUtc + m_start * kMinuteMs;
        const Instant closeUtc = dayStartUtc + m_end * kMinuteMs;
        if (m_days & (1 << weekday)) {
            const Instant a = std::max(cursor, openUtc);
            if (closeUtc > a) {
                if (closeUtc - a >= left)
                    return a + left;
                left -= closeUtc - a;
            }
        }
        cursor = std::max(cursor + 1, dayStartUtc + kDayMs);
    }
    return start + workMs;
}

} // namespace lr
