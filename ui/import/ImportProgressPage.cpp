#include "ui/import/ImportProgressPage.h"

#include "ui/import/ImportWizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace lr::ui {

ImportProgressPage::ImportProgressPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importProgressPage"));
    setTitle(tr("Importing"));
    setSubTitle(tr("Every row is journaled first, then checked, deduplicated and created or merged. You can keep "
                   "working in the main window."));

    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_bar->setRange(0, 1000);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_counts->setWordWrap(true);
    m_stop = new QPushButton(tr("&Stop Import"), this);
    m_stop->setObjectName(QStringLiteral("importStopButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addStretch(1);
    layout->addWidget(m_bar);
    layout->addWidget(m_counts);
    layout->addLayout(buttons);
    layout->addStretch(2);

    connect(m_stop, &QPushButton::clicked, this, &ImportProgressPage::stop);
    connect(m_wizard, &ImportWizard::progressed, this, &ImportProgressPage::showProgress);
    connect(m_wizard, &ImportWizard::importFinished, this, &ImportProgressPage::completeChanged);
}

ImportProgressPage::~ImportProgressPage() = default;

void ImportProgressPage::initializePage()
{
    m_bar->setValue(0);
    m_counts->setText(tr("Starting…"));
    m_stop->setEnabled(true);
    m_stop->setText(tr("&Stop Import"));
    m_wizard->startImport();
}

bool ImportProgressPage::isComplete() const
{
    return !m_wizard->isRunning() && m_wizard->result().has_value();
}

void ImportProgressPage::showProgress(qint64 done, qint64 total, qint64 rows, qint64 created, qint64 merged,
                                      qint64 quarantined)
{
    m_bar->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
    const QLocale locale;
    m_counts->setText(tr("%1 rows read: %2 created, %3 merged, %4 quarantined.")
                          .arg(locale.toString(rows), locale.toString(created), locale.toString(merged),
                               locale.toString(quarantined)));
}

void ImportProgressPage::stop()
{
    m_wizard->cancelImport();
    m_stop->setEnabled(false);
    m_stop->setText(tr("Stopping…"));
}

} // namespace lr::ui
