#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace lr::ui {

class ImportWizard;

/// Step 1: the file (Browse… or dropped on the page) and its first rows as the importer reads them.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFilePage)

public:
    explicit ImportFilePage(ImportWizard *wizard);
    ~ImportFilePage() override;

    bool isComplete() const override;

    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *browseButton() const { return m_browse; }
    QTableWidget *previewTable() const { return m_table; }
    QLabel *infoLabel() const { return m_info; }
    /// Leads or Deals (ImportWizard::Kind as item data).
    QComboBox *kindCombo() const { return m_kind; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void browse();
    void load();

    ImportWizard *m_wizard;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_info = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace lr::ui
