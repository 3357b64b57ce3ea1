#pragma once

#include "core/rules/Condition.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;

namespace lr::ui {

/// Edits a ConditionSet without JSON: "all"/"any" of rows, each a field picker (or "Behaviour
/// events"), an operator picker offering only the operators valid for the field's type, and a
/// value editor that fits the operator and field (text, a list of values, a choice among a field's
/// known values, a number range, role words, or an event count within a time window). Every row
/// is checked by core (Condition::check()) as it is edited; a bad row shows the reason at its value
/// editor (red frame, tooltip) and under the row.
class ConditionBuilder final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConditionBuilder)

public:
    /// The field picker's data for the "Behaviour events" entry (event-count conditions).
    static constexpr int kEventsField = -1;

    explicit ConditionBuilder(QWidget *parent = nullptr);
    ~ConditionBuilder() override;

    /// Shows `set` (replacing every row); emits nothing.
    void setConditions(const ConditionSet &set);
    /// The conditions as edited, bad ones included (see problems()).
    ConditionSet conditions() const;
    /// Core's reason per row ("" when the row is fine).
    QStringList problems() const;
    /// True when there is at least one row and every row checks.
    bool isValid() const;

    int rowCount() const { return static_cast<int>(m_rows.size()); }
    /// Adds a row (a text "is" condition on the first field) and returns its index.
    int addRow();
    void removeRow(int row);

    // The editors, for tests and accessibility.
    QComboBox *matchBox() const { return m_match; }
    QPushButton *addButton() const { return m_add; }
    QComboBox *fieldBox(int row) const;
    QComboBox *operatorBox(int row) const;
    QCheckBox *negateBox(int row) const;
    QToolButton *removeButton(int row) const;
    /// The value editor the row shows now (nullptr for "is empty").
    QWidget *currentValueEditor(int row) const;
    QLineEdit *textEdit(int row) const;         ///< is, contains, pattern; "is one of" as a comma list
    QComboBox *choiceBox(int row) const;        ///< is, for fields with known values
    QListWidget *choiceList(int row) const;     ///< is one of / role words, checkable items
    QDoubleSpinBox *minBox(int row) const;      ///< range; its minimum means "no lower bound"
    QDoubleSpinBox *maxBox(int row) const;      ///< range; its minimum means "no upper bound"
    QComboBox *eventTypeBox(int row) const;     ///< event count
    QLineEdit *urlEdit(int row) const;          ///< event count: URL contains
    QComboBox *eventFormTypeBox(int row) const; ///< event count: form type ("" = any)
    QSpinBox *countBox(int row) const;          ///< event count: at least
    QSpinBox *daysBox(int row) const;           ///< event count: within days (0 = ever)
    QLabel *problemLabel(int row) const;

    /// The known values of `field` as (key, label), empty when it takes free text.
    static QList<std::pair<QString, QString>> knownValues(LeadField field);
    /// The operators the builder offers for `field` (kEventsField: event count only).
    static QList<ConditionOp> operatorsFor(int field);

signals:
    /// Any edit: a row added, removed or changed, or the match switched.
    void changed();

private:
    struct Row;

    Row *createRow();
    void fillOperators(Row *row);
    void fillValueEditors(Row *row);
    void showEditor(Row *row);
    void loadRow(Row *row, const Condition &c);
    Condition conditionOf(const Row *row) const;
    void checkRow(Row *row);
    void onRowEdited(Row *row);

    QComboBox *m_match = nullptr;
    QPushButton *m_add = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QList<Row *> m_rows;
    bool m_loading = false;
};

} // namespace lr::ui
