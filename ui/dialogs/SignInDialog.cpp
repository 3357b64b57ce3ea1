#include "ui/dialogs/SignInDialog.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lr::ui {
namespace {
constexpr int kIndexRole = Qt::UserRole + 1;
}

SignInDialog::SignInDialog(const QList<User> &users, const QList<Team> &teams, Id preselectedId, QWidget *parent)
    : QDialog(parent), m_users(users)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to LeadRelay"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/logo.svg")));
    resize(520, 460);

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/logo.svg")).pixmap(40, 40));
    auto *title = new QLabel(tr("Who is working today?"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto *hint = new QLabel(tr("Pick your name. Reps see their own leads, managers their team, administrators "
                               "everything."),
                            this);
    hint->setObjectName(QStringLiteral("pageSubtitle"));
    hint->setWordWrap(true);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("userFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, role or team…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);

    QHash<Id, QString> teamNames;
    for (const Team &team : teams)
        teamNames.insert(team.id, team.name);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("userList"));
    m_list->setHeaderLabels({tr("Name"), tr("Role"), tr("Team")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionsMovable(false);
    QTreeWidgetItem *preselected = nullptr;
    for (int i = 0; i < m_users.size(); ++i) {
        const User &user = m_users.at(i);
        auto *item = new QTreeWidgetItem(m_list, {user.name, displayName(user.role), teamNames.value(user.teamId)});
        item->setIcon(0, QIcon(QStringLiteral(":/icons/user.svg")));
        item->setToolTip(0, user.email);
        item->setData(0, kIndexRole, i);
        if (user.id == preselectedId)
            preselected = item;
    }
    m_list->resizeColumnToContents(0);
    m_list->setColumnWidth(0, m_list->columnWidth(0) + 24);
    m_list->resizeColumnToContents(1);
    m_list->setColumnWidth(1, m_list->columnWidth(1) + 24);
    m_list->setCurrentItem(preselected ? preselected : m_list->topLevelItem(0));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);

    auto *heading = new QHBoxLayout;
    heading->setSpacing(12);
    heading->addWidget(logo, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(title);
    texts->addWidget(hint);
    heading->addLayout(texts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 18, 18, 14);
    layout->setSpacing(10);
    layout->addLayout(heading);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SignInDialog::updateButtons);
    connect(m_filter, &QLineEdit::textChanged, this, &SignInDialog::applyFilter);
    // As wide as the three columns need (Russian role names are long), up to 90 % of the screen,
    // so nobody scrolls sideways to see their team.
    m_list->resizeColumnToContents(2);
    const int columns = m_list->columnWidth(0) + m_list->columnWidth(1) + m_list->columnWidth(2) + 24;
    const int wanted = columns + 2 * m_list->frameWidth() + m_list->verticalScrollBar()->sizeHint().width() +
                       layout->contentsMargins().left() + layout->contentsMargins().right();
    const int widest = screen() ? screen()->availableGeometry().width() * 9 / 10 : wanted;
    resize(std::clamp(wanted, width(), std::max(width(), widest)), height());
    m_list->setFocus();
    updateButtons();
}

SignInDialog::~SignInDialog() = default;

std::optional<User> SignInDialog::selectedUser() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return std::nullopt;
    return m_users.at(item->data(0, kIndexRole).toInt());
}

void SignInDialog::applyFilter(const QString &text)
{
    QTreeWidgetItem *firstVisible = nullptr;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        bool match = text.trimmed().isEmpty();
        for (int c = 0; c < m_list->columnCount() && !match; ++c)
            match = item->text(c).contains(text.trimmed(), Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !firstVisible)
            firstVisible = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstVisible);
    updateButtons();
}

void SignInDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(selectedUser().has_value());
}

} // namespace lr::ui
