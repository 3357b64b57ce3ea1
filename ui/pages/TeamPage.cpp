#include "ui/pages/TeamPage.h"

#include "core/routing/TeamService.h"
#include "core/security/AccessScope.h"
#include "ui/dialogs/TeamMemberDialog.h"
#include "ui/dialogs/TeamsDialog.h"
#include "ui/models/TeamTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace lr::ui {

TeamPage::TeamPage(Store &store, const Clock &clock, const User &user, QWidget *parent)
    : QWidget(parent), m_store(store), m_clock(clock), m_scope(AccessScope::forUser(user))
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
    m_edit = new QPushButton(tr("Edit…"), header);
    m_edit->setObjectName(QStringLiteral("editTeamMember"));
    connect(m_edit, &QPushButton::clicked, this, [this] { editSelected(); });
    m_add = new QPushButton(tr("Add Person…"), header);
    m_add->setObjectName(QStringLiteral("addTeamMember"));
    m_add->setToolTip(tr("Add a rep, manager or admin who signs in with their e-mail address"));
    connect(m_add, &QPushButton::clicked, this, [this] { addPerson(); });
    m_teams = new QPushButton(tr("Teams…"), header);
    m_teams->setObjectName(QStringLiteral("editTeams"));
    m_teams->setToolTip(tr("Add a team, or rename one, change its countries or its manager"));
    connect(m_teams, &QPushButton::clicked, this, [this] { editTeams(); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { editSelected(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TeamPage::updateActions);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(16, 12, 16, 12);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(title);
    titles->addWidget(m_summary);
    headerLayout->addLayout(titles, 1);
    headerLayout->addWidget(m_teams, 0, Qt::AlignBottom);
    headerLayout->addWidget(m_add, 0, Qt::AlignBottom);
    headerLayout->addWidget(m_edit, 0, Qt::AlignBottom);
    layout->addWidget(header);
    layout->addWidget(m_table, 1);
    updateSummary();
    updateActions();
}

void TeamPage::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    bool editable = false;
    if (!rows.isEmpty()) {
        const int row = m_proxy->mapToSource(rows.first()).row();
        editable = TeamService::canEdit(m_scope, m_model->userAt(row));
    }
    m_edit->setVisible(m_scope.role != Role::Rep);
    m_edit->setEnabled(editable);
    m_add->setVisible(m_scope.role == Role::Admin);
    m_teams->setVisible(m_scope.role == Role::Admin);
}

TeamsDialog *TeamPage::editTeams()
{
    if (m_scope.role != Role::Admin)
        return nullptr;
    auto *dialog = new TeamsDialog(m_store, m_clock, m_scope, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TeamsDialog::teamsChanged, this, [this] {
        refresh();
        emit teamsChanged();
    });
    dialog->open();
    return dialog;
}

TeamMemberDialog *TeamPage::addPerson()
{
    if (m_scope.role != Role::Admin)
        return nullptr;
    User person;
    // Where the admin works, as a start; a zone Qt cannot use by name ("Etc/UTC" on some systems)
    // leaves the default.
    if (const QByteArray zone = QTimeZone::systemTimeZoneId(); QTimeZone::isTimeZoneIdAvailable(zone))
        person.timeZone = QString::fromUtf8(zone);
    auto *dialog = new TeamMemberDialog(m_store, m_clock, m_scope, person, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TeamMemberDialog::saved, this, [this](Id id, int) {
        refresh();
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->userAt(row).id == id) {
                m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
                break;
            }
        }
    });
    dialog->open();
    return dialog;
}

TeamMemberDialog *TeamPage::editSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const User user = m_model->userAt(m_proxy->mapToSource(rows.first()).row());
    if (!TeamService::canEdit(m_scope, user))
        return nullptr;
    auto *dialog = new TeamMemberDialog(m_store, m_clock, m_scope, user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TeamMemberDialog::saved, this, [this](Id, int moved) {
        refresh();
        if (moved > 0)
            m_summary->setText(m_summary->text() + QStringLiteral(" · ") +
                               tr("%n open lead(s) handed on", nullptr, moved));
    });
    dialog->open();
    return dialog;
}

TeamPage::~TeamPage() = default;

void TeamPage::setUser(const User &user)
{
    m_scope = AccessScope::forUser(user);
    m_model->setScope(m_scope);
    updateSummary();
    updateActions();
}

void TeamPage::refresh()
{
    m_model->refresh();
    updateSummary();
    updateActions();
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
