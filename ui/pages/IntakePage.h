#pragma once

#include "core/domain/User.h"
#include "core/hygiene/HygieneListService.h"
#include "core/intake/QuarantineService.h"
#include "core/security/AccessScope.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace lr {
class Clock;
class Store;
} // namespace lr

namespace lr::ui {

class HygieneListsPanel;
class QuarantineEntryEditor;
class QuarantineTableModel;
class RejectsByFormPanel;
class SidePane;

/// The admin's intake review: rejected submissions (a window over the journal) with filters, an
/// editor to fix and re-process or discard them, bulk actions, rejects by form, and the admins'
/// own domain lists. Only admins reach it; core refuses everyone else anyway.
class IntakePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakePage)

public:
    IntakePage(Store &store, const Clock &clock, const User &user, QWidget *parent = nullptr);
    ~IntakePage() override;

    void setUser(const User &user);
    /// Reads the list, the filters' values and the rejects panel again.
    void refresh();

    QTabWidget *tabs() const { return m_tabs; }
    QuarantineTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QuarantineEntryEditor *editor() const { return m_editor; }
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *channelBox() const { return m_channel; }
    QComboBox *sourceBox() const { return m_source; }
    QComboBox *reasonBox() const { return m_reason; }
    QCheckBox *discardedBox() const { return m_showDiscarded; }
    QPushButton *reprocessSelectedButton() const { return m_reprocessSelected; }
    QPushButton *discardSelectedButton() const { return m_discardSelected; }
    RejectsByFormPanel *rejectsPanel() const { return m_rejects; }
    HygieneListsPanel *listsPanel() const { return m_lists; }

signals:
    /// Something the user should know (an outcome, a failure).
    void message(const QString &text);
    /// Leads were created or merged by a re-process.
    void leadsChanged();

private:
    QWidget *createReviewTab();
    QWidget *createFilterBar(QWidget *parent);
    void setUpTable();
    void applyFilter();
    void reloadFilterValues();
    void updateSummary();
    void showCurrentEntry();
    void showEntry(Id id);
    void closeEditor();
    void reprocess(Id id, const FieldList &fields);
    void discard(Id id);
    void reprocessSelected();
    void discardSelected();
    QList<Id> selectedIds() const;

    Store &m_store;
    const Clock &m_clock;
    AccessScope m_scope;
    QuarantineService m_service;
    HygieneListService m_listService;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_reason = nullptr;
    QCheckBox *m_showDiscarded = nullptr;
    QuarantineTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyHint = nullptr;
    QPushButton *m_reprocessSelected = nullptr;
    QPushButton *m_discardSelected = nullptr;
    QuarantineEntryEditor *m_editor = nullptr;
    SidePane *m_side = nullptr; ///< The editor, beside the list while an entry is open.
    RejectsByFormPanel *m_rejects = nullptr;
    HygieneListsPanel *m_lists = nullptr;
    bool m_updatingFilters = false;
};

} // namespace lr::ui
