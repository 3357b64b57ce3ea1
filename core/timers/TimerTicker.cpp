#include "core/timers/TimerTicker.h"

namespace lr {

TimerTicker::TimerTicker(TimerService &service, int intervalMs, QObject *parent) : QObject(parent), m_service(service)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { tickNow(); });
}

void TimerTicker::start()
{
    tickNow();
    m_timer.start();
}

void TimerTicker::stop()
{
    m_timer.stop();
}

FireReport TimerTicker::tickNow()
{
    const FireReport report = m_service.tick();
    if (report.fired > 0 || report.failed > 0)
        emit fired(report.firedLeads);
    if (!report.error.isEmpty())
        emit failed(report.error);
    emit ticked();
    return report;
}

} // namespace lr
