#pragma once

#include "core/common/Clock.h"
#include "core/domain/Enums.h"
#include "core/domain/Ids.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace lr {

/// A period when a user takes no new leads (holiday, sick leave). [startsAt, endsAt).
struct Absence
{
    Instant startsAt = 0;
    Instant endsAt = 0;
    QString reason;

    bool covers(Instant t) const { return t >= startsAt && t < endsAt; }
};

/// One weekday's own working span in local minutes after midnight, [startMinute, endMinute);
/// an empty span (end <= start) is a day off.
struct WorkSpan
{
    int startMinute = 0;
    int endMinute = 0;

    bool isOff() const { return endMinute <= startMinute; }
    bool operator==(const WorkSpan &) const = default;
};

/// Optional per-weekday hours (index 0 = Monday … 6 = Sunday): a day with its own span overrides
/// the user's start/end and work-day bit; days without one fall back to them.
using WorkWeek = std::array<std::optional<WorkSpan>, 7>;

/// Someone who signs in: a rep works leads, a manager watches a team, an admin owns the setup.
struct User
{
    Id id = 0;
    QString name;
    QString email;
    Role role = Role::Rep;
    Id teamId = 0;
    QStringList territories;                  ///< ISO 3166 country codes, upper case ("DE", "BG").
    QStringList languages;                    ///< ISO 639-1 codes, lower case ("de", "bg").
    QString segment;                          ///< "smb", "mid_market", "enterprise" or empty.
    int capacity = 50;                        ///< Open leads the user can hold at once.
    QString timeZone = QStringLiteral("UTC"); ///< IANA name, e.g. "Europe/Sofia".
    int workStartMinute = 9 * 60;             ///< Local minutes after midnight.
    int workEndMinute = 18 * 60;
    int workDays = 0b0011111; ///< Bit 0 = Monday … bit 6 = Sunday.
    WorkWeek workWeek;        ///< Per-weekday overrides of the above (table user_work_days).
    bool active = true;
    QList<Absence> absences;
    Instant createdAt = 0;

    bool isOutOfOffice(Instant t) const
    {
        for (const Absence &a : absences) {
            if (a.covers(t))
                return true;
        }
        return false;
    }
};

} // namespace lr
