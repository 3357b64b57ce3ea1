#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace lr::ui {

class ImportWizard;

/// Step 4: what the import did (rows, created, merged, quarantined, unmapped columns), the rejected
/// rows with their reasons, and "Save rejected rows…" to fix them in a spreadsheet.
class ImportSummaryPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSummaryPage)

public:
    explicit ImportSummaryPage(ImportWizard *wizard);
    ~ImportSummaryPage() override;

    void initializePage() override;

    QLabel *summaryLabel() const { return m_summary; }
    QTableWidget *rejectedTable() const { return m_rejected; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *saveStatusLabel() const { return m_saveStatus; }

private:
    void saveRejected();

    ImportWizard *m_wizard;
    QLabel *m_summary = nullptr;
    QLabel *m_rejectedTitle = nullptr;
    QTableWidget *m_rejected = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_saveStatus = nullptr;
};

} // namespace lr::ui
