#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>

namespace lr {

struct User;

/// Things a signed-in user may or may not do, beyond what AccessScope lets them read.
enum class Permission {
    EnterLeads,           ///< Type a lead in by hand (any active user).
    ImportLeads,          ///< Import a leads file (managers and admins).
    ManageIntakeSettings, ///< Change webhook intake and other store-wide intake settings (admins).
    ImportDeals,          ///< Import deals from another CRM's export (managers and admins).
    EditPipeline          ///< Edit pipelines, stages, probabilities and pipeline automation (admins).
};

/// The one place that decides who may do what. Core services call check() before acting, so a
/// hidden button is never the only guard; the UI calls allows() to mirror it.
class Permissions final
{
    Q_DECLARE_TR_FUNCTIONS(lr::Permissions)

public:
    static bool allows(const User &user, Permission permission);
    /// Success, or a translated refusal that says who may do it.
    static Status check(const User &user, Permission permission);
};

} // namespace lr
