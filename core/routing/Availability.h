#pragma once

#include "core/common/Clock.h"
#include "core/common/Words.h"

#include <QCoreApplication>
#include <QString>

namespace lr {

struct User;

/// Whether someone can take a new lead now — the one place that decides it, for routing, SLA
/// reassignment and holiday hand-overs alike.
class Availability final
{
    Q_DECLARE_TR_FUNCTIONS(lr::Availability)
    LR_DECLARE_WORDS(lr::Availability)

public:
    enum class Reason { Available, Inactive, OutOfOffice, OutsideWorkingHours, AtCapacity };

    /// `openLeads` is the user's current open-lead count; working hours only count when
    /// `respectWorkingHours` (the rule says so).
    static Reason check(const User &user, Instant now, bool respectWorkingHours, int openLeads);
    /// Translated, for the reason trail ("out of office", "at capacity (20/20)").
    static QString describe(Reason reason, const User &user, int openLeads);
    /// The same, untranslated, for the trail the store keeps.
    static Words describeWords(Reason reason, const User &user, int openLeads);
};

} // namespace lr
