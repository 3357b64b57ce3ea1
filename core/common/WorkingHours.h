#pragma once

#include "core/common/Clock.h"

#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>

namespace lr {

struct User;
struct WorkSpan;

/// A user's working week in their own time zone: working days (bit 0 = Monday … bit 6 = Sunday)
/// and working minutes [start, end) of each of them. Business-hours SLAs count only this time;
/// routing rules that respect working hours skip people outside it.
class WorkingHours final
{
public:
    WorkingHours() = default;
    WorkingHours(const QString &timeZone, int startMinute, int endMinute, int workDays);
    /// With per-weekday spans (0 = Monday … 6 = Sunday): a day with its own span overrides
    /// start/end and its work-day bit; days without one keep them.
    WorkingHours(const QString &timeZone, int startMinute, int endMinute, int workDays,
                 const std::array<std::optional<WorkSpan>, 7> &week);
    static WorkingHours of(const User &user);

    /// True when `t` falls inside a working period.
    bool isWorking(Instant t) const;
    /// The instant `workMs` of working time after `start` (counting only working periods).
    /// With no working time at all in the week it returns start + workMs (a 24/7 fallback).
    Instant addWorkingTime(Instant start, qint64 workMs) const;
    /// Working time between `from` and `to` (0 when to <= from). Absences and public holidays are
    /// not subtracted (see docs/metrics.md, speed-to-lead in business hours).
    qint64 workingTimeBetween(Instant from, Instant to) const;

private:
    /// Offset of the calendar's zone from UTC at `t`, in ms.
    qint64 offsetMs(Instant t) const;
    /// The UTC instant of a local wall time (ms since the epoch as if the zone were UTC).
    Instant toUtc(Instant local) const;
    bool hasWorkingTime() const;
    /// Working minutes [first, second) of `weekday` (0 = Monday); empty on a day off.
    const std::pair<int, int> &span(int weekday) const { return m_spans[static_cast<size_t>(weekday)]; }

    QTimeZone m_zone = QTimeZone::utc(); ///< Resolved once: building a zone from its id is costly.
    /// Per weekday (Monday first): 09:00–18:00 Monday to Friday unless told otherwise.
    std::array<std::pair<int, int>, 7> m_spans = {
        {{540, 1080}, {540, 1080}, {540, 1080}, {540, 1080}, {540, 1080}, {0, 0}, {0, 0}}};
};

} // namespace lr
