#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QCoreApplication>

namespace lr {

class Store;

struct DemoOptions
{
    quint32 seed = 20261123; ///< Same seed, same clock → byte-identical data set.
    int leads = 3000;
    int days = 90; ///< Leads are spread over the last `days` days before clock.now().
};

struct DemoSummary
{
    int teams = 0;
    int users = 0;
    int companies = 0;
    int leads = 0;
    int deals = 0;
    int tasks = 0;
    int activities = 0;
    int meetings = 0;
    int events = 0;
    int liveLeads = 0; ///< Arrived in the last hours and routed through LeadDispatcher (SLA clocks, ladder).
};

/// Fills an empty store with a deterministic, realistic sales org and lead history through the
/// core repositories, so that the demo stays consistent with the rules as the product grows.
class DemoDataGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(lr::DemoDataGenerator)

public:
    DemoDataGenerator(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    /// Refuses (with a message) when the store already has users: demo data never mixes with real data.
    Result<DemoSummary> generate(const DemoOptions &options = {});

    /// True when the store has no users yet (a brand-new database).
    static bool isEmpty(Store &store);

    /// The most leads one run generates.
    static constexpr int kMaxLeads = 1000000;

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace lr
