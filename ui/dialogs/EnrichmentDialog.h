#pragma once

#include "core/domain/User.h"
#include "core/enrichment/EnrichmentService.h"

#include <QDialog>

#include <atomic>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace lr {
class Clock;
class Store;
} // namespace lr

namespace lr::ui {

/// Tools ▸ Enrichment…: import the local firmographics table from CSV, keep the HTTP JSON
/// provider's settings, run an enrichment pass with progress. Admins only; the core service
/// refuses anyone else whatever this dialog shows.
class EnrichmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrichmentDialog)

public:
    EnrichmentDialog(Store &store, const Clock &clock, const User &user, QWidget *parent = nullptr);
    ~EnrichmentDialog() override;

    bool isRunning() const { return m_running; }

signals:
    /// Company or lead fields were filled: views showing them should refresh.
    void dataChanged();

public slots:
    void reject() override;

private:
    QWidget *createImportBox();
    QWidget *createHttpBox();
    QWidget *createRunBox();
    void browse();
    void importFile();
    void saveHttpSettings();
    void enrichNow();
    void refreshCounts();
    void setRunning(bool running);
    std::optional<HttpProviderSettings> httpSettingsFromForm();

    Store &m_store;
    EnrichmentService m_service;
    bool m_running = false;
    std::atomic_bool m_cancel{false};

    QLabel *m_tableCount = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_importResult = nullptr;
    QPlainTextEdit *m_importErrors = nullptr;
    QLineEdit *m_urlTemplate = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_retries = nullptr;
    QPushButton *m_saveHttp = nullptr;
    QLabel *m_httpStatus = nullptr;
    QComboBox *m_provider = nullptr;
    QLabel *m_pending = nullptr;
    QPushButton *m_enrich = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_enrichResult = nullptr;
};

} // namespace lr::ui
