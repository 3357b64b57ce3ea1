#pragma once

#include "core/hygiene/HygieneListService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace lr::ui {

class HygieneListModel;

/// The admins' own domain lists: pick a list, search it, add a domain (or an address) with a
/// note, remove the selected one. Wrong input gets the service's message inline, and nothing is
/// lost from the input box.
class HygieneListsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HygieneListsPanel)

public:
    HygieneListsPanel(HygieneListService &service, const AccessScope &scope, QWidget *parent = nullptr);
    ~HygieneListsPanel() override;

    void setScope(const AccessScope &scope);
    void refresh();
    /// Shows `list`.
    void showList(HygieneList list);
    HygieneList currentList() const;

    QComboBox *listBox() const { return m_list; }
    QLineEdit *searchBox() const { return m_search; }
    QLineEdit *valueEdit() const { return m_value; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *errorLabel() const { return m_error; }
    QTableView *table() const { return m_table; }
    HygieneListModel *model() const { return m_model; }

signals:
    /// A list changed (the review list may want to re-process).
    void listsChanged();
    void message(const QString &text);

private:
    void add();
    void removeSelected();
    void updateHint();

    HygieneListService &m_service;
    AccessScope m_scope;
    QComboBox *m_list = nullptr;
    QLabel *m_hint = nullptr;
    QLineEdit *m_search = nullptr;
    QLineEdit *m_value = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_table = nullptr;
    HygieneListModel *m_model = nullptr;
};

} // namespace lr::ui
