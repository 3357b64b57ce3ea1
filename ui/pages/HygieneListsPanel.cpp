#include "ui/pages/HygieneListsPanel.h"

#include "ui/models/HygieneListModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lr::ui {
namespace {

QString hintFor(HygieneList list)
{
    switch (list) {
    case HygieneList::Disposable:
        return HygieneListsPanel::tr("Submissions from these domains (and their subdomains) are quarantined as "
                                     "throwaway addresses, on top of the shipped list.");
    case HygieneList::FreeMail:
        return HygieneListsPanel::tr("Personal mail domains: the lead is kept, but the domain is never taken as the "
                                     "company's and never used to match people.");
    case HygieneList::Allowed:
        return HygieneListsPanel::tr("Company domains that a shipped list calls disposable or free-mail, for "
                                     "example a customer whose domain is on the throwaway list.");
    case HygieneList::BlockedAddress:
        return HygieneListsPanel::tr("Single junk addresses (bots, test accounts): their submissions are "
                                     "quarantined.");
    }
    return {};
}

} // namespace

HygieneListsPanel::HygieneListsPanel(HygieneListService &service, const AccessScope &scope, QWidget *parent)
    : QWidget(parent), m_service(service), m_scope(scope)
{
    setObjectName(QStringLiteral("hygieneListsPanel"));
    m_list = new QComboBox(this);
    m_list->setObjectName(QStringLiteral("hygieneListBox"));
    for (const HygieneList list : allHygieneLists())
        m_list->addItem(displayName(list), static_cast<int>(list));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("pageSubtitle"));
    m_hint->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("hygieneSearch"));
    m_search->setPlaceholderText(tr("Search this list"));
    m_search->setClearButtonEnabled(true);

    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("hygieneValue"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("hygieneNote"));
    m_note->setPlaceholderText(tr("Why (optional)"));
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("hygieneAddButton"));
    m_add->setDefault(true);
    m_remove = new QPushButton(tr("Remove Selected"), this);
    m_remove->setObjectName(QStringLiteral("hygieneRemoveButton"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("hygieneError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_error->hide();

    m_model = new HygieneListModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("hygieneTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("List:"), this));
    top->addWidget(m_list);
    top->addWidget(m_search, 1);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_value, 2);
    addRow->addWidget(m_note, 2);
    addRow->addWidget(m_add);
    addRow->addWidget(m_remove);

    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("pageHeader"));
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(16, 12, 16, 12);
    headerLayout->setSpacing(8);
    headerLayout->addLayout(top);
    headerLayout->addWidget(m_hint);
    headerLayout->addLayout(addRow);
    headerLayout->addWidget(m_error);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(m_table, 1);

    connect(m_list, &QComboBox::currentIndexChanged, this, [this] {
        m_error->hide();
        updateHint();
        refresh();
    });
    connect(m_search, &QLineEdit::textChanged, this, &HygieneListsPanel::refresh);
    connect(m_add, &QPushButton::clicked, this, &HygieneListsPanel::add);
    connect(m_value, &QLineEdit::returnPressed, this, &HygieneListsPanel::add);
    connect(m_remove, &QPushButton::clicked, this, &HygieneListsPanel::removeSelected);
    updateHint();
    refresh();
}

HygieneListsPanel::~HygieneListsPanel() = default;

void HygieneListsPanel::setScope(const AccessScope &scope)
{
    m_scope = scope;
    refresh();
}

HygieneList HygieneListsPanel::currentList() const
{
    return static_cast<HygieneList>(m_list->currentData().toInt());
}

void HygieneListsPanel::showList(HygieneList list)
{
    m_list->setCurrentIndex(m_list->findData(static_cast<int>(list)));
}

void HygieneListsPanel::updateHint()
{
    const HygieneList list = currentList();
    m_hint->setText(hintFor(list));
    m_value->setPlaceholderText(list == HygieneList::BlockedAddress ? tr("Address, e.g. bot@firma.de")
                                                                    : tr("Domain, e.g. firma.de or bücher.de"));
}

void HygieneListsPanel::refresh()
{
    const auto entries = m_service.entries(m_scope, currentList(), m_search->text());
    m_model->setEntries(entries.ok() ? entries.value() : QList<HygieneListEntry>());
    m_table->resizeColumnToContents(static_cast<int>(HygieneListModel::Column::Value));
}

void HygieneListsPanel::add()
{
    const auto added = m_service.add(m_scope, currentList(), m_value->text(), m_note->text());
    if (!added) {
        m_error->setText(added.error());
        m_error->show();
        return; // the input stays for the admin to correct
    }
    m_error->hide();
    m_value->clear();
    m_note->clear();
    refresh();
    emit message(tr("%1 added to \"%2\".").arg(HygieneListModel::displayValue(added->value), displayName(added->list)));
    emit listsChanged();
}

void HygieneListsPanel::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_error->setText(tr("Select the entries to remove first."));
        m_error->show();
        return;
    }
    QStringList problems;
    int removed = 0;
    for (const QModelIndex &row : rows) {
        const Status s = m_service.remove(m_scope, row.data(HygieneListModel::IdRole).toLongLong());
        if (s)
            ++removed;
        else
            problems.append(s.error());
    }
    m_error->setVisible(!problems.isEmpty());
    m_error->setText(problems.join(QLatin1Char('\n')));
    refresh();
    emit message(tr("Removed %n entry(ies).", nullptr, removed));
    emit listsChanged();
}

} // namespace lr::ui
