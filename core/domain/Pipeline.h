#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Ids.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lr {

/// One column of the deal board.
struct Stage
{
    Id id = 0;
    Id pipelineId = 0;
    QString name;
    int position = 0;
    int probability = 0; ///< Percent, 0–100.
    StageKind kind = StageKind::Open;
    int rotDays = 0; ///< Days without a real activity before a deal here rots; 0 = never.
    /// Deal fields (DealField keys) a deal needs before it may enter this stage: the exit criteria
    /// of the stages before it.
    QStringList requiredFields;
    int staleAfterDays = 0;   ///< Days in this stage after which the probability drops; 0 = never.
    int staleProbability = 0; ///< Percent a deal here for longer than staleAfterDays is worth.
    /// The fact that moves deals into this stage by itself ("meeting_booked", "contract_signed",
    /// "bounce"; empty = none), see DealAutomation.
    QString enteredOnFact;

    bool isOpen() const { return kind == StageKind::Open; }
};

/// An ordered set of stages deals move through.
struct Pipeline
{
    Id id = 0;
    QString name;
    QList<Stage> stages;
};

} // namespace lr
