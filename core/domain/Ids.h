#pragma once

#include <QtGlobal>

namespace lr {

/// Row ids of the store. 0 means "not stored yet" / "none".
using Id = qint64;

} // namespace lr
