#pragma once

#include "core/metrics/KpiBands.h"

#include <QFrame>

class QLabel;

namespace lr::ui {

/// One KPI of the dashboard: title, value, benchmark band and a trend arrow against the previous
/// period, coloured by where the value stands. A click asks for the records behind it.
class KpiTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiTile)

public:
    explicit KpiTile(Kpi kpi, QWidget *parent = nullptr);

    Kpi kpi() const { return m_kpi; }
    /// Shows `value` (already formatted as `text`) and the arrow from `previous`.
    void setFigure(const QString &text, std::optional<double> value, std::optional<double> previous);
    QString valueText() const;
    QString trendText() const;
    KpiHealth health() const { return m_health; }

signals:
    void clicked(lr::Kpi kpi);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    Kpi m_kpi;
    KpiHealth m_health = KpiHealth::Unrated;
    QLabel *m_value = nullptr;
    QLabel *m_trend = nullptr;
    QLabel *m_band = nullptr;
};

} // namespace lr::ui
