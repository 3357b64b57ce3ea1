#pragma once

#include "core/dedup/DuplicateFinder.h"
#include "core/dedup/LeadMerger.h"
#include "core/domain/User.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace lr {
class Clock;
class Store;
} // namespace lr

namespace lr::ui {

class DuplicateCandidateModel;
class MergeDialog;
class MergeHistoryModel;

/// Possible duplicates for managers and admins: review a pair, merge it field by field or mark it
/// "Not a duplicate", and undo recent merges. The duplicate rate heads the page. Core decides
/// everything (candidates, survivorship, who may merge); the page shows and asks.
class DuplicatesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicatesPage)

public:
    DuplicatesPage(Store &store, const Clock &clock, const User &user, QWidget *parent = nullptr);
    ~DuplicatesPage() override;

    void setUser(const User &user);
    /// Searches candidates again and reloads the merges and the rate.
    void refresh();
    /// Refreshes now when shown, else on the next show (the search is not free on big stores).
    void invalidate();

    QTableView *candidates() const { return m_candidateTable; }
    QTableView *merges() const { return m_mergeTable; }
    QLabel *summary() const { return m_summary; }
    QLabel *feedback() const { return m_feedback; }
    DuplicateCandidateModel *candidateModel() const { return m_candidateModel; }
    MergeHistoryModel *mergeModel() const { return m_mergeModel; }
    /// The merge dialog while it is open, else nullptr.
    MergeDialog *mergeDialog() const { return m_dialog; }

    /// Days the duplicate rate looks back.
    static constexpr int kRateDays = 30;

signals:
    void message(const QString &text);
    /// Leads were merged or restored: lists elsewhere should reload.
    void leadsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reviewSelected();
    void dismissSelected();
    void undoSelected();
    void finishMerge(const MergeDialog &dialog);
    void updateSummary();
    void updateButtons();
    void report(const QString &text, bool error);
    int selectedRow(const QTableView *table) const;

    Store &m_store;
    const Clock &m_clock;
    User m_user;
    DuplicateFinder m_finder;
    LeadMerger m_merger;
    DuplicateCandidateModel *m_candidateModel = nullptr;
    MergeHistoryModel *m_mergeModel = nullptr;
    QTableView *m_candidateTable = nullptr;
    QTableView *m_mergeTable = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_feedback = nullptr;
    QPushButton *m_reviewButton = nullptr;
    QPushButton *m_dismissButton = nullptr;
    QPushButton *m_undoButton = nullptr;
    MergeDialog *m_dialog = nullptr;
    qint64 m_searchMs = 0;
    bool m_dirty = true;
};

} // namespace lr::ui
