#pragma once

#include "core/domain/User.h"
#include "core/security/AccessScope.h"

#include <QSet>
#include <QWidget>

class QSettings;
class QSplitter;
class QLabel;
class QTableView;

namespace lr {
class Clock;
class Store;
} // namespace lr

namespace lr::ui {

class LeadDetailPanel;
class SidePane;
class LeadFilterBar;
class LeadTableModel;

/// The lead list: filters on top, the table (a window over the store) on the left and the
/// selected lead's details on the right.
class LeadListPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadListPage)

public:
    LeadListPage(Store &store, const Clock &clock, const User &user, QWidget *parent = nullptr);
    ~LeadListPage() override;

    /// Shows what `user` may see; filters start over.
    void setUser(const User &user);
    /// Reads the list and the selected lead again, keeping the selection when possible.
    void refresh();
    void focusSearch();
    /// Reads the list again and selects lead `id` (row found near the top, else shown in the
    /// details only, e.g. when the filters hide it).
    void selectLead(Id id);

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

    LeadTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    LeadFilterBar *filterBar() const { return m_filterBar; }
    LeadDetailPanel *detailPanel() const { return m_detail; }
    QSplitter *splitter() const { return m_splitter; }

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    /// The number of leads matching the filters changed.
    void countChanged(qint64 count);
    /// Something the user should know (a page that could not be read, …).
    void message(const QString &text);

private:
    void setUpTable();
    void fitColumns();
    void showColumn(int column, bool on);
    void showHeaderMenu(const QPoint &pos);
    void applyFilter();
    void showCurrentLead();
    /// Closes the details (their close button, Esc): no lead selected.
    void closeDetail();
    void rememberSelection();
    void restoreSelection();
    void updateEmptyHint();

    Store &m_store;
    const Clock &m_clock;
    AccessScope m_scope;
    LeadTableModel *m_model = nullptr;
    LeadFilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    LeadDetailPanel *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_emptyHint = nullptr; ///< Over the table when no lead matches.
    Id m_selectedId = 0;
    int m_selectedRow = -1;
    /// The user sized a column (now or in an earlier session): the widths are theirs. Until then
    /// the columns follow the table's width (a maximised window gives the names room).
    bool m_columnsByUser = false;
    bool m_fitting = false;       ///< fitColumns() is resizing: not the user.
    bool m_headerPressed = false; ///< A mouse button is down on the header (dragging a divider).
    QSet<int> m_hiddenColumns;    ///< Columns the user (or the role) turned off.
    QSet<int> m_keptColumns;      ///< Columns the user turned on: never folded away for room.
    /// The details open beside the list while a lead is selected; without one the list has the
    /// whole width (names and addresses read whole on a laptop).
    SidePane *m_side = nullptr;
};

} // namespace lr::ui
