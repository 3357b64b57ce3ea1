#include "core/security/Permissions.h"

#include "core/domain/User.h"

namespace lr {

bool Permissions::allows(const User &user, Permission permission)
{
    if (!user.active || user.id == 0)
        return false;
    switch (permission) {
    case Permission::EnterLeads:
        return true;
    case Permission::ImportLeads:
        return user.role == Role::Manager || user.role == Role::Admin;
    case Permission::ManageIntakeSettings:
        return user.role == Role::Admin;
    case Permission::ImportDeals:
        return user.role == Role::Manager || user.role == Role::Admin;
    case Permission::EditPipeline:
        return user.role == Role::Admin;
    }
    return false;
}

Status Permissions::check(const User &user, Permission permission)
{
    if (allows(user, permission))
        return {};
    if (!user.active || user.id == 0)
        return Status::failure(tr("%1 is not an active user.").arg(user.name.isEmpty() ? user.email : user.name));
    switch (permission) {
    case Permission::EnterLeads:
        break;
    case Permission::ImportLeads:
        return Status::failure(tr("Only managers and administrators may import leads."));
    case Permission::ManageIntakeSettings:
        return Status::failure(tr("Only administrators may change the intake settings."));
    case Permission::ImportDeals:
        return Status::failure(tr("Only managers and administrators may import deals."));
    case Permission::EditPipeline:
        return Status::failure(tr("Only administrators may edit pipelines and their stages."));
    }
    return Status::failure(tr("You may not do this."));
}

} // namespace lr
