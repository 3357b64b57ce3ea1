#pragma once

#include "core/domain/Event.h"

#include <QString>
#include <QStringList>

namespace lr::metricEvents {

/// The event types the metrics read besides those of core/domain/Event.h. docs/metrics.md lists
/// every type and payload field each metric reads, so that the engines emitting them (scoring,
/// routing/SLA) and the metrics agree.

/// Scoring put a lead in a class. payload: {"class": "sql"|"mql"|"nurture"|"disqualified", "score": n}.
inline const QString LeadClassified = QStringLiteral("lead_classified");
/// A lead's SLA step ran out. user_id: the owner who breached it.
inline const QString SlaBreached = QStringLiteral("sla_breached");
/// A breach was escalated to the manager. user_id: the owner who breached it.
inline const QString SlaEscalated = QStringLiteral("sla_escalated");
/// A lead was taken from its owner for an SLA breach. user_id: the owner it was taken from.
inline const QString SlaReassigned = QStringLiteral("sla_reassigned");

/// What the routing/SLA engine (issue 5) emits: at 100 % of the SLA the manager is alerted about
/// the breach (user_id: the manager, payload "owner": the owner who breached); at 150 % the lead is
/// reassigned and an incident logged (user_id: the owner it was taken from).
inline const QString SlaManagerAlert = QStringLiteral("sla_manager_alert");
inline const QString SlaIncident = QStringLiteral("sla_incident");

inline QStringList slaTypes()
{
    return {SlaBreached, SlaEscalated, SlaReassigned, SlaManagerAlert, SlaIncident};
}
/// A breach: the SLA ran out (every breach is escalated to the manager by the ladder).
inline bool isBreach(const QString &type)
{
    return type == SlaBreached || type == SlaManagerAlert;
}
inline bool isEscalation(const QString &type)
{
    return type == SlaEscalated || type == SlaManagerAlert;
}
inline bool isReassignment(const QString &type)
{
    return type == SlaReassigned || type == SlaIncident;
}

/// Lead sources that count as marketing-sourced (attribution).
inline QStringList marketingSources()
{
    return {QStringLiteral("web_form"), QStringLiteral("ads"), QStringLiteral("event"), QStringLiteral("chat")};
}

} // namespace lr::metricEvents
