#include "ui/dialogs/TeamsDialog.h"

#include "core/routing/TeamService.h"
#include "core/store/Store.h"
#include "ui/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

namespace lr::ui {

TeamsDialog::TeamsDialog(Store &store, const Clock &clock, const AccessScope &editor, QWidget *parent)
    : QDialog(parent), m_store(store), m_clock(clock), m_editor(editor)
{
    setObjectName(QStringLiteral("teamsDialog"));
    setWindowTitle(tr("Teams"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("teamList"));
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("teamName"));
    m_countries = new QLineEdit(this);
    m_countries->setObjectName(QStringLiteral("teamCountries"));
    m_countries->setPlaceholderText(tr("DE, AT, CH"));
    m_manager = new QComboBox(this);
    m_manager->setObjectName(QStringLiteral("teamManager"));
    auto *hint = new QLabel(tr("Leads reach a team through its territory rule under Rules ▸ Routing, which follows "
                               "the team's countries. A new team needs a rule there."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #5e6c84;"));
    m_error = Theme::errorLabel(this);
    m_new = new QPushButton(tr("New Team"), this);
    m_new->setObjectName(QStringLiteral("newTeam"));
    m_save = new QPushButton(tr("Save Team"), this);
    m_save->setObjectName(QStringLiteral("saveTeam"));
    m_save->setDefault(true);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &TeamsDialog::showTeam);
    connect(m_new, &QPushButton::clicked, this, &TeamsDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, &TeamsDialog::save);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Countries"), m_countries);
    form->addRow(tr("Manager"), m_manager);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(hint);
    right->addWidget(m_error);
    right->addStretch();
    right->addLayout(buttons);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(close);
    // Room for the longest team line and the buttons in every language; a word-wrapped hint
    // would otherwise let the layout squeeze them.
    for (QPushButton *button : {m_new, m_save})
        button->setMinimumWidth(button->sizeHint().width() + fontMetrics().averageCharWidth() * 4);
    m_name->setMinimumWidth(fontMetrics().averageCharWidth() * 32);
    setMinimumSize(fontMetrics().averageCharWidth() * 96, fontMetrics().height() * 18);
    reload(0);
}

TeamsDialog::~TeamsDialog() = default;

void TeamsDialog::reload(Id select)
{
    m_teams = m_store.teams.all();
    m_users = m_store.users.all();
    const QSignalBlocker block(m_list);
    m_list->clear();
    int row = m_teams.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_teams.size(); ++i) {
        const Team &t = m_teams.at(i);
        m_list->addItem(t.territories.isEmpty() ? t.name
                                                : tr("%1 · %2").arg(t.name, t.territories.join(QStringLiteral(", "))));
        if (t.id == select)
            row = i;
    }
    m_list->setCurrentRow(row);
    if (row < 0)
        startNew();
    else
        showTeam();
}

void TeamsDialog::fillManagers(const Team &team)
{
    // Who may manage `team`: managers in it or in no team who manage no other one, and whoever
    // manages it now, even if no longer active.
    m_manager->clear();
    m_manager->addItem(tr("No manager"), Id(0));
    for (const User &u : std::as_const(m_users)) {
        if (u.role != Role::Manager && u.id != team.managerId)
            continue;
        const bool managesAnother = std::any_of(m_teams.cbegin(), m_teams.cend(), [&](const Team &other) {
            return other.managerId == u.id && other.id != team.id;
        });
        const bool eligible = u.active && (u.teamId == 0 || u.teamId == team.id) && !managesAnother;
        if (eligible || (team.id != 0 && u.id == team.managerId))
            m_manager->addItem(u.active ? u.name : tr("%1 (inactive)").arg(u.name), u.id);
    }
    m_manager->setCurrentIndex(std::max(0, m_manager->findData(team.managerId)));
}

void TeamsDialog::showTeam()
{
    m_error->hide();
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_teams.size())
        return;
    const Team &t = m_teams.at(row);
    m_name->setText(t.name);
    m_countries->setText(t.territories.join(QStringLiteral(", ")));
    fillManagers(t);
    m_save->setText(tr("Save Team"));
}

void TeamsDialog::startNew()
{
    m_error->hide();
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(-1);
        m_list->clearSelection();
    }
    m_name->clear();
    m_countries->clear();
    fillManagers(Team{});
    m_save->setText(tr("Add Team"));
    m_name->setFocus();
}

void TeamsDialog::save()
{
    Team team;
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_teams.size())
        team = m_teams.at(row);
    team.name = m_name->text();
    team.territories.clear();
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    for (const QString &code : m_countries->text().split(separators, Qt::SkipEmptyParts))
        team.territories.append(code.toUpper());
    team.managerId = m_manager->currentData().toLongLong();
    TeamService service(m_store, m_clock);
    Id saved = team.id;
    QString error;
    if (team.id == 0) {
        const Result<Id> id = service.addTeam(m_editor, team);
        if (id)
            saved = id.value();
        else
            error = id.error();
    } else if (const Status s = service.saveTeam(m_editor, team); !s) {
        error = s.error();
    }
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    reload(saved);
    emit teamsChanged();
}

} // namespace lr::ui
