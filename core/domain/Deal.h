#pragma once

#include "core/common/Clock.h"
#include "core/domain/Ids.h"

#include <QString>

namespace lr {

/// A sales opportunity moving through a pipeline.
struct Deal
{
    Id id = 0;
    Id pipelineId = 0;
    Id stageId = 0;
    Id leadId = 0;
    Id companyId = 0;
    Id ownerId = 0;
    QString title;
    qint64 valueCents = 0;
    QString currency = QStringLiteral("EUR");
    Instant expectedCloseAt = 0;
    QString decisionMaker;
    QString vatId;
    QString billingEmail;
    QString lostReason;
    QString nextStep;
    QString externalId;
    QString product; ///< What was sold (free text, from imports or the detail panel).
    Instant createdAt = 0;
    Instant updatedAt = 0;
    Instant stageEnteredAt = 0;
    Instant engagedAt = 0;
    Instant closedAt = 0;
};

/// One move of a deal between stages, kept for velocity and forecast accuracy.
struct StageChange
{
    Id id = 0;
    Id dealId = 0;
    Id fromStageId = 0;
    Id toStageId = 0;
    Id userId = 0;
    Instant at = 0;
};

} // namespace lr
