#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Ids.h"

#include <QList>
#include <QString>

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
};

/// An ordered set of stages deals move through.
struct Pipeline
{
    Id id = 0;
    QString name;
    QList<Stage> stages;
};

} // namespace lr
