#include "ui/dialogs/EnrichmentDialog.h"

#include "core/enrichment/LocalFirmographicsProvider.h"
#include "core/net/HttpJsonProvider.h"
#include "core/store/Store.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <memory>

namespace lr::ui {
namespace {

constexpr int kMaxErrorsShown = 200;

QString number(qint64 n)
{
    return QLocale().toString(n);
}

void showStatus(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("color: #b91c1c;") : QStringLiteral("color: #166534;"));
    label->setVisible(!text.isEmpty());
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("pageSubtitle"));
    label->setWordWrap(true);
    return label;
}

} // namespace

EnrichmentDialog::EnrichmentDialog(Store &store, const Clock &clock, const User &user, QWidget *parent)
    : QDialog(parent), m_store(store), m_service(store, clock, AccessScope::forUser(user))
{
    setObjectName(QStringLiteral("enrichmentDialog"));
    setWindowTitle(tr("Enrichment"));

    auto *title = new QLabel(tr("Company enrichment"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto *intro = hint(tr("Fills empty company fields — name, employees, industry, revenue, country — from a local "
                          "firmographics table or an HTTP JSON service. A value someone typed is never overwritten, "
                          "and every filled field keeps its source and time. New leads are enriched from the local "
                          "table as they arrive."),
                       this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &EnrichmentDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(intro);
    if (const Status allowed = m_service.permitted(); !allowed) {
        auto *refusal = new QLabel(allowed.error(), this);
        refusal->setObjectName(QStringLiteral("enrichmentRefusal"));
        layout->addWidget(refusal);
    } else {
        layout->addWidget(createImportBox());
        layout->addWidget(createHttpBox());
        layout->addWidget(createRunBox());
        refreshCounts();
    }
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

EnrichmentDialog::~EnrichmentDialog() = default;

QWidget *EnrichmentDialog::createImportBox()
{
    auto *box = new QGroupBox(tr("Local firmographics table"), this);
    m_tableCount = new QLabel(box);
    m_tableCount->setObjectName(QStringLiteral("firmographicsCount"));
    m_path = new QLineEdit(box);
    m_path->setObjectName(QStringLiteral("firmographicsPath"));
    m_path->setPlaceholderText(tr("CSV file with Domain, Company, Employees, Industry, Revenue, Country"));
    m_path->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("Browse…"), box);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_import = new QPushButton(tr("Import"), box);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    m_importResult = new QLabel(box);
    m_importResult->setObjectName(QStringLiteral("importResult"));
    m_importResult->setWordWrap(true);
    m_importResult->hide();
    m_importErrors = new QPlainTextEdit(box);
    m_importErrors->setObjectName(QStringLiteral("importErrors"));
    m_importErrors->setReadOnly(true);
    m_importErrors->setMinimumHeight(70);
    m_importErrors->setMaximumHeight(120);
    m_importErrors->hide();

    connect(m_path, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_import->setEnabled(!m_running && !text.trimmed().isEmpty()); });
    connect(m_path, &QLineEdit::returnPressed, this, &EnrichmentDialog::importFile);
    connect(m_browse, &QPushButton::clicked, this, &EnrichmentDialog::browse);
    connect(m_import, &QPushButton::clicked, this, &EnrichmentDialog::importFile);

    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    row->addWidget(m_import);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_tableCount);
    layout->addLayout(row);
    layout->addWidget(hint(tr("Headers such as Website or URL, Company Name, Headcount (\"51-200\" works), "
                              "Annual Revenue (\"2.5M\", \"$750k\") and Country or Country code are recognised. "
                              "Importing again updates known domains."),
                           box));
    layout->addWidget(m_importResult);
    layout->addWidget(m_importErrors);
    return box;
}

QWidget *EnrichmentDialog::createHttpBox()
{
    auto *box = new QGroupBox(tr("HTTP JSON provider (optional)"), this);
    m_urlTemplate = new QLineEdit(box);
    m_urlTemplate->setObjectName(QStringLiteral("urlTemplate"));
    m_urlTemplate->setPlaceholderText(QStringLiteral("https://api.example.com/companies?domain={domain}"));
    m_timeout = new QSpinBox(box);
    m_timeout->setObjectName(QStringLiteral("timeoutMs"));
    m_timeout->setRange(HttpProviderSettings::kMinTimeoutMs, HttpProviderSettings::kMaxTimeoutMs);
    m_timeout->setSingleStep(500);
    m_timeout->setSuffix(tr(" ms"));
    m_retries = new QSpinBox(box);
    m_retries->setObjectName(QStringLiteral("retries"));
    m_retries->setRange(0, HttpProviderSettings::kMaxRetries);
    m_saveHttp = new QPushButton(tr("Save Settings"), box);
    m_saveHttp->setObjectName(QStringLiteral("saveHttpButton"));
    m_httpStatus = new QLabel(box);
    m_httpStatus->setObjectName(QStringLiteral("httpStatus"));
    m_httpStatus->setWordWrap(true);
    m_httpStatus->hide();
    const HttpProviderSettings settings = m_service.httpSettings().value();
    m_urlTemplate->setText(settings.urlTemplate);
    m_timeout->setValue(settings.timeoutMs);
    m_retries->setValue(settings.retries);
    connect(m_saveHttp, &QPushButton::clicked, this, &EnrichmentDialog::saveHttpSettings);

    auto *numbers = new QHBoxLayout;
    numbers->addWidget(m_timeout);
    numbers->addSpacing(16);
    numbers->addWidget(new QLabel(tr("Retries:"), box));
    numbers->addWidget(m_retries);
    numbers->addStretch(1);
    numbers->addWidget(m_saveHttp);
    auto *form = new QFormLayout;
    form->addRow(tr("URL template:"), m_urlTemplate);
    form->addRow(tr("Timeout:"), numbers);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(hint(tr("{domain} is replaced by the company's domain. 404 means unknown; timeouts and server "
                              "errors are retried with a growing pause."),
                           box));
    layout->addWidget(m_httpStatus);
    return box;
}

QWidget *EnrichmentDialog::createRunBox()
{
    auto *box = new QGroupBox(tr("Enrich now"), this);
    m_provider = new QComboBox(box);
    m_provider->setObjectName(QStringLiteral("providerCombo"));
    m_provider->addItem(tr("Local firmographics table"), LocalFirmographicsProvider::key());
    m_provider->addItem(tr("HTTP JSON provider"), HttpJsonProvider::key());
    m_pending = new QLabel(box);
    m_pending->setObjectName(QStringLiteral("pendingLabel"));
    m_enrich = new QPushButton(tr("Enrich Now"), box);
    m_enrich->setObjectName(QStringLiteral("enrichButton"));
    m_enrich->setDefault(false);
    m_enrich->setAutoDefault(false);
    m_cancelButton = new QPushButton(tr("Cancel"), box);
    m_cancelButton->setObjectName(QStringLiteral("cancelEnrichButton"));
    m_cancelButton->setEnabled(false);
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(QStringLiteral("enrichProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_enrichResult = new QLabel(box);
    m_enrichResult->setObjectName(QStringLiteral("enrichResult"));
    m_enrichResult->setWordWrap(true);
    m_enrichResult->hide();
    connect(m_provider, &QComboBox::currentIndexChanged, this, &EnrichmentDialog::refreshCounts);
    connect(m_enrich, &QPushButton::clicked, this, &EnrichmentDialog::enrichNow);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { m_cancel.store(true); });

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Provider:"), box));
    row->addWidget(m_provider, 1);
    row->addWidget(m_enrich);
    row->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_pending);
    layout->addWidget(m_progress);
    layout->addWidget(m_enrichResult);
    return box;
}

void EnrichmentDialog::refreshCounts()
{
    if (!m_tableCount)
        return;
    const qint64 rows = m_service.firmographicsCount().value();
    m_tableCount->setText(rows ? tr("Companies in the table: %1").arg(number(rows))
                               : tr("The table is empty: import a CSV file to start."));
    const bool http = m_provider->currentData().toString() == HttpJsonProvider::key();
    std::unique_ptr<EnrichmentProvider> provider;
    if (http)
        provider = std::make_unique<HttpJsonProvider>(HttpProviderSettings{});
    else
        provider = std::make_unique<LocalFirmographicsProvider>(m_store.firmographics);
    const qint64 pending = m_service.pending(*provider).value();
    m_pending->setText(pending
                           ? tr("Waiting for enrichment (empty fields, not tried recently): %1").arg(number(pending))
                           : tr("No company is waiting for enrichment."));
}

void EnrichmentDialog::browse()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import Firmographics"), m_path->text(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!file.isEmpty())
        m_path->setText(file);
}

void EnrichmentDialog::importFile()
{
    if (m_running || m_path->text().trimmed().isEmpty())
        return;
    setRunning(true);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    const auto summary = m_service.importFirmographicsFile(m_path->text().trimmed(), [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 1000);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    });
    setRunning(false);
    if (!summary) {
        showStatus(m_importResult, summary.error(), true);
        m_importErrors->hide();
        return;
    }
    const FirmographicsImportSummary &s = summary.value();
    showStatus(m_importResult,
               tr("Rows read: %1 — new: %2, updated: %3, rejected: %4.")
                   .arg(number(s.rows), number(s.created), number(s.updated), number(s.rejected)),
               s.rejected > 0 && s.created + s.updated == 0);
    QStringList lines;
    for (const auto &e : s.errors) {
        if (lines.size() == kMaxErrorsShown) {
            lines.append(tr("… and %1 more.").arg(number(s.errors.size() - kMaxErrorsShown)));
            break;
        }
        lines.append(tr("Row %1: %2").arg(e.row).arg(e.reason));
    }
    if (!s.unmappedColumns.isEmpty())
        lines.append(tr("Columns not used: %1").arg(s.unmappedColumns.join(QStringLiteral(", "))));
    m_importErrors->setPlainText(lines.join(QLatin1Char('\n')));
    m_importErrors->setVisible(!lines.isEmpty());
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    refreshCounts();
    resize(width(), std::max(height(), sizeHint().height())); // room for the summary and the bad rows
}

std::optional<HttpProviderSettings> EnrichmentDialog::httpSettingsFromForm()
{
    HttpProviderSettings settings;
    settings.urlTemplate = m_urlTemplate->text().trimmed();
    settings.timeoutMs = m_timeout->value();
    settings.retries = m_retries->value();
    if (const QString problem = settings.validate(); !problem.isEmpty()) {
        showStatus(m_httpStatus, problem, true);
        return std::nullopt;
    }
    return settings;
}

void EnrichmentDialog::saveHttpSettings()
{
    const auto settings = httpSettingsFromForm();
    if (!settings)
        return;
    if (const Status s = m_service.saveHttpSettings(*settings); !s) {
        showStatus(m_httpStatus, s.error(), true);
        return;
    }
    showStatus(m_httpStatus, tr("Settings saved."), false);
}

void EnrichmentDialog::enrichNow()
{
    if (m_running)
        return;
    std::unique_ptr<EnrichmentProvider> provider;
    if (m_provider->currentData().toString() == HttpJsonProvider::key()) {
        const auto settings = httpSettingsFromForm();
        if (!settings) {
            showStatus(m_enrichResult, tr("Fix the HTTP provider settings first."), true);
            return;
        }
        provider = std::make_unique<HttpJsonProvider>(*settings);
    } else {
        provider = std::make_unique<LocalFirmographicsProvider>(m_store.firmographics);
    }
    setRunning(true);
    m_enrichResult->hide();
    m_progress->setRange(0, 0); // busy until the first callback says how many
    const auto summary = m_service.enrich(
        *provider, {},
        [this](qint64 done, qint64 total) {
            m_progress->setRange(0, static_cast<int>(std::max<qint64>(total, 1)));
            m_progress->setValue(static_cast<int>(total ? done : 1));
            QCoreApplication::processEvents();
        },
        &m_cancel);
    setRunning(false);
    if (!summary) {
        showStatus(m_enrichResult, summary.error(), true);
        return;
    }
    const EnrichmentPassSummary &s = summary.value();
    QString text = tr("Looked up: %1 — enriched: %2 (company fields: %3, lead fields: %4), not found: %5, failed: %6.")
                       .arg(number(s.tried), number(s.enriched), number(s.fieldsFilled), number(s.leadFieldsFilled),
                            number(s.notFound), number(s.failed));
    if (s.cancelled)
        text += QLatin1Char(' ') + tr("Cancelled.");
    if (!s.stoppedBecause.isEmpty())
        text += QLatin1Char(' ') + s.stoppedBecause;
    else if (!s.errors.isEmpty())
        text += QLatin1Char(' ') + tr("First error: %1").arg(s.errors.constFirst().reason);
    showStatus(m_enrichResult, text, s.failed > 0);
    refreshCounts();
    if (s.fieldsFilled > 0 || s.leadFieldsFilled > 0)
        emit dataChanged();
}

void EnrichmentDialog::setRunning(bool running)
{
    m_running = running;
    m_cancel.store(false);
    m_browse->setEnabled(!running);
    m_import->setEnabled(!running && !m_path->text().trimmed().isEmpty());
    m_saveHttp->setEnabled(!running);
    m_provider->setEnabled(!running);
    m_enrich->setEnabled(!running);
    m_cancelButton->setEnabled(running);
}

void EnrichmentDialog::reject()
{
    if (m_running) {
        m_cancel.store(true); // closes once the current lookup returns
        return;
    }
    QDialog::reject();
}

} // namespace lr::ui
