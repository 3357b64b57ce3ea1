#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Ids.h"

namespace lr {

struct User;

/// Who is asking. Every read of leads, deals, tasks and timelines takes one, and the store turns it
/// into a WHERE clause, so a rep cannot see another rep's records by any path: reps see what they
/// own, managers what their team (and they) own, admins and the local operator everything.
struct AccessScope
{
    Id userId = 0;
    Role role = Role::Admin;
    Id teamId = 0;

    /// The local operator (CLI, demo generator, engine): sees everything.
    static AccessScope system() { return {}; }
    static AccessScope forUser(const User &user);

    bool seesEverything() const { return role == Role::Admin; }
};

} // namespace lr
