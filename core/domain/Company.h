#pragma once

#include "core/common/Clock.h"
#include "core/domain/Ids.h"

#include <QString>

namespace lr {

/// An organisation, one per web domain.
struct Company
{
    Id id = 0;
    QString name;
    QString domain; ///< Lower case, unique; empty for companies known only by name.
    QString industry;
    int employees = 0;  ///< 0 = unknown.
    qint64 revenue = 0; ///< Yearly, in whole units of the company's currency; 0 = unknown.
    QString country;
    QString linkedin;
    Instant createdAt = 0;
    Instant updatedAt = 0;
};

} // namespace lr
