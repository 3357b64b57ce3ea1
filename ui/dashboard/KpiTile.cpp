#include "ui/dashboard/KpiTile.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace lr::ui {
namespace {

const char *colourOf(KpiHealth health)
{
    switch (health) {
    case KpiHealth::Good:
        return "#2e7d32";
    case KpiHealth::Warning:
        return "#ef6c00";
    case KpiHealth::Bad:
        return "#c62828";
    case KpiHealth::Unrated:
        break;
    }
    return "#78909c";
}

} // namespace

KpiTile::KpiTile(Kpi kpi, QWidget *parent) : QFrame(parent), m_kpi(kpi)
{
    setObjectName(QStringLiteral("kpiTile"));
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(180, 96);
    auto *title = new QLabel(KpiBands::title(kpi), this);
    title->setObjectName(QStringLiteral("kpiTitle"));
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("kpiValue"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_trend = new QLabel(this);
    m_trend->setObjectName(QStringLiteral("kpiTrend"));
    m_band = new QLabel(KpiBands::bandText(kpi), this);
    m_band->setObjectName(QStringLiteral("kpiBand"));
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value);
    valueRow->addWidget(m_trend);
    valueRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addLayout(valueRow);
    layout->addWidget(m_band);
    setAccessibleName(KpiBands::title(kpi));
    setFigure(QStringLiteral("–"), std::nullopt, std::nullopt);
}

void KpiTile::setFigure(const QString &text, std::optional<double> value, std::optional<double> previous)
{
    m_health = KpiBands::health(m_kpi, value);
    m_value->setText(text);
    QString arrow;
    QString colour = QStringLiteral("#78909c");
    QString tip = tr("No figure for the previous period");
    if (value && previous) {
        const bool up = *value > *previous;
        const bool down = *value < *previous;
        arrow = up ? QStringLiteral("▲") : down ? QStringLiteral("▼") : QStringLiteral("▬");
        if (up || down) {
            const bool better = up == KpiBands::higherIsBetter(m_kpi);
            colour = QLatin1String(better ? "#2e7d32" : "#c62828");
        }
        tip = up     ? tr("Up from the previous period")
              : down ? tr("Down from the previous period")
                     : tr("As in the previous period");
    }
    m_trend->setText(arrow);
    m_trend->setToolTip(tip);
    m_trend->setStyleSheet(QStringLiteral("color: %1; font-size: 14pt;").arg(colour));
    setStyleSheet(QStringLiteral("#kpiTile { border: 1px solid #cfd8dc; border-left: 5px solid %1; "
                                 "border-radius: 4px; background: palette(base); }"
                                 "#kpiBand { color: #607d8b; }")
                      .arg(QLatin1String(colourOf(m_health))));
    setToolTip(tr("Click to see the records behind this figure"));
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

QString KpiTile::trendText() const
{
    return m_trend->text();
}

void KpiTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked(m_kpi);
    QFrame::mouseReleaseEvent(event);
}

void KpiTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit clicked(m_kpi);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace lr::ui
