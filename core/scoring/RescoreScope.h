#pragma once

#include "core/store/ScoreRepository.h"

namespace lr {

class ScoringRuleSet;

/// The leads a change of the scoring rules can affect, from the versions it went through (oldest
/// first; each next one saved after the one before it). A lead keeps its outcome under the new
/// rules unless it fired a rule that changed, or its score sits where a class threshold moved:
/// - a rule's points, axis or name changed, or it was disabled or removed → the leads that fired it;
/// - a class threshold moved → the leads whose score lies between its old and new value;
/// - the SQL threshold moved → also the leads that fired an email-opens rule or the over-scoring
///   guard, whose cut depends on it;
/// - anything that can make a rule fire for new leads (a new or enabled rule, changed conditions,
///   a new order, other form types, another action matrix) → every lead.
/// One version alone changed nothing: only the leads whose fired rules are not known.
ScoringScope affectedLeads(const QList<const ScoringRuleSet *> &versions);

} // namespace lr
