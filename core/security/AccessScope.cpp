#include "core/security/AccessScope.h"

#include "core/domain/User.h"

namespace lr {

AccessScope AccessScope::forUser(const User &user)
{
    return AccessScope{user.id, user.role, user.teamId};
}

} // namespace lr
