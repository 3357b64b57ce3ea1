#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace lr::ui {

class ImportWizard;

/// Step 2: one "Import as" choice per file column (the recognised field preselected, or "Do not
/// import"), the source name, and an inline note while no column is the email.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportMappingPage)

public:
    explicit ImportMappingPage(ImportWizard *wizard);
    ~ImportMappingPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QTableWidget *table() const { return m_table; }
    /// The "Import as" combo of file column `column`.
    QComboBox *fieldCombo(int column) const;
    QLabel *statusLabel() const { return m_status; }
    QLineEdit *sourceEdit() const { return m_source; }
    /// Deals only: "Exported stage=LeadRelay stage; …".
    QLineEdit *stageMapEdit() const { return m_stageMap; }
    /// Header → field ("" = do not import) as chosen.
    QHash<QString, QString> mapping() const;

private:
    void updateStatus();

    ImportWizard *m_wizard;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_stageMap = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_stageMapLabel = nullptr;
    QString m_problem;
};

} // namespace lr::ui
