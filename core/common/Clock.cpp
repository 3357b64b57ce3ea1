#include "core/common/Clock.h"

#include <QDateTime>

namespace lr {

Instant SystemClock::now() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace lr
