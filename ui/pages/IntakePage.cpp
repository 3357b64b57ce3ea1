#include "ui/pages/IntakePage.h"

#include "core/common/Words.h"
#include "core/store/Store.h"
#include "ui/Format.h"
#include "ui/models/QuarantineTableModel.h"
#include "ui/pages/HygieneListsPanel.h"
#include "ui/pages/QuarantineEntryEditor.h"
#include "ui/pages/RejectsByFormPanel.h"
#include "ui/widgets/SidePane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace lr::ui {
namespace {

using Column = QuarantineTableModel::Column;

int col(Column c)
{
    return static_cast<int>(c);
}

QString elided(const QString &text, int length = 60)
{
    return text.size() > length ? text.left(length - 1) + QChar(0x2026) : text;
}

template <typename T>
T valueOr(const Result<T> &result, T fallback = {})
{
    return result.ok() ? result.value() : fallback;
}

QString outcomeText(const IntakeOutcome &out)
{
    switch (out.status) {
    case IntakeOutcome::Status::Created:
        return IntakePage::tr("Lead #%1 created.").arg(out.leadId);
    case IntakeOutcome::Status::Merged:
        return IntakePage::tr("Merged into lead #%1.").arg(out.leadId);
    case IntakeOutcome::Status::Quarantined:
        return IntakePage::tr("Still quarantined: %1").arg(out.reason);
    case IntakeOutcome::Status::Failed:
        return IntakePage::tr("Failed: %1").arg(out.reason);
    }
    return {};
}

} // namespace

IntakePage::IntakePage(Store &store, const Clock &clock, const User &user, QWidget *parent)
    : QWidget(parent), m_store(store), m_clock(clock), m_scope(AccessScope::forUser(user)), m_service(store, clock),
      m_listService(store, clock)
{
    setObjectName(QStringLiteral("intakePage"));
    m_model = new QuarantineTableModel(m_service, m_scope, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("intakeTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createReviewTab(), tr("Rejected Submissions"));
    m_lists = new HygieneListsPanel(m_listService, m_scope, this);
    m_tabs->addTab(m_lists, tr("Domain Lists"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tabs);

    connect(m_lists, &HygieneListsPanel::message, this, &IntakePage::message);
    connect(m_model, &QuarantineTableModel::loadFailed, this, [this](const QString &text) {
        if (QuarantineService::requireAdmin(m_scope))
            emit message(text); // others never see the page; their refusal is no news
    });
    connect(m_rejects, &RejectsByFormPanel::sourceActivated, this,
            [this](const QString &source) { m_source->setCurrentIndex(std::max(0, m_source->findData(source))); });
    setUser(user);
}

IntakePage::~IntakePage() = default;

QWidget *IntakePage::createReviewTab()
{
    auto *tab = new QWidget(this);
    m_table = new QTableView(tab);
    setUpTable();
    m_emptyHint = new QLabel(tr("No rejected submissions match. Every submission made it in."), m_table->viewport());
    m_emptyHint->setObjectName(QStringLiteral("emptyStateText"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->hide();

    m_reprocessSelected = new QPushButton(tr("Re-process Selected"), tab);
    m_reprocessSelected->setObjectName(QStringLiteral("reprocessSelectedButton"));
    m_reprocessSelected->setToolTip(tr("Run the selected submissions through intake again as they are, for "
                                       "example after a domain list changed."));
    m_discardSelected = new QPushButton(tr("Discard Selected"), tab);
    m_discardSelected->setObjectName(QStringLiteral("discardSelectedButton"));
    connect(m_reprocessSelected, &QPushButton::clicked, this, &IntakePage::reprocessSelected);
    connect(m_discardSelected, &QPushButton::clicked, this, &IntakePage::discardSelected);
    auto *bulk = new QHBoxLayout;
    bulk->setContentsMargins(16, 6, 16, 6);
    bulk->addWidget(m_reprocessSelected);
    bulk->addWidget(m_discardSelected);
    bulk->addStretch(1);

    m_rejects = new RejectsByFormPanel(m_service, m_scope, tab);
    auto *listSide = new QWidget(tab);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(m_table, 1);
    listLayout->addLayout(bulk);
    auto *left = new QSplitter(Qt::Vertical, tab);
    left->setChildrenCollapsible(false);
    left->addWidget(listSide);
    left->addWidget(m_rejects);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);

    m_editor = new QuarantineEntryEditor(tab);
    m_editor->setMinimumWidth(360);
    connect(m_editor, &QuarantineEntryEditor::reprocessRequested, this, &IntakePage::reprocess);
    connect(m_editor, &QuarantineEntryEditor::discardRequested, this, &IntakePage::discard);
    connect(m_editor, &QuarantineEntryEditor::closeRequested, this, &IntakePage::closeEditor);
    auto *splitter = new QSplitter(Qt::Horizontal, tab);
    splitter->setObjectName(QStringLiteral("intakeSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    // The reasons are what the admin reads: the editor opens only for an entry.
    m_side = new SidePane(splitter, m_editor, m_table, 380, 420);
    connect(m_side, &SidePane::closeRequested, this, &IntakePage::closeEditor);

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createFilterBar(tab));
    layout->addWidget(splitter, 1);
    return tab;
}

QWidget *IntakePage::createFilterBar(QWidget *parent)
{
    auto *bar = new QWidget(parent);
    bar->setObjectName(QStringLiteral("pageHeader"));
    auto *title = new QLabel(tr("Intake review"), bar);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_summary = new QLabel(bar);
    m_summary->setObjectName(QStringLiteral("pageSubtitle"));
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("intakeSearch"));
    m_search->setPlaceholderText(tr("Search reason, form or submitted text"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &IntakePage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &IntakePage::applyFilter);

    m_channel = new QComboBox(bar);
    m_channel->setObjectName(QStringLiteral("intakeChannel"));
    m_channel->addItem(tr("All channels"), -1);
    using C = JournalEntry::Channel;
    for (const C c : {C::Webhook, C::Csv, C::Manual, C::Event})
        m_channel->addItem(QuarantineTableModel::channelName(c), static_cast<int>(c));
    m_source = new QComboBox(bar);
    m_source->setObjectName(QStringLiteral("intakeSource"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setMinimumContentsLength(16);
    m_reason = new QComboBox(bar);
    m_reason->setObjectName(QStringLiteral("intakeReason"));
    m_reason->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_reason->setMinimumContentsLength(24);
    m_showDiscarded = new QCheckBox(tr("Show discarded"), bar);
    m_showDiscarded->setObjectName(QStringLiteral("intakeShowDiscarded"));
    for (QComboBox *box : {m_channel, m_source, m_reason})
        connect(box, &QComboBox::currentIndexChanged, this, &IntakePage::applyFilter);
    connect(m_showDiscarded, &QCheckBox::toggled, this, &IntakePage::applyFilter);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_channel);
    filters->addWidget(m_source, 1);
    filters->addWidget(m_reason, 1);
    filters->addWidget(m_showDiscarded);
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    return bar;
}

void IntakePage::setUpTable()
{
    m_table->setObjectName(QStringLiteral("quarantineTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFrameShape(QFrame::NoFrame);
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 14);
    rows->setVisible(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSortIndicator(col(Column::Received), Qt::DescendingOrder);
    header->setSortIndicatorShown(true);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(col(Column::Reason), QHeaderView::Stretch);
    const QFontMetrics fm = fontMetrics();
    m_table->setColumnWidth(col(Column::Received), fm.horizontalAdvance(QStringLiteral("00/00/0000 00:00")) + 24);
    // As wide as their longest value in the user's language (or their header), so none is cut.
    const auto fit = [&](Column c, const QStringList &values) {
        int w = header->fontMetrics().horizontalAdvance(m_model->headerData(col(c), Qt::Horizontal).toString()) + 48;
        for (const QString &v : values)
            w = std::max(w, fm.horizontalAdvance(v) + 24);
        m_table->setColumnWidth(col(c), w);
    };
    QStringList channels;
    for (const auto c : {JournalEntry::Channel::Webhook, JournalEntry::Channel::Csv, JournalEntry::Channel::Manual,
                         JournalEntry::Channel::Event})
        channels.append(QuarantineTableModel::channelName(c));
    fit(Column::Channel, channels);
    fit(Column::Source, {QStringLiteral("contact-form-xx")});
    fit(Column::Attempts, {QStringLiteral("99")});
    fit(Column::State,
        {displayName(ReviewState::Quarantined), displayName(ReviewState::Failed), displayName(ReviewState::Discarded)});
    m_table->setSortingEnabled(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &IntakePage::showCurrentEntry);
}

void IntakePage::setUser(const User &user)
{
    m_scope = AccessScope::forUser(user);
    const bool admin = QuarantineService::requireAdmin(m_scope).ok();
    setEnabled(admin);
    m_model->setScope(m_scope);
    m_rejects->setScope(m_scope);
    m_lists->setScope(m_scope);
    m_editor->clear();
    m_side->setShown(false);
    reloadFilterValues();
    updateSummary();
}

void IntakePage::refresh()
{
    if (!QuarantineService::requireAdmin(m_scope))
        return;
    reloadFilterValues();
    m_model->refresh();
    m_rejects->refresh();
    m_lists->refresh();
    updateSummary();
    if (m_editor->entryId())
        showEntry(m_editor->entryId());
}

void IntakePage::reloadFilterValues()
{
    // The values of the source and reason filters: the most frequent among open rejects.
    m_updatingFilters = true;
    const QString source = m_source->currentData().toString();
    const QString reason = m_reason->currentData().toString();
    const QLocale locale;
    m_source->clear();
    m_source->addItem(tr("All forms"), QString());
    for (const auto &[value, count] : valueOr(m_service.topSources(m_scope, 100))) {
        m_source->addItem(
            tr("%1 (%2)").arg(value.isEmpty() ? Format::missing() : elided(value, 40), locale.toString(count)), value);
    }
    m_reason->clear();
    m_reason->addItem(tr("All reasons"), QString());
    // A kind of reason reads in this user's language, with "…" where each entry has its own
    // address or number ("… is a disposable (throwaway) mail domain. (1,204)").
    for (const auto &[key, count] : valueOr(m_service.topReasons(m_scope, 100))) {
        const QString words = Words::fromStored(key).text();
        m_reason->addItem(tr("%1 (%2)").arg(elided(words), locale.toString(count)), key);
        m_reason->setItemData(m_reason->count() - 1, words, Qt::ToolTipRole);
    }
    // A chosen value with no open rejects left stays chosen (with a zero), so the list and the
    // combo box never disagree.
    for (const auto &[box, value] : {std::pair{m_source, source}, std::pair{m_reason, reason}}) {
        if (!value.isEmpty() && box->findData(value) < 0) {
            const QString label = box == m_reason ? Words::fromStored(value).text() : value;
            box->addItem(tr("%1 (%2)").arg(elided(label), locale.toString(0)), value);
        }
        box->setCurrentIndex(std::max(0, box->findData(value)));
    }
    m_updatingFilters = false;
}

void IntakePage::applyFilter()
{
    if (m_updatingFilters)
        return;
    m_searchDelay->stop();
    QuarantineFilter filter;
    filter.text = m_search->text().trimmed();
    filter.source = m_source->currentData().toString();
    filter.reasonKey = m_reason->currentData().toString();
    if (const int channel = m_channel->currentData().toInt(); channel >= 0)
        filter.channel = static_cast<JournalEntry::Channel>(channel);
    filter.includeDiscarded = m_showDiscarded->isChecked();
    m_model->setFilter(filter);
    updateSummary();
}

void IntakePage::updateSummary()
{
    const qint64 open = valueOr(m_service.count(m_scope, {}));
    const QLocale locale;
    QString text = tr("%n rejected submission(s) waiting for review", nullptr, static_cast<int>(open));
    if (m_model->totalCount() != open || !(m_model->filter() == QuarantineFilter()))
        text += tr(" · %1 shown").arg(locale.toString(m_model->totalCount()));
    m_summary->setText(text);
    m_emptyHint->setVisible(m_model->totalCount() == 0);
    m_emptyHint->resize(m_table->viewport()->size());
    m_reprocessSelected->setEnabled(m_model->totalCount() > 0);
    m_discardSelected->setEnabled(m_model->totalCount() > 0);
}

void IntakePage::showCurrentEntry()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return; // keep showing the last entry (and its outcome) after the list reloads
    showEntry(m_model->idAt(current.row()));
}

void IntakePage::showEntry(Id id)
{
    const Result<QuarantineRow> row = m_service.entry(m_scope, id);
    if (!row) {
        m_editor->clear();
        m_side->setShown(false);
        emit message(row.error());
        return;
    }
    m_editor->setEntry(*row);
    m_side->setShown(true);
}

void IntakePage::closeEditor()
{
    m_side->clearList();
    m_editor->clear();
    m_side->setShown(false);
}

void IntakePage::reprocess(Id id, const FieldList &fields)
{
    const Result<IntakeOutcome> out = m_service.reprocess(m_scope, id, fields);
    if (!out) {
        m_editor->showOutcome(out.error(), false); // the edited fields stay as typed
        return;
    }
    const bool ok = out->status == IntakeOutcome::Status::Created || out->status == IntakeOutcome::Status::Merged;
    refresh();
    showEntry(id);
    const QString text = outcomeText(*out);
    m_editor->showOutcome(text, ok);
    emit message(tr("Submission #%1: %2").arg(id).arg(text));
    if (ok)
        emit leadsChanged();
}

void IntakePage::discard(Id id)
{
    const Status s = m_service.discard(m_scope, id);
    if (!s) {
        m_editor->showOutcome(s.error(), false);
        return;
    }
    refresh();
    showEntry(id);
    m_editor->showOutcome(tr("Discarded. It stays in the journal; tick \"Show discarded\" to see it."), true);
    emit message(tr("Submission #%1 discarded.").arg(id));
}

QList<Id> IntakePage::selectedIds() const
{
    QList<Id> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (const Id id = m_model->idAt(index.row()))
            ids.append(id);
    }
    return ids;
}

void IntakePage::reprocessSelected()
{
    const QList<Id> ids = selectedIds();
    if (ids.isEmpty()) {
        emit message(tr("Select the submissions to re-process first."));
        return;
    }
    const Result<ReprocessSummary> summary = m_service.reprocess(m_scope, ids);
    if (!summary) {
        emit message(summary.error());
        return;
    }
    refresh();
    emit message(tr("Re-processed %1: %2 created, %3 merged, %4 still quarantined, %5 failed.")
                     .arg(ids.size())
                     .arg(summary->created)
                     .arg(summary->merged)
                     .arg(summary->quarantined)
                     .arg(summary->failed));
    if (summary->created + summary->merged > 0)
        emit leadsChanged();
}

void IntakePage::discardSelected()
{
    const QList<Id> ids = selectedIds();
    if (ids.isEmpty()) {
        emit message(tr("Select the submissions to discard first."));
        return;
    }
    const Result<int> discarded = m_service.discard(m_scope, ids);
    if (!discarded) {
        emit message(discarded.error());
        return;
    }
    m_editor->clear();
    m_side->setShown(false);
    refresh();
    emit message(tr("Discarded %n submission(s).", nullptr, discarded.value()));
}

} // namespace lr::ui
