#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace lr {

/// `leadrelayctl simulate`: runs a scenario — users, rules, leads arriving at times, touches at
/// times — through the real intake, routing, SLA ladder and durable timers, in a scratch store
/// under a manual clock, and returns the timeline of what happened.
///
/// Scenario: {"start": "2026-11-23T09:00:00Z", "run_until": "+3h",
///   "users": [{"name": "Mia", "role": "manager", "team": "DACH"},
///             {"name": "Hans", "role": "rep", "team": "DACH", "languages": ["de"], "countries": ["DE"],
///              "capacity": 20, "senior": false, "segment": "", "timezone": "Europe/Berlin",
///              "working_hours": ["09:00", "18:00"], "out_of_office": [["2026-11-20", "2026-11-30"]]}],
///   "rules": "default" | {"routing": {"rules": […]}, "sla": {"policies": […]}},
///   "leads": [{"at": "+0s", "email": "k@firma.de", "country": "DE", "language": "de",
///              "form_type": "demo_request", "employees": 120, "source": "web_form"}],
///   "touches": [{"at": "+3m", "email": "k@firma.de", "type": "call"}]}
/// Times are ISO instants or offsets from start ("+90s", "+3m", "+2h", "+1d"). In custom routing
/// rules a target's "user"/"users"/"team" may name people and teams instead of ids. A team's
/// territories are its members' countries; out-of-office ranges are whole days, both inclusive.
///
/// Result: {"timeline": [{"at": ISO, "type": "assigned|task_created|nudge|manager_alert|reassigned|
///          incident|touch", "lead": email, "user": name, "reason": "…"}]} in time order.
class Simulator final
{
    Q_DECLARE_TR_FUNCTIONS(lr::Simulator)

public:
    /// Runs `scenario` in a temporary store; fails with a translated message on bad input.
    static Result<QJsonObject> run(const QJsonObject &scenario);
};

} // namespace lr
