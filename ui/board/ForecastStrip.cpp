#include "ui/board/ForecastStrip.h"

#include "core/pipeline/DealService.h"
#include "ui/board/DealCardDelegate.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace lr::ui {
namespace {

struct Tile
{
    QString currency;
    qint64 count = 0;
    qint64 value = 0;
    qint64 weighted = 0;
    QMap<QString, qint64> byOwner;
};

} // namespace

ForecastStrip::ForecastStrip(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("forecastStrip"));
    setStyleSheet(QStringLiteral("QFrame#forecastStrip { background: #ffffff; border-bottom: 1px solid #e5e7eb; }"
                                 "QFrame[forecastTile=\"true\"] { background: #f8fafc; border: 1px solid #e5e7eb; "
                                 "border-radius: 6px; }"));
    auto *title = new QLabel(tr("Weighted forecast"), this);
    title->setStyleSheet(QStringLiteral("font-weight: 600; color: #172b4d;"));
    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(QStringLiteral("forecastTotal"));
    m_totalLabel->setStyleSheet(QStringLiteral("color: #42526e;"));
    auto *left = new QVBoxLayout;
    left->setSpacing(2);
    left->addWidget(title);
    left->addWidget(m_totalLabel);
    left->addStretch();
    // The tiles scroll sideways when the window is narrower than they are (eight months in
    // Bulgarian are wider than a laptop screen); they never make the window wider.
    auto *tilesHost = new QWidget;
    tilesHost->setObjectName(QStringLiteral("forecastTiles"));
    m_tiles = new QHBoxLayout(tilesHost);
    m_tiles->setContentsMargins(0, 0, 0, 0);
    m_tiles->setSpacing(8);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("forecastScroll"));
    m_scroll->setWidget(tilesHost);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scroll->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_scroll->setStyleSheet(
        QStringLiteral("QScrollArea#forecastScroll, QWidget#forecastTiles { background: transparent; }"));
    m_scroll->viewport()->setAutoFillBackground(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setSpacing(16);
    layout->addLayout(left);
    layout->addWidget(m_scroll, 1);
}

void ForecastStrip::setForecast(const QList<ForecastCell> &cells, const QHash<Id, QString> &ownerNames, Instant now)
{
    while (QLayoutItem *item = m_tiles->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_weighted.clear();
    m_total = 0;
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
    const QString thisMonth = today.toString(QStringLiteral("yyyy-MM"));
    QStringList months;
    for (int i = 0; i < 6; ++i)
        months.append(today.addMonths(i).toString(QStringLiteral("yyyy-MM")));
    const QString earlier = QStringLiteral("earlier");
    const QString later = QStringLiteral("later");
    QMap<QString, Tile> tiles;
    qint64 value = 0;
    QString currency;
    for (const ForecastCell &c : cells) {
        currency = commonCurrency(currency, c.currency, m_total == 0 && value == 0);
        m_weighted[c.month] += c.weightedCents;
        m_total += c.weightedCents;
        value += c.valueCents;
        const QString key = c.month.isEmpty() || c.month < thisMonth ? earlier
                            : months.contains(c.month)               ? c.month
                                                                     : later;
        Tile &t = tiles[key];
        t.currency = commonCurrency(t.currency, c.currency, t.count == 0);
        t.count += c.count;
        t.value += c.valueCents;
        t.weighted += c.weightedCents;
        t.byOwner[ownerNames.value(c.ownerId, tr("Unassigned"))] += c.weightedCents;
    }
    const auto money = [](qint64 cents, const QString &in) { return DealCardDelegate::compactMoney(cents, in); };
    m_totalLabel->setText(tr("%1 of %2 open").arg(money(m_total, currency), money(value, currency)));

    QStringList order;
    if (tiles.contains(earlier))
        order.append(earlier);
    order += months;
    if (tiles.contains(later))
        order.append(later);
    for (const QString &key : std::as_const(order)) {
        const Tile t = tiles.value(key);
        auto *tile = new QFrame(this);
        tile->setProperty("forecastTile", true);
        tile->setObjectName(QStringLiteral("forecast_%1").arg(key));
        QString name;
        if (key == earlier)
            name = tr("Overdue / no date");
        else if (key == later)
            name = tr("Later");
        else
            name = QLocale().toString(QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate),
                                      QStringLiteral("MMM yyyy"));
        auto *nameLabel = new QLabel(name, tile);
        nameLabel->setStyleSheet(QStringLiteral("color: %1; font-size: 8.5pt; font-weight: 600;")
                                     .arg(key == earlier ? QStringLiteral("#b45309") : QStringLiteral("#6b778c")));
        auto *weighted = new QLabel(t.count ? money(t.weighted, t.currency) : QStringLiteral("—"), tile);
        weighted->setStyleSheet(QStringLiteral("color: #172b4d; font-size: 12pt; font-weight: 600;"));
        auto *detail = new QLabel(
            t.count ? tr("%n deal(s) · %1", nullptr, static_cast<int>(t.count)).arg(money(t.value, t.currency))
                    : tr("No deals"),
            tile);
        detail->setStyleSheet(QStringLiteral("color: #6b778c; font-size: 8.5pt;"));
        auto *tileLayout = new QVBoxLayout(tile);
        tileLayout->setContentsMargins(10, 6, 10, 6);
        tileLayout->setSpacing(1);
        tileLayout->addWidget(nameLabel);
        tileLayout->addWidget(weighted);
        tileLayout->addWidget(detail);
        QStringList tip{tr("Weighted by owner:")};
        for (auto it = t.byOwner.cbegin(); it != t.byOwner.cend(); ++it)
            tip.append(QStringLiteral("%1: %2").arg(it.key(), money(it.value(), t.currency)));
        tile->setToolTip(tip.join(QLatin1Char('\n')));
        m_tiles->addWidget(tile, 1);
    }
    // As tall as the tallest tile, with room for the scroll bar it shows when they do not fit.
    int tallest = 0;
    for (int i = 0; i < m_tiles->count(); ++i)
        tallest = std::max(tallest, m_tiles->itemAt(i)->widget()->sizeHint().height());
    m_scroll->setFixedHeight(tallest + m_scroll->horizontalScrollBar()->sizeHint().height());
}

} // namespace lr::ui
