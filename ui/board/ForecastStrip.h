#pragma once

#include "core/common/Clock.h"
#include "core/domain/Ids.h"

#include <QFrame>
#include <QHash>

class QHBoxLayout;
class QLabel;
class QScrollArea;

namespace lr {
struct ForecastCell;
}

namespace lr::ui {

/// The weighted forecast on the board: one tile per expected close month (this month and the
/// five after it, plus earlier and undated deals), each with the weighted sum, the plain sum and the
/// number of deals; the tooltip splits a month by owner.
class ForecastStrip final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForecastStrip)

public:
    explicit ForecastStrip(QWidget *parent = nullptr);

    void setForecast(const QList<ForecastCell> &cells, const QHash<Id, QString> &ownerNames, Instant now);
    /// The weighted sum shown for a month (yyyy-MM), in cents; for tests.
    qint64 weightedFor(const QString &month) const { return m_weighted.value(month); }
    qint64 weightedTotal() const { return m_total; }

private:
    QHBoxLayout *m_tiles = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_totalLabel = nullptr;
    QHash<QString, qint64> m_weighted;
    qint64 m_total = 0;
};

} // namespace lr::ui
