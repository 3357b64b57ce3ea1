#pragma once

#include "core/store/Store.h"

#include <memory>

namespace lr::bench {

/// A store with `leads` generated leads, built once through the core repositories and cached in
/// the build folder (bench-data/leads-N.db), so that repeated runs measure reads, not generation.
QString ensureLeadStore(int leads);

/// Opens the cached store (building it first when missing).
std::unique_ptr<Store> openLeadStore(int leads);

/// Resident set size of this process in MiB (from /proc/self/status).
double residentMiB();

} // namespace lr::bench
