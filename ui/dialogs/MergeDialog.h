#pragma once

#include "core/dedup/LeadMerger.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QPushButton;

namespace lr::ui {

/// Field-by-field merge preview: both values side by side, the proposed one selected, one choice
/// per field. The dialog only collects choices; LeadMerger (core) merges.
class MergeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeDialog)

public:
    explicit MergeDialog(const MergePreview &preview, QWidget *parent = nullptr);
    ~MergeDialog() override;

    const MergePreview &preview() const { return m_preview; }
    /// The side chosen for every differing field.
    MergeChoices choices() const;
    QPushButton *mergeButton() const { return m_mergeButton; }

private:
    QWidget *createFieldGrid();

    MergePreview m_preview;
    QHash<QString, QButtonGroup *> m_groups;
    QPushButton *m_mergeButton = nullptr;
};

} // namespace lr::ui
