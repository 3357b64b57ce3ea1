#include "ui/import/ImportMappingPage.h"

#include "core/intake/DealFieldMap.h"
#include "core/intake/LeadFieldMap.h"
#include "ui/import/DealFieldNames.h"
#include "ui/import/ImportWizard.h"
#include "ui/import/LeadFieldNames.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lr::ui {
namespace {

enum Column { HeaderColumn, ExampleColumn, FieldColumn };

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose what each column of the file becomes. Recognised columns are already chosen; columns "
                   "left on \"Do not import\" are kept in the intake journal only."));
    setCommitPage(true);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Import as")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 16);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(HeaderColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ExampleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(HeaderColumn, 220);
    m_table->setColumnWidth(FieldColumn, 240);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mappingStatus"));
    m_status->setWordWrap(true);

    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("importSourceName"));
    m_source->setToolTip(tr("Names the list in the journal and on each lead's form field. Use a lead source "
                            "such as ads, event or referral to set the leads' source."));
    m_stageMap = new QLineEdit(this);
    m_stageMap->setObjectName(QStringLiteral("importStageMap"));
    m_stageMap->setPlaceholderText(tr("Won=Closed Won; Lost=Closed Lost; Demo=Discovery Booked"));
    m_stageMap->setToolTip(tr("Stages the other CRM names differently. Usual names (HubSpot, Pipedrive, "
                              "Salesforce) are recognised; rows with an unknown stage are reported."));
    auto *form = new QFormLayout;
    m_sourceLabel = new QLabel(tr("&Source name:"), this);
    m_sourceLabel->setBuddy(m_source);
    m_stageMapLabel = new QLabel(tr("S&tage names:"), this);
    m_stageMapLabel->setBuddy(m_stageMap);
    form->addRow(m_sourceLabel, m_source);
    form->addRow(m_stageMapLabel, m_stageMap);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(form);
}

ImportMappingPage::~ImportMappingPage() = default;

void ImportMappingPage::initializePage()
{
    const CsvPreview &preview = *m_wizard->preview();
    const bool deals = m_wizard->kind() == ImportWizard::Kind::Deals;
    m_sourceLabel->setVisible(!deals);
    m_source->setVisible(!deals);
    m_stageMapLabel->setVisible(deals);
    m_stageMap->setVisible(deals);
    m_table->setRowCount(static_cast<int>(preview.headers.size()));
    for (int c = 0; c < preview.headers.size(); ++c) {
        m_table->setItem(c, HeaderColumn, new QTableWidgetItem(preview.headers.at(c)));
        const QString example = preview.rows.isEmpty() || c >= preview.rows.constFirst().size()
                                    ? QString()
                                    : preview.rows.constFirst().at(c).simplified();
        m_table->setItem(c, ExampleColumn, new QTableWidgetItem(example));
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("fieldCombo%1").arg(c));
        combo->addItem(tr("Do not import"), QString());
        for (const QString &field : deals ? DealFieldMap::fields() : LeadFieldMap::fields())
            combo->addItem(deals ? DealFieldNames::displayName(field) : LeadFieldNames::displayName(field), field);
        const int recognised =
            combo->findData(deals ? DealFieldMap::recognise(preview.headers.at(c)) : preview.recognised.value(c));
        combo->setCurrentIndex(std::max(0, recognised));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updateStatus);
        m_table->setCellWidget(c, FieldColumn, combo);
    }
    // A column recognised twice ("Email" and "Work Email") goes to the first; the user may switch.
    // Addresses and numbers may come from several columns (Pipedrive's "Email - Work" and "Email -
    // Home"): the first non-empty one counts.
    QStringList taken;
    for (int c = 0; c < m_table->rowCount(); ++c) {
        QComboBox *combo = fieldCombo(c);
        const QString field = combo->currentData().toString();
        if (field.isEmpty())
            continue;
        if (taken.contains(field) && (deals || !LeadFieldMap::allowsSeveralColumns(field)))
            combo->setCurrentIndex(0);
        else
            taken.append(field);
    }
    m_source->setText(QFileInfo(m_wizard->filePath()).fileName());
    updateStatus();
}

QComboBox *ImportMappingPage::fieldCombo(int column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(column, FieldColumn));
}

QHash<QString, QString> ImportMappingPage::mapping() const
{
    QHash<QString, QString> out;
    for (int c = 0; c < m_table->rowCount(); ++c)
        out.insert(m_table->item(c, HeaderColumn)->text(), fieldCombo(c)->currentData().toString());
    return out;
}

void ImportMappingPage::updateStatus()
{
    QHash<QString, QStringList> columnsOf;
    for (int c = 0; c < m_table->rowCount(); ++c) {
        const QString field = fieldCombo(c)->currentData().toString();
        if (!field.isEmpty())
            columnsOf[field].append(m_table->item(c, HeaderColumn)->text());
    }
    m_problem.clear();
    const bool deals = m_wizard->kind() == ImportWizard::Kind::Deals;
    for (auto it = columnsOf.constBegin(); it != columnsOf.constEnd() && m_problem.isEmpty(); ++it) {
        if (it.value().size() > 1 && (deals || !LeadFieldMap::allowsSeveralColumns(it.key()))) {
            m_problem = tr("%1 is chosen for more than one column (%2). Pick one of them.")
                            .arg(deals ? DealFieldNames::displayName(it.key()) : LeadFieldNames::displayName(it.key()),
                                 it.value().join(QStringLiteral(", ")));
        }
    }
    if (deals) {
        if (m_problem.isEmpty() && !columnsOf.contains(DealFieldMap::Title) &&
            !columnsOf.contains(DealFieldMap::Company) && !columnsOf.contains(DealFieldMap::ExternalId)) {
            m_problem = tr("Choose the column with the deal name, the company or the other CRM's ID.");
        }
        if (m_problem.isEmpty()) {
            m_status->setText(tr("%n column(s) will be imported.", nullptr, static_cast<int>(columnsOf.size())));
            m_status->setStyleSheet(QString());
        } else {
            m_status->setText(m_problem);
            m_status->setStyleSheet(QStringLiteral("color: #b91c1c;"));
        }
        emit completeChanged();
        return;
    }
    if (m_problem.isEmpty() && !columnsOf.contains(QStringLiteral("email")))
        m_problem = tr("Email is required: choose the column that holds the email address.");
    if (m_problem.isEmpty()) {
        const int used = static_cast<int>(columnsOf.size());
        const QStringList emailColumns = columnsOf.value(QStringLiteral("email"));
        QString from = tr("\"%1\"").arg(emailColumns.constFirst());
        if (emailColumns.size() > 1) {
            from = tr("\"%1\" (where it is empty: %2)")
                       .arg(emailColumns.constFirst(), emailColumns.mid(1).join(QStringLiteral(", ")));
        }
        m_status->setText(tr("Email comes from %1. %n column(s) will be imported.", nullptr, used).arg(from));
        m_status->setStyleSheet(QString());
    } else {
        m_status->setText(m_problem);
        m_status->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    }
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_problem.isEmpty() && m_table->rowCount() > 0;
}

bool ImportMappingPage::validatePage()
{
    QHash<QString, QString> stages;
    for (const QString &pair : m_stageMap->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.lastIndexOf(QLatin1Char('='));
        if (eq <= 0 || eq == pair.size() - 1) {
            m_status->setText(tr("Write stage names as Exported=LeadRelay, separated by semicolons, not \"%1\".")
                                  .arg(pair.trimmed()));
            m_status->setStyleSheet(QStringLiteral("color: #b91c1c;"));
            return false;
        }
        stages.insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
    }
    m_wizard->setStageMap(stages);
    m_wizard->setMapping(mapping(), m_source->text().trimmed());
    return true;
}

} // namespace lr::ui
