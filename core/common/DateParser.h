#pragma once

#include "core/common/Clock.h"

#include <QString>

#include <optional>

namespace lr {

/// Reads the date and time spellings that exports contain, as UTC epoch milliseconds:
/// ISO 8601 ("2026-11-23", "2026-11-23T09:05:00Z", "2026-11-23 09:05", with offsets),
/// US "M/D/YYYY" with optional "h:mm[:ss] [AM|PM]", European "D.M.YYYY [HH:mm]", and epoch
/// seconds or milliseconds. Times without an offset are taken as UTC. A slash date whose first
/// number is above 12 is read as D/M/YYYY. Returns nullopt for anything else, including
/// impossible dates such as 2/30/2026.
std::optional<Instant> parseInstant(const QString &text);

/// ISO 8601 in UTC with a Z ("2026-11-23T09:05:00Z"), for exports and JSON.
QString toIsoUtc(Instant t);

} // namespace lr
