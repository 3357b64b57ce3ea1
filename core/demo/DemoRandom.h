#pragma once

#include <QList>
#include <QtGlobal>

#include <initializer_list>
#include <random>

namespace lr {

/// The demo generator's only source of chance. std::mt19937 is specified bit for bit by the
/// standard, the standard distributions are not, so every draw below is plain integer arithmetic:
/// the same seed gives the same data set with any compiler and standard library.
class DemoRandom final
{
public:
    explicit DemoRandom(quint32 seed) : m_engine(seed) {}

    /// Uniform in [0, n); 0 when n <= 1.
    int below(int n)
    {
        if (n <= 1)
            return 0;
        return static_cast<int>((static_cast<quint64>(m_engine()) * static_cast<quint64>(n)) >> 32);
    }

    /// Uniform in [lo, hi], both included.
    int between(int lo, int hi) { return hi <= lo ? lo : lo + below(hi - lo + 1); }

    /// Uniform in [lo, hi] for spans of milliseconds wider than an int.
    qint64 between64(qint64 lo, qint64 hi)
    {
        if (hi <= lo)
            return lo;
        const quint64 wide = (static_cast<quint64>(m_engine()) << 32) | m_engine();
        return lo + static_cast<qint64>(wide % static_cast<quint64>(hi - lo + 1));
    }

    /// Uniform in [0, 1).
    double unit() { return m_engine() / 4294967296.0; }

    bool chance(double probability) { return unit() < probability; }

    template <typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(below(static_cast<int>(items.size())));
    }

    /// Index drawn with the given (non-negative) weights.
    int weighted(const QList<int> &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int roll = below(total);
        for (int i = 0; i < weights.size(); ++i) {
            if (roll < weights.at(i))
                return i;
            roll -= weights.at(i);
        }
        return static_cast<int>(weights.size()) - 1;
    }

    int weighted(std::initializer_list<int> weights) { return weighted(QList<int>(weights)); }

private:
    std::mt19937 m_engine;
};

} // namespace lr
