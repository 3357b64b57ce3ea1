#pragma once

#include "core/domain/Pipeline.h"

#include <QFrame>

class QLabel;
class QListView;

namespace lr {
class Store;
struct StageTotals;
} // namespace lr

namespace lr::ui {

class BoardColumnModel;
class DealCardDelegate;

/// One column of the deal board: a header with the stage's name, probability, count, sum and
/// weighted sum, and the stage's deals as cards.
class StageColumn final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageColumn)

public:
    StageColumn(Store &store, const Stage &stage, DealCardDelegate *delegate, QWidget *parent = nullptr);

    const Stage &stage() const;
    BoardColumnModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    void setTotals(const StageTotals &totals);
    /// Highlights the column as the place a dragged card would land.
    void setDropTarget(bool target);

private:
    BoardColumnModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_sums = nullptr;
};

} // namespace lr::ui
