#pragma once

#include "core/domain/Pipeline.h"
#include "core/domain/User.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lr {
class Store;
} // namespace lr

namespace lr::ui {

/// Pipeline ▸ Edit Stages… (administrators): the ordered stages of a pipeline with name, kind,
/// probability, rot days, stale limit and stale probability, exit criteria (required fields) and
/// the fact that moves deals in; add, remove, reorder, restore the shipped defaults, or start a
/// new pipeline. Saving goes through PipelineEditor, which checks everything and refuses
/// non-admins whatever the UI shows.
class StageEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageEditorDialog)

public:
    enum Column {
        NameColumn,
        KindColumn,
        ProbabilityColumn,
        RotColumn,
        StaleDaysColumn,
        StaleProbabilityColumn,
        RequiredColumn,
        FactColumn,
        ColumnCount
    };

    StageEditorDialog(Store &store, const User &user, Id pipelineId, QWidget *parent = nullptr);
    ~StageEditorDialog() override;

    QTableWidget *table() const { return m_table; }
    QComboBox *pipelineCombo() const { return m_pipelines; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    QPushButton *defaultsButton() const { return m_defaults; }

    /// The stages as the table shows them (ids of stored stages kept).
    QList<Stage> stages() const;
    Id pipelineId() const { return m_pipelineId; }
    /// Saves through PipelineEditor; shows core's message and returns false when refused.
    bool save();
    void accept() override;

private:
    void load(Id pipelineId);
    void fill(const QList<Stage> &stages);
    void addRow(const Stage &stage, int row);
    void moveRow(int step);
    void restoreDefaults();
    void newPipeline();

    Store &m_store;
    User m_user;
    Id m_pipelineId = 0;
    QComboBox *m_pipelines = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_defaults = nullptr;
    QPushButton *m_newPipeline = nullptr;
};

} // namespace lr::ui
