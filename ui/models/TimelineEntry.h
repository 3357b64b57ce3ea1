#pragma once

#include "core/common/Clock.h"

#include <QString>

namespace lr::ui {

/// One line of a lead's timeline, already worded for the reader.
struct TimelineEntry
{
    /// Decides the colour of the entry's marker.
    enum class Kind { Created, Assignment, Status, Touch, Engagement, Meeting, Task, Deal, Note, Other };

    Instant at = 0;
    Kind kind = Kind::Other;
    QString title;  ///< "Assigned to Anna Nowak"
    QString detail; ///< Secondary line: reason, outcome, who did it; may be empty.
};

} // namespace lr::ui
