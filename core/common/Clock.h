#pragma once

#include <QtGlobal>

#include <atomic>

namespace lr {

/// Milliseconds since the Unix epoch, UTC. Every instant in LeadRelay is one of these.
using Instant = qint64;

constexpr qint64 kSecondMs = 1000;
constexpr qint64 kMinuteMs = 60 * kSecondMs;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

/// The only source of "now" for core logic. The app injects SystemClock; tests and
/// `leadrelayctl simulate` inject ManualClock so that hours of SLA time pass in microseconds.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual Instant now() const = 0;
};

/// Wall-clock time of the machine.
class SystemClock final : public Clock
{
public:
    Instant now() const override;
};

/// A clock that only moves when told to. Thread-safe.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(Instant start = 0) : m_now(start) {}
    Instant now() const override { return m_now.load(); }
    void set(Instant t) { m_now.store(t); }
    void advance(qint64 ms) { m_now.fetch_add(ms); }

private:
    std::atomic<Instant> m_now;
};

} // namespace lr
