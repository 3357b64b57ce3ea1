#pragma once

#include "core/common/Clock.h"
#include "core/domain/Enums.h"
#include "core/domain/Ids.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lr {

/// A period when a user takes no new leads (holiday, sick leave). [startsAt, endsAt).
struct Absence
{
    Instant startsAt = 0;
    Instant endsAt = 0;
    QString reason;

    bool covers(Instant t) const { return t >= startsAt && t < endsAt; }
};

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
