#include "ui/pages/TeamPage.h"

#include "core/security/AccessScope.h"
#include "ui/models/TeamTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace lr::ui {

TeamPage::TeamPage(Store &store, const Clock &clock, const User &user, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("teamPage"));
    m_model = new TeamTableModel(store, clock, AccessScope::forUser(user), this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TeamTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *title = new QLabel(tr("Team"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("pageSubtitle"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("teamTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(static_cast<int>(TeamTableModel::Column::Name), Qt::AscendingOrder);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("pageHeader"));
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(16, 12, 16, 12);
    headerLayout->setSpacing(2);
    headerLayout->addWidget(title);
    headerLayout->addWidget(m_summary);
    layout->addWidget(header);
    layout->addWidget(m_table, 1);
    updateSummary();
}

TeamPage::~TeamPage() = default;

void TeamPage::setUser(const User &user)
{
    m_model->setScope(AccessScope::forUser(user));
    updateSummary();
}

void TeamPage::refresh()
{
    m_model->refresh();
    updateSummary();
}

void TeamPage::updateSummary()
{
    const int people = m_model->rowCount();
    m_summary->setText(people == 1 ? tr("%n person you can see", nullptr, people)
                                   : tr("%n people you can see", nullptr, people));
    if (isVisible())
        fitColumns();
}

void TeamPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitColumns();
}

void TeamPage::fitColumns()
{
    // The last column takes what is left once the others fit their contents.
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    m_table->resizeColumnsToContents();
    header->setStretchLastSection(true);
}

} // namespace lr::ui
