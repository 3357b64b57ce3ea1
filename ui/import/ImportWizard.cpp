#include "ui/import/ImportWizard.h"

#include "core/intake/LeadImportService.h"
#include "core/store/Store.h"
#include "ui/import/ImportFilePage.h"
#include "ui/import/ImportMappingPage.h"
#include "ui/import/ImportProgressPage.h"
#include "ui/import/ImportSummaryPage.h"

#include <QThread>

namespace lr::ui {

ImportWizard::ImportWizard(QString databasePath, const Clock &clock, const User &user, FileChooser &files,
                           QWidget *parent)
    : QWizard(parent), m_databasePath(std::move(databasePath)), m_clock(clock), m_user(user), m_files(files)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Leads"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_filePage = new ImportFilePage(this);
    m_mappingPage = new ImportMappingPage(this);
    m_progressPage = new ImportProgressPage(this);
    m_summaryPage = new ImportSummaryPage(this);
    setPage(FilePage, m_filePage);
    setPage(MappingPage, m_mappingPage);
    setPage(ProgressPage, m_progressPage);
    setPage(SummaryPage, m_summaryPage);
    resize(860, 620);
}

ImportWizard::~ImportWizard()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

bool ImportWizard::setFile(const QString &path)
{
    m_filePath = path;
    m_preview.reset();
    m_previewError.clear();
    if (path.trimmed().isEmpty())
        return false;
    Result<CsvPreview> preview = CsvPreview::readFile(path);
    if (!preview) {
        m_previewError = preview.error();
        return false;
    }
    m_preview = std::move(preview).value();
    return true;
}

void ImportWizard::setMapping(const QHash<QString, QString> &mapping, const QString &source)
{
    m_mapping = mapping;
    m_source = source;
}

void ImportWizard::setKind(Kind kind)
{
    m_kind = kind;
    setWindowTitle(kind == Kind::Deals ? tr("Import Deals") : tr("Import Leads"));
}

void ImportWizard::startImport()
{
    if (m_thread)
        return;
    m_cancel = false;
    m_result.reset();
    m_pending.reset();
    m_dealSummary.reset();
    m_pendingDeals.reset();
    if (m_kind == Kind::Deals) {
        startDealImport();
        return;
    }
    m_thread = QThread::create([this, path = m_databasePath, user = m_user, file = m_filePath, mapping = m_mapping,
                                source = m_source, hook = m_hook] {
        // Runs on the worker thread: its own connection, its own IntakeProcessor.
        DatabaseError error;
        std::unique_ptr<Store> store = Store::open(path, &error);
        if (!store) {
            m_pending =
                Result<ImportSummary>::failure(tr("Cannot open the store for the import: %1").arg(error.message));
            return;
        }
        IntakeProcessor intake(*store, m_clock);
        LeadImportService service(intake);
        auto progress = [&](qint64 done, qint64 total, const ImportSummary &soFar) {
            QMetaObject::invokeMethod(
                this,
                [this, done, total, rows = soFar.rows, created = soFar.created, merged = soFar.merged,
                 quarantined = soFar.quarantined] { emit progressed(done, total, rows, created, merged, quarantined); },
                Qt::QueuedConnection);
            if (hook)
                hook(soFar);
        };
        m_pending = service.run(user, file, mapping, source, progress, &m_cancel);
    });
    m_thread->setObjectName(QStringLiteral("leadImport"));
    connect(m_thread, &QThread::finished, this, &ImportWizard::onThreadFinished);
    m_thread->start();
}

void ImportWizard::startDealImport()
{
    m_thread = QThread::create([this, path = m_databasePath, user = m_user, file = m_filePath, mapping = m_mapping,
                                stages = m_stageMap, hook = m_hook] {
        DatabaseError error;
        std::unique_ptr<Store> store = Store::open(path, &error);
        if (!store) {
            m_pending =
                Result<ImportSummary>::failure(tr("Cannot open the store for the import: %1").arg(error.message));
            return;
        }
        DealImportOptions options;
        options.columns = mapping;
        options.stages = stages;
        auto progress = [&](qint64 done, qint64 total, const DealImportSummary &soFar) {
            const ImportSummary &s = soFar.rows;
            QMetaObject::invokeMethod(
                this,
                [this, done, total, rows = s.rows, created = s.created, merged = s.merged,
                 quarantined = s.quarantined] { emit progressed(done, total, rows, created, merged, quarantined); },
                Qt::QueuedConnection);
            if (hook)
                hook(s);
        };
        const Result<DealImportSummary> result =
            CsvDealImporter(*store, m_clock).importFile(user, file, options, progress, &m_cancel);
        if (!result) {
            m_pending = Result<ImportSummary>::failure(result.error());
            return;
        }
        m_pendingDeals = result.value();
        m_pending = result->rows;
    });
    m_thread->setObjectName(QStringLiteral("dealImport"));
    connect(m_thread, &QThread::finished, this, &ImportWizard::onThreadFinished);
    m_thread->start();
}

void ImportWizard::cancelImport()
{
    m_cancel = true;
}

void ImportWizard::onThreadFinished()
{
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_result = std::move(m_pending);
    m_pending.reset();
    m_dealSummary = std::move(m_pendingDeals);
    m_pendingDeals.reset();
    emit importFinished();
    if (currentId() == ProgressPage)
        next();
}

void ImportWizard::reject()
{
    // Closing during an import stops it; the summary then says what was kept.
    if (m_thread) {
        cancelImport();
        return;
    }
    QWizard::reject();
}

} // namespace lr::ui
