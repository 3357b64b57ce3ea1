#pragma once

#include "core/intake/QuarantineService.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace lr::ui {

/// The selected rejected submission: where it came from, why it was rejected, and its raw fields
/// as an editable name/value form. Re-process and Discard are requests; the page carries them out
/// through QuarantineService and shows the outcome here.
class QuarantineEntryEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuarantineEntryEditor)

public:
    explicit QuarantineEntryEditor(QWidget *parent = nullptr);
    ~QuarantineEntryEditor() override;

    /// Shows `row` (with its body); fields can be edited while it is quarantined or failed.
    void setEntry(const QuarantineRow &row);
    void clear();
    Id entryId() const { return m_entryId; }
    /// The fields as the admin edited them.
    FieldList fields() const;
    /// Shows what re-processing or discarding did (`ok` colours it as a success).
    void showOutcome(const QString &text, bool ok);

    QTableWidget *fieldTable() const { return m_fields; }
    QPushButton *reprocessButton() const { return m_reprocess; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *addFieldButton() const { return m_addField; }
    QPushButton *removeFieldButton() const { return m_removeField; }
    QLabel *outcomeLabel() const { return m_outcome; }
    QPlainTextEdit *originalBodyView() const { return m_original; }

signals:
    void reprocessRequested(Id id, const FieldList &fields);
    void discardRequested(Id id);
    /// The close button was clicked.
    void closeRequested();

private:
    void addField();
    void removeField();
    void setEditable(bool editable);

    Id m_entryId = 0;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_rawNote = nullptr;
    QTableWidget *m_fields = nullptr;
    QPushButton *m_addField = nullptr;
    QPushButton *m_removeField = nullptr;
    QLabel *m_originalTitle = nullptr;
    QPlainTextEdit *m_original = nullptr;
    QPushButton *m_reprocess = nullptr;
    QPushButton *m_discard = nullptr;
    QLabel *m_outcome = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_content = nullptr;
};

} // namespace lr::ui
