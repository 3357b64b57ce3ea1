#pragma once

#include "core/domain/Lead.h"
#include "core/domain/Team.h"
#include "core/domain/User.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <QList>
#include <QTemporaryDir>

#include <functional>

namespace lr::test {

/// Two teams with a manager and two reps each, and an admin.
struct SalesOrg
{
    Team north;
    Team south;
    User admin;
    User northManager;
    User anna;  ///< Rep in north.
    User boris; ///< Rep in north.
    User southManager;
    User carla;    ///< Rep in south.
    User inactive; ///< Former rep in south, not active.

    QList<User> reps() const { return {anna, boris, carla}; }
};

SalesOrg createSalesOrg(Store &store);

/// `count` leads owned round-robin by the org's reps (and one in ten by a manager), created one
/// minute apart going back from kTestStart; statuses and sources cycle. Lead 0 is "Zofia
/// Kowalczyk" (unique name), everyone else has generated names. Returns the leads as stored.
QList<Lead> createLeads(Store &store, const SalesOrg &org, int count);

/// How many of `leads` match `keep`.
qint64 countIf(const QList<Lead> &leads, const std::function<bool(const Lead &)> &keep);

/// Points QSettings at a private folder for the lifetime of the object, so tests neither read
/// nor write the developer's settings and start from nothing.
class IsolatedSettings
{
public:
    IsolatedSettings();
    ~IsolatedSettings();

private:
    QTemporaryDir m_dir;
};

/// Gives the application LeadRelay's look (Theme::apply: style, palette, style sheet with its
/// header padding) for the lifetime of the object, for tests of what fits on screen.
class AppLook
{
public:
    AppLook();
    ~AppLook();

private:
    QString m_styleSheet;
};

/// Waits (processing events) until `condition` holds or `timeoutMs` passes.
bool waitFor(const std::function<bool()> &condition, int timeoutMs = 3000);

} // namespace lr::test
