#include "ui/import/ImportSummaryPage.h"

#include "core/intake/RejectedRowsWriter.h"
#include "ui/import/FileChooser.h"
#include "ui/import/ImportWizard.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lr::ui {

ImportSummaryPage::ImportSummaryPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importSummaryPage"));
    setTitle(tr("Import summary"));
    setFinalPage(true);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummaryText"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rejectedTitle = new QLabel(tr("Rejected rows"), this);
    m_rejectedTitle->setObjectName(QStringLiteral("sectionTitle"));

    m_rejected = new QTableWidget(0, 2, this);
    m_rejected->setObjectName(QStringLiteral("rejectedRowsTable"));
    m_rejected->setHorizontalHeaderLabels({tr("Row"), tr("Reason")});
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->verticalHeader()->setVisible(false);
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_rejected->setColumnWidth(0, 70);
    m_rejected->setWordWrap(false);

    m_save = new QPushButton(tr("Save &Rejected Rows…"), this);
    m_save->setObjectName(QStringLiteral("saveRejectedButton"));
    m_saveStatus = new QLabel(this);
    m_saveStatus->setObjectName(QStringLiteral("saveRejectedStatus"));
    m_saveStatus->setWordWrap(true);

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveStatus, 1);
    saveRow->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addWidget(m_rejectedTitle);
    layout->addWidget(m_rejected, 1);
    layout->addLayout(saveRow);
    layout->addStretch(0); // with no rejected rows the text stays at the top instead of floating mid-page

    connect(m_save, &QPushButton::clicked, this, &ImportSummaryPage::saveRejected);
}

ImportSummaryPage::~ImportSummaryPage() = default;

void ImportSummaryPage::initializePage()
{
    m_saveStatus->clear();
    m_rejected->setRowCount(0);
    const auto &result = m_wizard->result();
    if (!result || !result->ok()) {
        m_summary->setText(
            tr("Nothing was imported: %1").arg(result ? result->error() : tr("the import did not run.")));
        m_summary->setStyleSheet(QStringLiteral("color: #b91c1c;"));
        m_rejectedTitle->hide();
        m_rejected->hide();
        m_save->hide();
        return;
    }
    m_summary->setStyleSheet(QString());
    const ImportSummary &s = result->value();
    const QLocale locale;
    QStringList lines;
    if (s.cancelled) {
        lines << tr("<b>Import stopped.</b> The %1 rows read before you stopped were imported and are kept; the "
                    "rest of the file was not read.")
                     .arg(locale.toString(s.rows));
    } else {
        lines << tr("<b>Import finished.</b>");
    }
    if (const auto &deals = m_wizard->dealSummary(); deals && m_wizard->kind() == ImportWizard::Kind::Deals) {
        lines << tr("Rows: %1 · deals created: %2 · updated from an earlier import: %3 · rejected: %4")
                     .arg(locale.toString(s.rows), locale.toString(s.created), locale.toString(s.merged),
                          locale.toString(s.quarantined));
        for (const QString &note : deals->notes())
            lines << note.toHtmlEscaped();
    } else {
        lines << tr("Rows: %1 · created: %2 · merged into existing leads: %3 · quarantined: %4")
                     .arg(locale.toString(s.rows), locale.toString(s.created), locale.toString(s.merged),
                          locale.toString(s.quarantined));
        if (!s.aboveHeader.isEmpty()) {
            lines << tr("%n row(s) above the header were not imported: %1", nullptr,
                        static_cast<int>(s.aboveHeader.size()))
                         .arg(s.aboveHeader.join(QStringLiteral(" · ")).toHtmlEscaped());
        }
        // Imported, but something in the row was left out (a phone that cannot exist, an unknown country).
        if (!s.notes.isEmpty()) {
            constexpr qsizetype kShown = 5;
            lines << tr("%n imported row(s) had something left out:", nullptr, static_cast<int>(s.notes.size()));
            for (qsizetype i = 0; i < std::min(kShown, s.notes.size()); ++i) {
                lines << tr("Row %1: %2").arg(locale.toString(s.notes.at(i).row), s.notes.at(i).reason.toHtmlEscaped());
            }
            if (s.notes.size() > kShown) {
                lines << tr("… and %n more, in the intake journal.", nullptr,
                            static_cast<int>(s.notes.size() - kShown));
            }
        }
    }
    if (!s.unmappedColumns.isEmpty() && m_wizard->kind() == ImportWizard::Kind::Deals) {
        lines << tr("Columns not imported: %1").arg(s.unmappedColumns.join(QStringLiteral(", ")).toHtmlEscaped());
    } else if (!s.unmappedColumns.isEmpty()) {
        lines << tr("Columns not imported (kept in the intake journal): %1")
                     .arg(s.unmappedColumns.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    m_summary->setText(lines.join(QStringLiteral("<br>")));

    const bool any = !s.errors.isEmpty();
    m_rejectedTitle->setVisible(any);
    m_rejected->setVisible(any);
    m_save->setVisible(any);
    m_save->setEnabled(any);
    m_rejected->setRowCount(static_cast<int>(s.errors.size()));
    for (int i = 0; i < s.errors.size(); ++i) {
        auto *row = new QTableWidgetItem(locale.toString(s.errors.at(i).row));
        row->setData(Qt::UserRole, s.errors.at(i).row);
        m_rejected->setItem(i, 0, row);
        auto *reason = new QTableWidgetItem(s.errors.at(i).reason);
        reason->setToolTip(s.errors.at(i).reason);
        m_rejected->setItem(i, 1, reason);
    }
    if (!any)
        m_saveStatus->setText(tr("No row was rejected."));
}

void ImportSummaryPage::saveRejected()
{
    const auto &result = m_wizard->result();
    if (!result || !result->ok())
        return;
    const QFileInfo source(m_wizard->filePath());
    const QString suggested =
        source.dir().filePath(source.completeBaseName() + tr("-rejected") + QStringLiteral(".csv"));
    const QString target = m_wizard->files().saveCsv(this, suggested);
    if (target.isEmpty())
        return;
    const Result<qint64> written = RejectedRowsWriter::write(m_wizard->filePath(), result->value().errors, target,
                                                             result->value().aboveHeader.size());
    if (!written) {
        m_saveStatus->setText(written.error());
        m_saveStatus->setStyleSheet(QStringLiteral("color: #b91c1c;"));
        return;
    }
    m_saveStatus->setStyleSheet(QString());
    m_saveStatus->setText(tr("Saved %n row(s) with their reasons to %1.", nullptr, static_cast<int>(written.value()))
                              .arg(QDir::toNativeSeparators(target)));
}

} // namespace lr::ui
