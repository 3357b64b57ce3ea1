#pragma once

#include "core/domain/User.h"
#include "core/metrics/KpiBands.h"
#include "core/metrics/MetricsReport.h"
#include "ui/dashboard/DashboardTable.h"
#include "ui/dashboard/DrillDownDialog.h"

#include <QPointer>
#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace lr {
class Clock;
class Store;
} // namespace lr

namespace lr::ui {

class KpiTile;
class MetricsLoader;

/// The metrics dashboard (requirements §8): KPI tiles with benchmark band and trend against the
/// previous period, charts, and per-rep / per-source tables. Figures are computed off the GUI
/// thread by MetricsLoader; a click on a tile lists the leads or deals behind it. Reps see their
/// own figures, managers their team's (enforced by MetricsService in core).
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    enum class Chart {
        SpeedDistribution,
        SpeedWeekly,
        Funnel,
        WinRateByRep,
        CycleByRep,
        SlaOverTime,
        QueueOverTime,
        PipelineByStage,
        ForecastByMonth,
        Count
    };

    DashboardPage(Store &store, const Clock &clock, const User &user, QWidget *parent = nullptr);
    ~DashboardPage() override;

    void setUser(const User &user);
    /// Computes the figures of the chosen period and filters again (in the background).
    void refresh();
    MetricsFilter filter() const;
    bool isLoading() const;
    bool hasLoaded() const { return m_loaded; }
    const MetricsReport &report() const { return m_report; }

    KpiTile *tile(Kpi kpi) const { return m_tiles.value(static_cast<int>(kpi)); }
    QChartView *chartView(Chart chart) const { return m_charts.value(static_cast<int>(chart)); }
    QComboBox *periodPicker() const { return m_period; }
    QComboBox *teamFilter() const { return m_team; }
    QComboBox *repFilter() const { return m_rep; }
    QComboBox *sourceFilter() const { return m_source; }
    DashboardTable *repTable() const { return m_repTable; }
    DashboardTable *meetingTable() const { return m_meetingTable; }
    DrillDownDialog *drillDown() const { return m_drillDown.data(); }

    /// Replaces the file dialogs of every export (tests answer directly).
    void setSaveFileProvider(SaveFileProvider provider);
    /// Writes the whole dashboard as PNG or PDF (by the suffix of `path`).
    bool exportDashboard(const QString &path);
    /// Opens the list of records behind `kpi`.
    void showRecordsBehind(Kpi kpi);

signals:
    void message(const QString &text);
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createFilters();
    QWidget *createBody();
    void fillFilters();
    void updateCustomRange();
    void onLoaded(const MetricsReport &current, const MetricsReport &previous);
    void showTiles(const MetricsReport &previous);
    void showCharts();
    void showTables();
    QString formatKpi(Kpi kpi, std::optional<double> value) const;

    Store &m_store;
    const Clock &m_clock;
    User m_user;
    MetricsLoader *m_loader = nullptr;
    MetricsReport m_report;
    bool m_loaded = false;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_rep = nullptr;
    QComboBox *m_source = nullptr;
    QLineEdit *m_campaign = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_content = nullptr;
    QList<KpiTile *> m_tiles;
    QList<QChartView *> m_charts;
    DashboardTable *m_repTable = nullptr;
    DashboardTable *m_meetingTable = nullptr;
    DashboardTable *m_formTable = nullptr;
    SaveFileProvider m_save;
    QPointer<DrillDownDialog> m_drillDown;
};

} // namespace lr::ui
