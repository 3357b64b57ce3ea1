#pragma once

#include "core/timers/TimerService.h"

#include <QObject>
#include <QTimer>

namespace lr {

/// Drives a TimerService from the event loop: one QTimer that calls tick() (by default once a
/// second). The app and `leadrelayctl serve` own one; tests call TimerService::fireDue directly.
/// The first tick runs at start(), so overdue timers fire as soon as the program is up.
class TimerTicker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimerTicker)

public:
    explicit TimerTicker(TimerService &service, int intervalMs = 1000, QObject *parent = nullptr);

    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

    /// One tick now (what the QTimer calls).
    FireReport tickNow();

signals:
    /// Every tick, after firing (other periodic work — the webhook outbox, notifications — hangs here).
    void ticked();
    /// Some timers fired; `leads` are the lead ids they were about (views refresh those).
    void fired(const QList<lr::Id> &leads);
    /// The store refused a tick (locked, disk full); the next tick tries again.
    void failed(const QString &error);

private:
    TimerService &m_service;
    QTimer m_timer;
};

} // namespace lr
