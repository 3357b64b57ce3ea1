#include "ui/pages/DuplicatesPage.h"

#include "core/common/DayPhrases.h"
#include "core/dedup/DuplicateRate.h"
#include "core/store/Store.h"
#include "ui/dialogs/MergeDialog.h"
#include "ui/models/DuplicateCandidateModel.h"
#include "ui/models/MergeHistoryModel.h"

#include <QAction>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace lr::ui {
namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setFrameShape(QFrame::NoFrame);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 14);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

/// Columns as wide as their contents and never narrower than their titles, shrunk in proportion when
/// together they would need horizontal scrolling.
void fitColumns(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    table->resizeColumnsToContents();
    const int columns = table->model()->columnCount();
    int total = 0;
    for (int c = 0; c < columns; ++c) {
        // The hint ignores the style sheet's bold header font: leave room for it.
        const int title = header->sectionSizeHint(c) + header->fontMetrics().averageCharWidth() * 3;
        const int width = std::min(std::max(table->columnWidth(c), title), 320);
        table->setColumnWidth(c, width);
        total += width;
    }
    const int available = table->viewport()->width();
    if (total <= available || available <= 0)
        return;
    for (int c = 0; c < columns; ++c) {
        const int minimum =
            std::min(header->sectionSizeHint(c) + header->fontMetrics().averageCharWidth() * 3, table->columnWidth(c));
        table->setColumnWidth(c, std::max(minimum, table->columnWidth(c) * available / total));
    }
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionTitle"));
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

/// An action on `table` alone: the key works while the table (or its buttons' page) has focus.
void addKey(QWidget *widget, const QKeySequence &key, QObject *context, const std::function<void()> &slot)
{
    auto *action = new QAction(widget);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(action, &QAction::triggered, context, slot);
    widget->addAction(action);
}

} // namespace

DuplicatesPage::DuplicatesPage(Store &store, const Clock &clock, const User &user, QWidget *parent)
    : QWidget(parent), m_store(store), m_clock(clock), m_user(user), m_finder(store), m_merger(store, clock)
{
    setObjectName(QStringLiteral("duplicatesPage"));
    m_candidateModel = new DuplicateCandidateModel(this);
    m_mergeModel = new MergeHistoryModel(this);

    auto *title = new QLabel(tr("Duplicates"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("pageSubtitle"));
    m_summary->setWordWrap(true);
    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("duplicatesFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->hide();

    m_candidateTable = makeTable(m_candidateModel, QStringLiteral("candidateTable"), this);
    m_mergeTable = makeTable(m_mergeModel, QStringLiteral("mergeTable"), this);
    m_reviewButton = new QPushButton(tr("&Review and Merge…"), this);
    m_reviewButton->setObjectName(QStringLiteral("reviewButton"));
    m_reviewButton->setToolTip(tr("Compare the two records field by field (Enter)"));
    m_dismissButton = new QPushButton(tr("&Not a Duplicate"), this);
    m_dismissButton->setObjectName(QStringLiteral("dismissButton"));
    m_dismissButton->setToolTip(tr("Never offer this pair again (Delete)"));
    m_undoButton = new QPushButton(tr("&Undo Merge"), this);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->setToolTip(tr("Restore the merged lead and the kept lead's old values (Ctrl+Z)"));
    connect(m_reviewButton, &QPushButton::clicked, this, &DuplicatesPage::reviewSelected);
    connect(m_dismissButton, &QPushButton::clicked, this, &DuplicatesPage::dismissSelected);
    connect(m_undoButton, &QPushButton::clicked, this, &DuplicatesPage::undoSelected);
    connect(m_candidateTable, &QTableView::activated, this, &DuplicatesPage::reviewSelected);
    addKey(m_candidateTable, QKeySequence(Qt::Key_Delete), this, [this] { dismissSelected(); });
    addKey(m_mergeTable, QKeySequence::Undo, this, [this] { undoSelected(); });
    connect(m_candidateTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DuplicatesPage::updateButtons);
    connect(m_mergeTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DuplicatesPage::updateButtons);

    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("pageHeader"));
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(16, 12, 16, 12);
    headerLayout->setSpacing(2);
    headerLayout->addWidget(title);
    headerLayout->addWidget(m_summary);

    auto *candidateButtons = new QHBoxLayout;
    candidateButtons->setContentsMargins(16, 8, 16, 4);
    candidateButtons->addWidget(sectionTitle(tr("Possible duplicates"), this));
    candidateButtons->addStretch(1);
    candidateButtons->addWidget(m_dismissButton);
    candidateButtons->addWidget(m_reviewButton);
    auto *mergeButtons = new QHBoxLayout;
    mergeButtons->setContentsMargins(16, 8, 16, 4);
    mergeButtons->addWidget(sectionTitle(tr("Recent merges"), this));
    mergeButtons->addStretch(1);
    mergeButtons->addWidget(m_undoButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    auto *feedbackRow = new QHBoxLayout;
    feedbackRow->setContentsMargins(16, 6, 16, 0);
    feedbackRow->addWidget(m_feedback);
    layout->addLayout(feedbackRow);
    layout->addLayout(candidateButtons);
    layout->addWidget(m_candidateTable, 3);
    layout->addLayout(mergeButtons);
    layout->addWidget(m_mergeTable, 1);
    updateButtons();
}

DuplicatesPage::~DuplicatesPage() = default;

void DuplicatesPage::setUser(const User &user)
{
    m_user = user;
    m_feedback->hide();
    m_dirty = true;
    if (isVisible())
        refresh();
}

void DuplicatesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void DuplicatesPage::invalidate()
{
    m_dirty = true;
    if (isVisible())
        refresh();
}

void DuplicatesPage::refresh()
{
    m_dirty = false;
    const AccessScope scope = AccessScope::forUser(m_user);
    QElapsedTimer timer;
    timer.start();
    auto found = m_finder.find(scope);
    m_searchMs = timer.elapsed();
    m_candidateModel->setCandidates(found.ok() ? std::move(found).value() : QList<DuplicateCandidate>{});
    auto merges = m_merger.recent(scope);
    m_mergeModel->setMerges(merges.ok() ? std::move(merges).value() : QList<MergeRecord>{});
    if (!found.ok())
        report(found.error(), true);
    updateSummary();
    if (m_candidateModel->rowCount() > 0)
        m_candidateTable->selectRow(0);
    // After the layout has given the tables their final width (a refresh often runs inside showEvent).
    QTimer::singleShot(0, this, [this] {
        for (QTableView *table : {m_candidateTable, m_mergeTable}) {
            fitColumns(table);
            table->horizontalScrollBar()->setValue(0);
        }
    });
    updateButtons();
}

void DuplicatesPage::updateSummary()
{
    const Instant now = m_clock.now();
    const DuplicateRate rate =
        DuplicateRate::measure(m_store, AccessScope::forUser(m_user), now - kRateDays * kDayMs, now + 1);
    const QLocale locale;
    const QString rateText =
        rate.processed == 0 ? tr("Caught at intake (%1): no submissions yet").arg(DayPhrases::last(kRateDays).text())
                            : tr("Caught at intake (%1): %2 % — %3 of %4 submissions matched a known person and were "
                                 "merged instead of becoming a duplicate")
                                  .arg(DayPhrases::last(kRateDays).text())
                                  .arg(locale.toString(rate.percent(), 'f', 1))
                                  .arg(locale.toString(rate.merged))
                                  .arg(locale.toString(rate.processed));
    const int open = m_candidateModel->rowCount();
    const QString openText =
        open == 1 ? tr("%n open candidate", nullptr, open) : tr("%n open candidates", nullptr, open);
    m_summary->setText(rateText + QStringLiteral(" · ") + openText);
    m_summary->setToolTip(tr("Duplicates that slipped past intake and were merged here later are the Dashboard's "
                             "duplicate rate (target < %1 %).")
                              .arg(locale.toString(DuplicateRate::kTargetPercent, 'f', 0)) +
                          QLatin1Char('\n') + tr("Candidates found in %1 ms").arg(m_searchMs));
}

void DuplicatesPage::updateButtons()
{
    m_reviewButton->setEnabled(selectedRow(m_candidateTable) >= 0);
    m_dismissButton->setEnabled(selectedRow(m_candidateTable) >= 0);
    const int merge = selectedRow(m_mergeTable);
    m_undoButton->setEnabled(merge >= 0 && !m_mergeModel->mergeAt(merge).isUndone());
}

int DuplicatesPage::selectedRow(const QTableView *table) const
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void DuplicatesPage::report(const QString &text, bool error)
{
    m_feedback->setText(text);
    m_feedback->setStyleSheet(error ? QStringLiteral("color:#b91c1c") : QStringLiteral("color:#166534"));
    m_feedback->setVisible(!text.isEmpty());
    emit message(text);
}

void DuplicatesPage::reviewSelected()
{
    const int row = selectedRow(m_candidateTable);
    if (row < 0 || m_dialog)
        return;
    const DuplicateCandidate &c = m_candidateModel->candidateAt(row);
    const auto preview = m_merger.preview(AccessScope::forUser(m_user), c.first.id, c.second.id);
    if (!preview) {
        report(preview.error(), true);
        return;
    }
    m_dialog = new MergeDialog(*preview, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] { finishMerge(*m_dialog); });
    connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    m_dialog->open();
}

void DuplicatesPage::finishMerge(const MergeDialog &dialog)
{
    const MergePreview &p = dialog.preview();
    const auto merged = m_merger.merge(AccessScope::forUser(m_user), p.survivor.id, p.absorbed.id, dialog.choices());
    if (!merged) {
        report(merged.error(), true);
        return;
    }
    report(tr("%1 (#%2) was merged into %3 (#%4). Undo Merge (Ctrl+Z) brings it back if that was wrong.")
               .arg(p.absorbed.fullName())
               .arg(p.absorbed.id)
               .arg(p.survivor.fullName())
               .arg(p.survivor.id),
           false);
    refresh();
    // The merge just made is selected in Recent merges, so Undo works at once.
    for (int row = 0; row < m_mergeModel->rowCount(); ++row) {
        if (m_mergeModel->mergeAt(row).id == merged.value()) {
            m_mergeTable->selectRow(row);
            m_mergeTable->setFocus();
            break;
        }
    }
    updateButtons();
    emit leadsChanged();
}

void DuplicatesPage::dismissSelected()
{
    const int row = selectedRow(m_candidateTable);
    if (row < 0)
        return;
    const DuplicateCandidate c = m_candidateModel->candidateAt(row);
    if (const Status s = m_finder.dismiss(AccessScope::forUser(m_user), c.pair(), m_clock.now()); !s) {
        report(s.error(), true);
        return;
    }
    m_candidateModel->removePair(c.pair());
    if (m_candidateModel->rowCount() > 0)
        m_candidateTable->selectRow(std::min(row, m_candidateModel->rowCount() - 1));
    report(tr("%1 and %2 will not be offered as duplicates again.").arg(c.first.fullName(), c.second.fullName()),
           false);
    updateSummary();
    updateButtons();
}

void DuplicatesPage::undoSelected()
{
    const int row = selectedRow(m_mergeTable);
    if (row < 0)
        return;
    const MergeRecord m = m_mergeModel->mergeAt(row);
    const auto restored = m_merger.undo(AccessScope::forUser(m_user), m.id);
    if (!restored) {
        report(restored.error(), true);
        return;
    }
    report(tr("The merge was undone: %1 is back as a lead of its own.").arg(m.absorbedName), false);
    refresh();
    emit leadsChanged();
}

} // namespace lr::ui
