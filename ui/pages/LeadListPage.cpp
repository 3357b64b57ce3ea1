#include "ui/pages/LeadListPage.h"

#include "core/scoring/Qualification.h"
#include "core/store/Store.h"
#include "ui/models/LeadTableModel.h"
#include "ui/pages/LeadDetailPanel.h"
#include "ui/pages/LeadFilterBar.h"
#include "ui/widgets/ClassBadgeDelegate.h"
#include "ui/widgets/SidePane.h"
#include "ui/widgets/StatusDelegate.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScopeGuard>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace lr::ui {
namespace {

using Column = LeadTableModel::Column;

int col(Column c)
{
    return static_cast<int>(c);
}

} // namespace

LeadListPage::LeadListPage(Store &store, const Clock &clock, const User &user, QWidget *parent)
    : QWidget(parent), m_store(store), m_clock(clock), m_scope(AccessScope::forUser(user))
{
    setObjectName(QStringLiteral("leadListPage"));
    m_model = new LeadTableModel(m_store, m_scope, this);
    m_filterBar = new LeadFilterBar(this);
    m_table = new QTableView(this);
    m_detail = new LeadDetailPanel(m_store, m_clock, this);
    setUpTable();
    m_emptyHint = new QLabel(m_table->viewport());
    m_emptyHint->setObjectName(QStringLiteral("emptyStateText"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->hide();
    m_table->viewport()->installEventFilter(this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("leadSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_detail->setMinimumWidth(320);
    m_side = new SidePane(m_splitter, m_detail, m_table, 400, 360);
    connect(m_side, &SidePane::closeRequested, this, &LeadListPage::closeDetail);
    connect(m_detail, &LeadDetailPanel::closeRequested, this, &LeadListPage::closeDetail);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);

    connect(m_filterBar, &LeadFilterBar::filterChanged, this, &LeadListPage::applyFilter);
    connect(m_model, &LeadTableModel::modelAboutToBeReset, this, &LeadListPage::rememberSelection);
    connect(m_model, &LeadTableModel::modelReset, this, &LeadListPage::restoreSelection);
    connect(m_model, &LeadTableModel::loadFailed, this, &LeadListPage::message);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LeadListPage::showCurrentLead);

    setUser(user);
}

LeadListPage::~LeadListPage() = default;

void LeadListPage::setUpTable()
{
    m_table->setObjectName(QStringLiteral("leadTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(col(Column::Status), new StatusDelegate(LeadTableModel::StatusRole, m_table));
    m_table->setItemDelegateForColumn(col(Column::Class),
                                      new ClassBadgeDelegate(LeadTableModel::ClassColourRole, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setFrameShape(QFrame::NoFrame);

    // Every row has the same height, so the view never measures a million rows.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 14);
    rows->setVisible(false);

    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSortIndicator(col(Column::Created), Qt::DescendingOrder);
    header->setSortIndicatorShown(true);
    header->setMinimumSectionSize(48);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &LeadListPage::showHeaderMenu);
    // Only a drag or double click on the header is the user sizing columns: the last section also
    // stretches with the window, which is not a choice.
    header->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (m_headerPressed && !m_fitting)
            m_columnsByUser = true;
    });
    // The country code is in the details; the column is there for whoever turns it on.
    m_hiddenColumns.insert(col(Column::Country));
    m_table->setColumnHidden(col(Column::Country), true);
    m_table->setSortingEnabled(true);
}

void LeadListPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_columnsByUser)
        fitColumns();
}

void LeadListPage::fitColumns()
{
    // Every shown column gets at least what reads comfortably; what is left is shared out. When the
    // list is too narrow for that (the details open beside it on a laptop), the columns the details
    // repeat fold away, least needed first, until the rest read whole; they come back with the room.
    // Score and class are short and never cut.
    const QFontMetrics metrics(m_table->font());
    const int ch = metrics.averageCharWidth();
    const auto headerWidth = [&](Column c) {
        return metrics.horizontalAdvance(m_model->headerData(col(c), Qt::Horizontal).toString()) + 32;
    };
    int classWidth = headerWidth(Column::Class);
    for (const ScoreClass c : allScoreClasses())
        classWidth = std::max(classWidth, metrics.horizontalAdvance(displayName(c)) + 36);
    int statusWidth = headerWidth(Column::Status);
    for (const LeadStatus s : allLeadStatuses())
        statusWidth = std::max(statusWidth, metrics.horizontalAdvance(displayName(s)) + 36);
    struct Fit
    {
        Column column;
        int comfortable;
        int weight; ///< share of what is left; 0 = exactly `comfortable`
    };
    const Fit fits[] = {
        {Column::Name, 18 * ch, 20},
        {Column::Company, 14 * ch, 14},
        {Column::Email, 20 * ch, 20},
        {Column::Status, statusWidth, 0},
        {Column::Source, 10 * ch, 8},
        {Column::Owner, 13 * ch, 12},
        {Column::Country, headerWidth(Column::Country), 4},
        {Column::Created, metrics.horizontalAdvance(QStringLiteral("28 Dec 2026 23:59")) + 24, 6},
        {Column::Score, std::max(headerWidth(Column::Score), metrics.horizontalAdvance(QStringLiteral("100")) + 24), 0},
        {Column::Class, classWidth, 0}};
    const int width = m_table->viewport()->width();
    int needed = 0;
    for (const Fit &f : fits)
        needed += m_hiddenColumns.contains(col(f.column)) ? 0 : f.comfortable;
    QSet<int> folded;
    for (const Column c : {Column::Source, Column::Created, Column::Company, Column::Owner, Column::Email}) {
        if (needed <= width)
            break;
        if (m_hiddenColumns.contains(col(c)) || m_keptColumns.contains(col(c)))
            continue;
        folded.insert(col(c));
        needed -=
            std::find_if(std::begin(fits), std::end(fits), [c](const Fit &f) { return f.column == c; })->comfortable;
    }

    m_fitting = true;
    const auto done = qScopeGuard([this] { m_fitting = false; });
    int weights = 0;
    for (const Fit &f : fits) {
        const bool hidden = m_hiddenColumns.contains(col(f.column)) || folded.contains(col(f.column));
        m_table->setColumnHidden(col(f.column), hidden);
        weights += hidden ? 0 : f.weight;
    }
    const int spare = width - needed;
    for (const Fit &f : fits) {
        const int w = spare >= 0 ? f.comfortable + (weights ? spare * f.weight / weights : 0)
                                 : f.comfortable * width / std::max(1, needed); // kept columns: all give way
        m_table->setColumnWidth(col(f.column), std::max(48, w));
    }
}

void LeadListPage::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *action = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_hiddenColumns.contains(c));
        action->setEnabled(c != col(Column::Name));
        connect(action, &QAction::toggled, this, [this, c](bool on) {
            // A column the user turns on stays, however narrow the list gets.
            if (on)
                m_keptColumns.insert(c);
            else
                m_keptColumns.remove(c);
            showColumn(c, on);
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Fit Columns to Width"), this, [this] {
        m_columnsByUser = false; // and follow the width again
        fitColumns();
    });
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

void LeadListPage::showColumn(int column, bool on)
{
    if (on)
        m_hiddenColumns.remove(column);
    else
        m_hiddenColumns.insert(column);
    {
        m_fitting = true; // hiding a column resizes it; that is not the user sizing it
        const auto done = qScopeGuard([this] { m_fitting = false; });
        m_table->setColumnHidden(column, !on);
    }
    if (!m_columnsByUser && isVisible())
        fitColumns();
}

void LeadListPage::setUser(const User &user)
{
    m_scope = AccessScope::forUser(user);
    // A rep owns every lead they see: the owner column would only repeat their name.
    showColumn(col(Column::Owner), user.role != Role::Rep);
    m_filterBar->setOwners(m_store.users.visibleTo(m_scope));
    m_filterBar->reset();
    m_detail->clear();
    m_side->setShown(false);
    m_selectedId = 0;
    m_model->setScope(m_scope);
    m_model->setFilter(m_filterBar->filter());
}

void LeadListPage::refresh()
{
    m_model->refresh();
}

void LeadListPage::selectLead(Id id)
{
    m_model->refresh();
    const int row = m_model->rowOfId(id, 0);
    if (row < 0) {
        m_table->clearSelection();
        m_detail->showLead(m_scope, id);
        m_side->setShown(true);
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void LeadListPage::focusSearch()
{
    m_filterBar->focusSearch();
}

void LeadListPage::applyFilter()
{
    m_model->setFilter(m_filterBar->filter());
}

void LeadListPage::showCurrentLead()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        m_side->setShown(false);
        return;
    }
    m_detail->showLead(m_scope, current.data(LeadTableModel::IdRole).toLongLong());
    m_side->setShown(true);
}

void LeadListPage::closeDetail()
{
    m_side->clearList();
    m_detail->clear();
    m_side->setShown(false);
    m_selectedId = 0;
    m_selectedRow = -1;
}

void LeadListPage::rememberSelection()
{
    m_selectedId = m_detail->leadId();
    m_selectedRow = m_table->currentIndex().row();
}

bool LeadListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->horizontalHeader()->viewport()) {
        if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick)
            m_headerPressed = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_headerPressed = false;
    }
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        m_emptyHint->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
        if (!m_columnsByUser && isVisible())
            fitColumns();
    }
    return QWidget::eventFilter(watched, event);
}

void LeadListPage::updateEmptyHint()
{
    const bool filtered = !(m_model->filter() == LeadFilter{});
    m_emptyHint->setText(filtered ? tr("No leads match these filters.\nClear the search or pick other filters.")
                                  : tr("No leads yet.\nLeads you may see appear here as soon as they arrive."));
    m_emptyHint->setVisible(m_model->totalCount() == 0);
}

void LeadListPage::restoreSelection()
{
    updateEmptyHint();
    m_filterBar->setCount(m_model->totalCount());
    emit countChanged(m_model->totalCount());
    const int row = m_selectedId ? m_model->rowOfId(m_selectedId, m_selectedRow) : -1;
    if (row < 0) {
        m_detail->clear();
        m_side->setShown(false);
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index); // setting the current row also reads the lead again
}

void LeadListPage::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("leadList/detailWidth"), m_side->width()); // as the user last dragged it
    settings.setValue(QStringLiteral("leadList/header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("leadList/columnsByUser"), m_columnsByUser);
    const auto list = [](const QSet<int> &columns) {
        QVariantList out;
        for (const int c : columns)
            out.append(c);
        return out;
    };
    settings.setValue(QStringLiteral("leadList/hiddenColumns"), list(m_hiddenColumns));
    settings.setValue(QStringLiteral("leadList/keptColumns"), list(m_keptColumns));
    settings.setValue(QStringLiteral("leadList/detailSplitter"), m_detail->saveState());
}

void LeadListPage::restoreSettings(const QSettings &settings)
{
    m_side->setWidth(settings.value(QStringLiteral("leadList/detailWidth"), m_side->width()).toInt());
    m_detail->restoreState(settings.value(QStringLiteral("leadList/detailSplitter")).toByteArray());
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(settings.value(QStringLiteral("leadList/header")).toByteArray())) {
        // Widths a user chose are kept; widths that were only fitted to an old window are fitted again.
        m_columnsByUser = settings.value(QStringLiteral("leadList/columnsByUser"), false).toBool();
        // The columns the user hid; a column only folded away for room is not one of them.
        if (settings.contains(QStringLiteral("leadList/hiddenColumns"))) {
            const auto set = [&](const char *key) {
                QSet<int> out;
                for (const QVariant &c : settings.value(QLatin1String(key)).toList())
                    out.insert(c.toInt());
                return out;
            };
            m_hiddenColumns = set("leadList/hiddenColumns");
            m_keptColumns = set("leadList/keptColumns");
        } else {
            m_hiddenColumns.clear();
            for (int c = 0; c < m_model->columnCount(); ++c) {
                if (header->isSectionHidden(c))
                    m_hiddenColumns.insert(c);
            }
        }
        m_fitting = true;
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_table->setColumnHidden(c, m_hiddenColumns.contains(c));
        m_fitting = false;
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
        if (!m_columnsByUser && isVisible())
            fitColumns();
    }
}

} // namespace lr::ui
