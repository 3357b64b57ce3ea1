#pragma once

#include "core/domain/Ids.h"
#include "core/security/AccessScope.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;

namespace lr {
class Clock;
class DealService;
} // namespace lr

namespace lr::ui {

/// The board's deal detail panel: the selected deal's fields (editable where its stage allows,
/// saved through DealService::edit, so exit criteria and roles apply), its stage history, its
/// activities and its open tasks.
class DealDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealDetailPanel)

public:
    DealDetailPanel(DealService &service, const Clock &clock, QWidget *parent = nullptr);
    ~DealDetailPanel() override;

    /// Shows `dealId` as `scope` sees it; an empty panel when 0 or out of scope.
    void showDeal(const AccessScope &scope, Id dealId);
    Id dealId() const { return m_dealId; }
    /// Saves the edited fields; true when core accepted them.
    bool save();

    /// The editor of a DealFields key (QLineEdit, or QComboBox for the lost reason).
    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    QPushButton *saveButton() const { return m_save; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *errorLabel() const { return m_error; }
    QListWidget *historyList() const { return m_history; }
    QListWidget *activityList() const { return m_activities; }
    QListWidget *taskList() const { return m_tasks; }

signals:
    /// A field was saved: the board shows the new figures.
    void dealEdited(lr::Id dealId, lr::Id stageId);
    /// The close button: the board clears its selection and hides the panel (Esc on the board too).
    void closeRequested();

private:
    QString editorText(const QString &key) const;
    void setEditorText(const QString &key, const QString &text);

    DealService &m_service;
    const Clock &m_clock;
    AccessScope m_scope;
    Id m_dealId = 0;
    QMap<QString, QString> m_loaded; ///< Field texts as shown, to send only what changed.
    QMap<QString, QWidget *> m_editors;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QListWidget *m_history = nullptr;
    QListWidget *m_activities = nullptr;
    QListWidget *m_tasks = nullptr;
    QWidget *m_body = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace lr::ui
