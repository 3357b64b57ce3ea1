#pragma once

#include "core/common/Clock.h"

#include <QCoreApplication>
#include <QString>

namespace lr::ui {

/// How instants, counts and empty values read on screen, in the user's locale.
class Format final
{
    Q_DECLARE_TR_FUNCTIONS(lr::ui::Format)

public:
    Format() = delete;

    /// Local date and time in the locale's short format, to the minute (or to the second when
    /// `withSeconds`); empty for 0 (never).
    static QString dateTime(Instant at, bool withSeconds = false);
    /// Local date in the locale's short format; empty for 0.
    static QString date(Instant at);
    /// "just now", "5 min ago", "in 3 h", "yesterday", "4 days ago"; the date beyond a week.
    static QString relative(Instant at, Instant now);
    /// A span of time, coarse and short: "40 s", "4 min", "2 h 5 min", "3 days".
    static QString duration(qint64 ms);
    /// "1,234 leads" with the locale's digit grouping and plural forms.
    static QString leadCount(qint64 count);
    /// A readable placeholder for fields without a value.
    static QString missing();
};

} // namespace lr::ui
