#pragma once

#include "core/common/Clock.h"

#include <QList>
#include <QString>

namespace lr {

/// One condition's part of an explanation, in no language: which condition of its set (by
/// position; -1 for words that belong to no condition), and the lead's value it saw — the field's
/// text, the event count, the day a silence began, "true"/"false", or "" for an empty field. What
/// the store keeps, so an explanation reads in the language of whoever looks at it.
struct TriggerPart
{
    int condition = 0;
    QString value;

    bool operator==(const TriggerPart &) const = default;
};

/// What made a condition set hold for a lead, for people: "Job title: CEO", "Page view /pricing ×3
/// in 7 days" (`fact`, in the current language, from `parts`); `at` is when that fact arose (the
/// newest counted event, else LeadFacts::capturedAt).
struct Trigger
{
    QString fact;
    Instant at = 0;
    QList<TriggerPart> parts;
};

} // namespace lr
