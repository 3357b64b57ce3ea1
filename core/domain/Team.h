#pragma once

#include "core/common/Clock.h"
#include "core/domain/Ids.h"

#include <QString>
#include <QStringList>

namespace lr {

/// A group of reps with one manager, who is the fallback owner of its leads.
struct Team
{
    Id id = 0;
    QString name;
    Id managerId = 0;
    QStringList territories;
    Instant createdAt = 0;
};

} // namespace lr
