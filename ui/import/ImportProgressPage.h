#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace lr::ui {

class ImportWizard;

/// Step 3: the running import, with a Stop button that really stops it (the rows already
/// imported stay). Moves on to the summary by itself when the import ends.
class ImportProgressPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportProgressPage)

public:
    explicit ImportProgressPage(ImportWizard *wizard);
    ~ImportProgressPage() override;

    void initializePage() override;
    bool isComplete() const override;

    QProgressBar *progressBar() const { return m_bar; }
    QPushButton *stopButton() const { return m_stop; }
    QLabel *countsLabel() const { return m_counts; }

private:
    void showProgress(qint64 done, qint64 total, qint64 rows, qint64 created, qint64 merged, qint64 quarantined);
    void stop();

    ImportWizard *m_wizard;
    QProgressBar *m_bar = nullptr;
    QLabel *m_counts = nullptr;
    QPushButton *m_stop = nullptr;
};

} // namespace lr::ui
