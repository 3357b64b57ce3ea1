#pragma once

#include "core/domain/User.h"
#include "core/intake/CsvDealImporter.h"
#include "core/intake/CsvLeadImporter.h"
#include "core/intake/CsvPreview.h"

#include <QWizard>

#include <atomic>
#include <functional>
#include <optional>

class QThread;

namespace lr {
class Clock;
} // namespace lr

namespace lr::ui {

class FileChooser;
class ImportFilePage;
class ImportMappingPage;
class ImportProgressPage;
class ImportSummaryPage;

/// File ▸ Import Leads…: choose a file (button or drop) and whether it holds leads or deals, see
/// its first rows as they will be read, map its columns to lead (or deal) fields, watch the import with a real Cancel,
/// then read the summary and save the rejected rows.
///
/// The import runs on a worker thread with its own Store connection (Store::open on the same
/// file; SQLite WAL lets the GUI keep reading, and each lead commits on its own, so the GUI's
/// writes wait at most for one lead). The GUI thread only receives progress and the summary.
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum PageId { FilePage, MappingPage, ProgressPage, SummaryPage };
    /// What the file holds: leads (through intake) or deals from another CRM (CsvDealImporter).
    enum class Kind { Leads, Deals };

    /// Called on the worker thread after each progress report (tests use it to pause an import).
    using ProgressHook = std::function<void(const ImportSummary &soFar)>;

    ImportWizard(QString databasePath, const Clock &clock, const User &user, FileChooser &files,
                 QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Shared state of the pages.
    QString filePath() const { return m_filePath; }
    /// Reads the preview of `path`; false (and previewError()) when it cannot be read.
    bool setFile(const QString &path);
    const std::optional<CsvPreview> &preview() const { return m_preview; }
    QString previewError() const { return m_previewError; }
    /// "Header" → field (or "" = do not import) for every column.
    void setMapping(const QHash<QString, QString> &mapping, const QString &source);
    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    /// "Exported stage" → LeadRelay stage name, for deal files.
    void setStageMap(const QHash<QString, QString> &stages) { m_stageMap = stages; }
    /// The deal counters of the last deal import (history, owners and companies created).
    const std::optional<DealImportSummary> &dealSummary() const { return m_dealSummary; }

    void startImport();
    void cancelImport();
    bool isRunning() const { return m_thread != nullptr; }
    /// Set once the import has ended (finished, stopped or failed).
    const std::optional<Result<ImportSummary>> &result() const { return m_result; }
    FileChooser &files() { return m_files; }
    void setProgressHook(ProgressHook hook) { m_hook = std::move(hook); }

    ImportFilePage *filePage() const { return m_filePage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportProgressPage *progressPage() const { return m_progressPage; }
    ImportSummaryPage *summaryPage() const { return m_summaryPage; }

signals:
    void progressed(qint64 bytesDone, qint64 bytesTotal, qint64 rows, qint64 created, qint64 merged,
                    qint64 quarantined);
    /// The import ended; leads may have been added (also after Cancel).
    void importFinished();

public slots:
    void reject() override;

private:
    void onThreadFinished();
    void startDealImport();

    QString m_databasePath;
    const Clock &m_clock;
    User m_user;
    FileChooser &m_files;
    QString m_filePath;
    std::optional<CsvPreview> m_preview;
    QString m_previewError;
    QHash<QString, QString> m_mapping;
    QString m_source;
    Kind m_kind = Kind::Leads;
    QHash<QString, QString> m_stageMap;
    std::optional<DealImportSummary> m_dealSummary;
    std::optional<DealImportSummary> m_pendingDeals; ///< Written by the worker, read after it ends.
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    std::optional<Result<ImportSummary>> m_result;
    std::optional<Result<ImportSummary>> m_pending; ///< Written by the worker, read after it ends.
    ProgressHook m_hook;
    ImportFilePage *m_filePage = nullptr;
    ImportMappingPage *m_mappingPage = nullptr;
    ImportProgressPage *m_progressPage = nullptr;
    ImportSummaryPage *m_summaryPage = nullptr;
};

} // namespace lr::ui
