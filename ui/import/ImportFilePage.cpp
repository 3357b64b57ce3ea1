#include "ui/import/ImportFilePage.h"

#include "ui/import/FileChooser.h"
#include "ui/import/ImportWizard.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lr::ui {
namespace {

QString localFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

} // namespace

ImportFilePage::ImportFilePage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose a leads file"));
    setSubTitle(
        tr("A CSV export from a CRM, an ads platform or a spreadsheet, in UTF-8, UTF-16 or a Windows code page, "
           "with any separator. You can also drop the file here."));
    setAcceptDrops(true);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("importKindCombo"));
    m_kind->addItem(tr("Leads"), static_cast<int>(ImportWizard::Kind::Leads));
    m_kind->addItem(tr("Deals from another CRM"), static_cast<int>(ImportWizard::Kind::Deals));
    m_kind->setToolTip(tr("Deals: an opportunities export from HubSpot, Pipedrive, Salesforce or a spreadsheet. "
                          "Missing companies and owners are created; won and lost deals keep their dates."));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importFilePath"));
    m_path->setPlaceholderText(tr("Path of a .csv file"));
    m_path->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("importBrowseButton"));

    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("importFileInfo"));
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("importPreview"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setAcceptDrops(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    auto *kindForm = new QFormLayout;
    kindForm->addRow(tr("&The file holds:"), m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addLayout(kindForm);
    layout->addLayout(row);
    layout->addWidget(m_info);
    layout->addWidget(m_table, 1);

    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_wizard->setKind(static_cast<ImportWizard::Kind>(m_kind->currentData().toInt()));
        setTitle(m_wizard->kind() == ImportWizard::Kind::Deals ? tr("Choose a deals file") : tr("Choose a leads file"));
    });
    connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::load);
    load();
}

ImportFilePage::~ImportFilePage() = default;

bool ImportFilePage::isComplete() const
{
    return m_wizard->preview().has_value();
}

void ImportFilePage::browse()
{
    const QString path = m_wizard->files().openCsv(this);
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void ImportFilePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportFilePage::dropEvent(QDropEvent *event)
{
    const QString path = localFile(event->mimeData());
    if (path.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(path));
    event->acceptProposedAction();
}

void ImportFilePage::load()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    if (path.isEmpty()) {
        m_wizard->setFile({});
        m_info->setText(tr("No file chosen yet."));
        emit completeChanged();
        return;
    }
    if (!m_wizard->setFile(path)) {
        m_info->setText(m_wizard->previewError());
        emit completeChanged();
        return;
    }
    const CsvPreview &preview = *m_wizard->preview();
    m_table->setColumnCount(static_cast<int>(preview.headers.size()));
    m_table->setHorizontalHeaderLabels(preview.headers);
    m_table->setRowCount(static_cast<int>(preview.rows.size()));
    for (int r = 0; r < preview.rows.size(); ++r) {
        const QStringList &fields = preview.rows.at(r);
        for (int c = 0; c < fields.size() && c < preview.headers.size(); ++c) {
            // A quoted newline stays in the cell; show it on one line with a visible mark.
            QString shown = fields.at(c);
            shown.replace(QLatin1String("\r\n"), QStringLiteral(" ⏎ "))
                .replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
            auto *item = new QTableWidgetItem(shown);
            item->setToolTip(fields.at(c));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c) + 12, 240));
    QString encoding = preview.byteOrderMark ? tr("UTF-8 with byte order mark") : tr("UTF-8");
    if (preview.legacyEncoding.startsWith(QLatin1String("utf-16")))
        encoding = tr("UTF-16 (Unicode text, as Excel saves it)");
    else if (!preview.legacyEncoding.isEmpty())
        encoding = tr("%1 (not UTF-8; read in this Windows code page)").arg(preview.legacyEncoding);
    const QString rows = preview.moreRows ? tr("the first %n row(s)", nullptr, static_cast<int>(preview.rows.size()))
                                          : tr("all %n row(s)", nullptr, static_cast<int>(preview.rows.size()));
    m_info->setText(tr("%1 · %2 · %3 · %4 separated · %5 columns · showing %6")
                        .arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(preview.fileSize), encoding,
                             preview.delimiterName())
                        .arg(preview.headers.size())
                        .arg(rows));
    if (!preview.rowsAbove.isEmpty()) {
        const int above = static_cast<int>(preview.rowsAbove.size());
        m_info->setText(
            m_info->text() + QStringLiteral(" · ") +
            tr("header on line %1: the %n row(s) above it are not imported", nullptr, above).arg(preview.headerLine));
    }
    emit completeChanged();
}

} // namespace lr::ui
