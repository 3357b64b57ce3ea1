#include "ui/pages/DashboardPage.h"

#include "core/metrics/MetricsService.h"
#include "core/store/Store.h"
#include "ui/Format.h"
#include "ui/dashboard/DashboardCharts.h"
#include "ui/dashboard/DrillDownDialog.h"
#include "ui/dashboard/KpiTile.h"
#include "ui/dashboard/MetricsLoader.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

namespace lr::ui {
namespace {

enum PeriodChoice { ThisWeek, Last30, Last90, ThisQuarter, Custom };

QString percent(std::optional<double> share)
{
    return share ? QLocale().toString(*share * 100.0, 'f', 1) + QStringLiteral(" %") : Format::missing();
}

QString money(std::optional<double> cents, const QString &currency)
{
    if (!cents)
        return Format::missing();
    const QString amount = QLocale().toString(*cents / 100.0, 'f', 0);
    return currency.isEmpty() ? amount : amount + QLatin1Char(' ') + currency;
}

QString seconds(std::optional<double> s)
{
    return s ? Format::duration(qRound64(*s * 1000.0)) : Format::missing();
}

QString days(std::optional<double> d)
{
    return d ? DashboardPage::tr("%1 d").arg(QLocale().toString(*d, 'f', 1)) : Format::missing();
}

} // namespace

DashboardPage::DashboardPage(Store &store, const Clock &clock, const User &user, QWidget *parent)
    : QWidget(parent), m_store(store), m_clock(clock), m_user(user)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_loader = new MetricsLoader(store.database().path(), clock, this);
    connect(m_loader, &MetricsLoader::loaded, this, &DashboardPage::onLoaded);
    connect(m_loader, &MetricsLoader::failed, this, [this](const QString &error) {
        m_status->setText(error);
        emit message(error);
    });
    m_save = [](QWidget *p, const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(p, tr("Export"), suggested, filter);
    };

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createFilters());
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = createBody();
    scroll->setWidget(m_content);
    layout->addWidget(scroll, 1);
    setUser(user);
}

DashboardPage::~DashboardPage() = default;

QWidget *DashboardPage::createFilters()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("pageHeader"));
    auto *title = new QLabel(tr("Dashboard"), header);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_status = new QLabel(header);
    m_status->setObjectName(QStringLiteral("pageSubtitle"));
    m_period = new QComboBox(header);
    m_period->setObjectName(QStringLiteral("periodPicker"));
    m_period->addItems({tr("This week"), tr("Last 30 days"), tr("Last 90 days"), tr("This quarter"), tr("Custom")});
    m_period->setCurrentIndex(Last30);
    m_from = new QDateEdit(header);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(header);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setTimeSpec(Qt::UTC);
    }
    m_team = new QComboBox(header);
    m_team->setObjectName(QStringLiteral("teamFilter"));
    m_rep = new QComboBox(header);
    m_rep->setObjectName(QStringLiteral("repFilter"));
    m_source = new QComboBox(header);
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_campaign = new QLineEdit(header);
    m_campaign->setObjectName(QStringLiteral("campaignFilter"));
    m_campaign->setPlaceholderText(tr("Campaign"));
    m_campaign->setMaximumWidth(140);
    auto *refreshButton = new QPushButton(tr("Refresh"), header);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    auto *png = new QPushButton(tr("Export PNG…"), header);
    png->setObjectName(QStringLiteral("exportPngButton"));
    auto *pdf = new QPushButton(tr("Export PDF…"), header);
    pdf->setObjectName(QStringLiteral("exportPdfButton"));

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(title);
    titles->addWidget(m_status);
    auto *top = new QHBoxLayout;
    top->addLayout(titles, 1);
    top->addWidget(refreshButton, 0, Qt::AlignTop);
    top->addWidget(png, 0, Qt::AlignTop);
    top->addWidget(pdf, 0, Qt::AlignTop);
    // The filters get a row of their own, so that no control is squeezed below its size.
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(m_team);
    filters->addWidget(m_rep);
    filters->addWidget(m_source);
    filters->addWidget(m_campaign);
    filters->addStretch(1);
    auto *rows = new QVBoxLayout(header);
    rows->setContentsMargins(16, 12, 16, 12);
    rows->setSpacing(8);
    rows->addLayout(top);
    rows->addLayout(filters);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updateCustomRange();
        refresh();
    });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_period->currentIndex() == Custom)
                refresh();
        });
    }
    for (QComboBox *box : {m_team, m_rep, m_source})
        connect(box, &QComboBox::activated, this, &DashboardPage::refresh);
    connect(m_campaign, &QLineEdit::editingFinished, this, &DashboardPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(png, &QPushButton::clicked, this, [this] {
        const QString path = m_save(this, QStringLiteral("dashboard.png"), tr("PNG images (*.png)"));
        if (!path.isEmpty())
            emit message(exportDashboard(path) ? tr("Exported %1.").arg(path) : tr("Could not write %1.").arg(path));
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = m_save(this, QStringLiteral("dashboard.pdf"), tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            emit message(exportDashboard(path) ? tr("Exported %1.").arg(path) : tr("Could not write %1.").arg(path));
    });
    updateCustomRange();
    return header;
}

QWidget *DashboardPage::createBody()
{
    auto *body = new QWidget;
    body->setObjectName(QStringLiteral("dashboardContent"));
    auto *tiles = new QGridLayout;
    tiles->setSpacing(8);
    constexpr int kTileColumns = 4;
    for (int i = 0; i < static_cast<int>(Kpi::Count); ++i) {
        auto *tile = new KpiTile(static_cast<Kpi>(i), body);
        connect(tile, &KpiTile::clicked, this, &DashboardPage::showRecordsBehind);
        tiles->addWidget(tile, i / kTileColumns, i % kTileColumns);
        m_tiles.append(tile);
    }
    auto *charts = new QGridLayout;
    charts->setSpacing(8);
    for (int i = 0; i < static_cast<int>(Chart::Count); ++i) {
        auto *view = new QChartView(body);
        view->setObjectName(QStringLiteral("dashboardChart%1").arg(i));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(260);
        charts->addWidget(view, i / 2, i % 2);
        m_charts.append(view);
    }
    m_repTable =
        new DashboardTable(tr("By rep"),
                           {tr("Rep"), tr("Leads"), tr("Speed-to-lead"), tr("< 5 min"), tr("MQL"), tr("SQL"),
                            tr("Opportunities"), tr("Hold rate"), tr("Won"), tr("Lost"), tr("Win rate"),
                            tr("Won value"), tr("Cycle (median)"), tr("SLA breaches"), tr("SLA reassignments")},
                           body);
    m_repTable->setObjectName(QStringLiteral("repTable"));
    m_meetingTable = new DashboardTable(
        tr("Meetings by source"), {tr("Source"), tr("Held"), tr("No-show"), tr("Hold rate"), tr("No-show rate")}, body);
    m_meetingTable->setObjectName(QStringLiteral("meetingTable"));
    m_formTable = new DashboardTable(tr("Quarantine by form"),
                                     {tr("Form"), tr("Submissions"), tr("Quarantined"), tr("Quarantine rate")}, body);
    m_formTable->setObjectName(QStringLiteral("formTable"));
    for (DashboardTable *table : {m_repTable, m_meetingTable, m_formTable})
        connect(table, &DashboardTable::message, this, &DashboardPage::message);
    auto *smallTables = new QHBoxLayout;
    smallTables->addWidget(m_meetingTable);
    smallTables->addWidget(m_formTable);

    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(16, 8, 16, 16);
    layout->setSpacing(12);
    layout->addLayout(tiles);
    layout->addLayout(charts);
    layout->addWidget(m_repTable);
    layout->addLayout(smallTables);
    return body;
}

void DashboardPage::setUser(const User &user)
{
    m_user = user;
    m_loaded = false;
    fillFilters();
    if (isVisible())
        refresh();
}

void DashboardPage::fillFilters()
{
    const AccessScope scope = AccessScope::forUser(m_user);
    m_team->clear();
    m_rep->clear();
    m_source->clear();
    if (m_user.role == Role::Admin) {
        m_team->addItem(tr("All teams"), 0);
        for (const Team &t : m_store.teams.all())
            m_team->addItem(t.name, t.id);
    } else if (const auto team = m_store.teams.find(m_user.teamId)) {
        m_team->addItem(team->name, 0); // a manager's scope already is the team
    }
    m_team->setVisible(m_user.role == Role::Admin);
    if (m_user.role == Role::Rep) {
        m_rep->addItem(m_user.name, m_user.id);
    } else {
        m_rep->addItem(tr("All reps"), 0);
        for (const User &u : m_store.users.visibleTo(scope)) {
            if (u.role != Role::Admin)
                m_rep->addItem(u.name, u.id);
        }
    }
    m_rep->setEnabled(m_user.role != Role::Rep);
    m_source->addItem(tr("All sources"), QString());
    for (LeadSource s : allLeadSources())
        m_source->addItem(displayName(s), toKey(s));
}

void DashboardPage::updateCustomRange()
{
    const bool custom = m_period->currentIndex() == Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    if (!custom)
        return;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.now(), QTimeZone::utc()).date();
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    if (m_to->date() < QDate(2000, 1, 2)) {
        m_to->setDate(today);
        m_from->setDate(today.addDays(-29));
    }
}

MetricsFilter DashboardPage::filter() const
{
    MetricsFilter f;
    const Instant now = m_clock.now();
    switch (m_period->currentIndex()) {
    case ThisWeek:
        std::tie(f.from, f.to) = KpiBands::periodRange(KpiBands::Period::ThisWeek, now);
        break;
    case Last90:
        std::tie(f.from, f.to) = KpiBands::periodRange(KpiBands::Period::Last90Days, now);
        break;
    case ThisQuarter:
        std::tie(f.from, f.to) = KpiBands::periodRange(KpiBands::Period::ThisQuarter, now);
        break;
    case Custom:
        f.from = QDateTime(m_from->date(), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        f.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        break;
    default:
        std::tie(f.from, f.to) = KpiBands::periodRange(KpiBands::Period::Last30Days, now);
        break;
    }
    f.teamId = m_team->currentData().toLongLong();
    f.repId = m_rep->currentData().toLongLong();
    f.source = m_source->currentData().toString();
    f.campaign = m_campaign->text().trimmed();
    return f;
}

bool DashboardPage::isLoading() const
{
    return m_loader->isLoading();
}

void DashboardPage::refresh()
{
    const MetricsFilter f = filter();
    if (f.to <= f.from) {
        m_status->setText(tr("The period ends before it starts."));
        return;
    }
    m_status->setText(tr("Calculating…"));
    m_loader->load(AccessScope::forUser(m_user), f);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && !m_loader->isLoading())
        refresh();
}

void DashboardPage::onLoaded(const MetricsReport &current, const MetricsReport &previous)
{
    m_report = current;
    m_loaded = true;
    m_status->setText(tr("%1 – %2 · %3 · as of %4")
                          .arg(Format::date(current.filter.from), Format::date(current.filter.to - 1),
                               Format::leadCount(current.speedToLead.leads), Format::dateTime(current.generatedAt)));
    showTiles(previous);
    showCharts();
    showTables();
    emit loaded();
}

QString DashboardPage::formatKpi(Kpi kpi, std::optional<double> value) const
{
    switch (kpi) {
    case Kpi::SpeedToLeadMedian:
        return seconds(value);
    case Kpi::LeftInNew:
    case Kpi::SlaBreaches:
        return value ? QLocale().toString(qRound64(*value)) : Format::missing();
    case Kpi::WonValue:
    case Kpi::AvgWonValue:
        return money(value, m_report.pipeline.currency);
    case Kpi::CycleMedian:
        return days(value);
    default:
        return percent(value);
    }
}

void DashboardPage::showTiles(const MetricsReport &previous)
{
    for (KpiTile *tile : m_tiles) {
        const Kpi kpi = tile->kpi();
        const auto value = KpiBands::value(kpi, m_report);
        tile->setFigure(formatKpi(kpi, value), value, KpiBands::value(kpi, previous));
    }
}

void DashboardPage::showCharts()
{
    using Build = QChart *(*)(const MetricsReport &);
    static const Build builders[] = {
        &DashboardCharts::speedDistribution, &DashboardCharts::speedWeekly,     &DashboardCharts::funnel,
        &DashboardCharts::winRateByRep,      &DashboardCharts::cycleByRep,      &DashboardCharts::slaOverTime,
        &DashboardCharts::queueOverTime,     &DashboardCharts::pipelineByStage, &DashboardCharts::forecastByMonth};
    for (int i = 0; i < m_charts.size(); ++i) {
        QChart *old = m_charts.at(i)->chart();
        m_charts.at(i)->setChart(builders[i](m_report));
        delete old;
    }
}

void DashboardPage::showTables()
{
    QList<QStringList> reps;
    const QString currency = m_report.pipeline.currency;
    for (const RepFigures &r : m_report.reps) {
        reps.append({r.name, QLocale().toString(r.leads), seconds(r.speedToLeadMedianSeconds),
                     percent(r.underFiveMinutes), QLocale().toString(r.mql), QLocale().toString(r.sql),
                     QLocale().toString(r.opportunities), percent(r.holdRate), QLocale().toString(r.dealsWon),
                     QLocale().toString(r.dealsLost), percent(r.winRate),
                     money(static_cast<double>(r.wonValueCents), currency), days(r.cycleMedianDays),
                     QLocale().toString(r.slaBreaches), QLocale().toString(r.slaReassignments)});
    }
    m_repTable->setRows(reps);
    QList<QStringList> meetings;
    for (const MeetingsBySource &s : m_report.meetings.bySource) {
        const auto source = leadSourceFromKey(s.source);
        meetings.append({source ? displayName(*source) : s.source, QLocale().toString(s.held),
                         QLocale().toString(s.noShow), percent(s.holdRate), percent(s.noShowRate)});
    }
    m_meetingTable->setRows(meetings);
    QList<QStringList> forms;
    for (const FormQuarantine &f : m_report.duplicates.quarantineByForm) {
        forms.append({f.form, QLocale().toString(f.submissions), QLocale().toString(f.quarantined), percent(f.rate)});
    }
    m_formTable->setRows(forms);
    m_formTable->setVisible(m_user.role != Role::Rep);
}

void DashboardPage::setSaveFileProvider(SaveFileProvider provider)
{
    m_save = provider;
    for (DashboardTable *table : {m_repTable, m_meetingTable, m_formTable})
        table->setSaveFileProvider(provider);
}

bool DashboardPage::exportDashboard(const QString &path)
{
    const QPixmap image = m_content->grab();
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(tr("LeadRelay dashboard"));
        QPainter painter;
        if (!painter.begin(&writer))
            return false;
        const QRect page = painter.viewport();
        const QSize scaled = image.size().scaled(page.size(), Qt::KeepAspectRatio);
        painter.drawPixmap(QRect(page.topLeft(), scaled), image);
        return painter.end();
    }
    return image.save(path);
}

void DashboardPage::showRecordsBehind(Kpi kpi)
{
    const AccessScope scope = AccessScope::forUser(m_user);
    const MetricsFilter f = m_loaded ? m_report.filter : filter();
    MetricsService service(m_store, m_clock);
    using Cohort = MetricsRepository::Cohort;
    std::optional<Cohort> cohort;
    bool wonOnly = false;
    switch (kpi) {
    case Kpi::SpeedToLeadMedian:
        cohort = Cohort::Touched;
        break;
    case Kpi::UnderFiveMinutes:
    case Kpi::SlaBreaches:
        cohort = Cohort::TouchedLate;
        break;
    case Kpi::MqlToSql:
        cohort = Cohort::Sql;
        break;
    case Kpi::SqlToOpp:
        cohort = Cohort::Opportunity;
        break;
    case Kpi::LeadToMeeting:
    case Kpi::HoldRate:
    case Kpi::NoShowRate:
        cohort = Cohort::Meeting;
        break;
    case Kpi::LeftInNew:
        cohort = Cohort::InNew;
        break;
    case Kpi::DuplicateRate:
        cohort = Cohort::All;
        break;
    case Kpi::WonValue:
    case Kpi::AvgWonValue:
    case Kpi::CycleMedian:
    case Kpi::MarketingSourced:
        wonOnly = true;
        break;
    case Kpi::WinRate:
    case Kpi::ForecastAccuracy:
    case Kpi::Count:
        break;
    }
    QStringList headers;
    QList<QStringList> rows;
    if (cohort) {
        const auto leads = service.leads(scope, f, *cohort);
        if (!leads) {
            emit message(leads.error());
            return;
        }
        headers = {tr("Lead"), tr("Email"), tr("Owner"), tr("Source"), tr("Created"), tr("First touch")};
        for (const MetricLeadRow &l : leads.value()) {
            const auto source = leadSourceFromKey(l.source);
            rows.append({l.name, l.email, l.ownerName, source ? displayName(*source) : l.source,
                         Format::dateTime(l.createdAt),
                         l.firstTouchAt ? Format::duration(l.firstTouchAt - l.createdAt) : tr("not yet")});
        }
    } else {
        const auto deals = service.deals(scope, f, wonOnly);
        if (!deals) {
            emit message(deals.error());
            return;
        }
        QHash<Id, QString> owners;
        for (const User &u : m_store.users.all())
            owners.insert(u.id, u.name);
        headers = {tr("Deal"), tr("Owner"), tr("Outcome"), tr("Value"), tr("Closed"), tr("Cycle")};
        for (const ClosedDeal &d : deals.value()) {
            const Instant start = d.engagedAt > 0 ? d.engagedAt : d.createdAt;
            rows.append({QString::number(d.id), owners.value(d.ownerId), d.won ? tr("Won") : tr("Lost"),
                         money(static_cast<double>(d.valueCents), d.currency), Format::dateTime(d.closedAt),
                         Format::duration(d.closedAt - start)});
        }
    }
    if (m_drillDown)
        m_drillDown->close();
    m_drillDown = new DrillDownDialog(KpiBands::title(kpi), headers, rows, this);
    m_drillDown->setAttribute(Qt::WA_DeleteOnClose);
    m_drillDown->table()->setSaveFileProvider(m_save);
    connect(m_drillDown->table(), &DashboardTable::message, this, &DashboardPage::message);
    m_drillDown->open();
}

} // namespace lr::ui
