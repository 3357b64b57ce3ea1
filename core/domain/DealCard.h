#pragma once

#include "core/domain/Deal.h"

#include <QString>

namespace lr {

/// A deal as the board shows it: the deal plus the names and the last activity it needs.
struct DealCard
{
    Deal deal;
    QString companyName;
    QString ownerName;
    Instant lastActivityAt = 0; ///< Latest call, email, meeting, note or SMS on the deal; 0 = none.
};

/// The few columns of a deal that column totals and the forecast add up.
struct DealFigures
{
    Id id = 0;
    Id stageId = 0;
    Id ownerId = 0;
    qint64 valueCents = 0;
    Instant expectedCloseAt = 0;
    Instant stageEnteredAt = 0;
    QString currency;
};

} // namespace lr
