#include "ui/pages/QuarantineEntryEditor.h"

#include "ui/Format.h"
#include "ui/models/QuarantineTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace lr::ui {

QuarantineEntryEditor::QuarantineEntryEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("quarantineEntryEditor"));
    m_empty = new QLabel(tr("Select a rejected submission to see and fix its fields."), this);
    m_empty->setObjectName(QStringLiteral("emptyStateText"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_content = new QWidget(this);
    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_meta = new QLabel(m_content);
    m_meta->setObjectName(QStringLiteral("pageSubtitle"));
    m_meta->setWordWrap(true);
    m_reason = new QLabel(m_content);
    m_reason->setObjectName(QStringLiteral("rejectReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; background: #fef2f2; border: 1px solid #fecaca; "
                                           "border-radius: 6px; padding: 6px 8px; }"));
    m_rawNote = new QLabel(m_content);
    m_rawNote->setWordWrap(true);
    m_rawNote->hide();

    m_fields = new QTableWidget(0, 2, m_content);
    m_fields->setObjectName(QStringLiteral("fieldTable"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_fields->verticalHeader()->setVisible(false);
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fields->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fields->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                              QAbstractItemView::AnyKeyPressed);
    m_fields->setAlternatingRowColors(true);
    m_fields->setShowGrid(false);

    m_addField = new QPushButton(tr("Add Field"), m_content);
    m_addField->setObjectName(QStringLiteral("addFieldButton"));
    m_removeField = new QPushButton(tr("Remove Field"), m_content);
    m_removeField->setObjectName(QStringLiteral("removeFieldButton"));
    connect(m_addField, &QPushButton::clicked, this, &QuarantineEntryEditor::addField);
    connect(m_removeField, &QPushButton::clicked, this, &QuarantineEntryEditor::removeField);

    m_originalTitle = new QLabel(tr("As received (before any fix)"), m_content);
    m_originalTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_original = new QPlainTextEdit(m_content);
    m_original->setObjectName(QStringLiteral("originalBody"));
    m_original->setReadOnly(true);
    m_original->setMaximumHeight(90);

    m_reprocess = new QPushButton(tr("Re-process"), m_content);
    m_reprocess->setObjectName(QStringLiteral("reprocessButton"));
    m_reprocess->setDefault(true);
    m_reprocess->setToolTip(tr("Save the fields and run the submission through hygiene and dedup again."));
    m_discard = new QPushButton(tr("Discard"), m_content);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_discard->setToolTip(tr("Take it off the review list; it stays in the journal."));
    connect(m_reprocess, &QPushButton::clicked, this, [this] { emit reprocessRequested(m_entryId, fields()); });
    connect(m_discard, &QPushButton::clicked, this, [this] { emit discardRequested(m_entryId); });

    m_outcome = new QLabel(m_content);
    m_outcome->setObjectName(QStringLiteral("reprocessOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *fieldButtons = new QHBoxLayout;
    fieldButtons->addWidget(m_addField);
    fieldButtons->addWidget(m_removeField);
    fieldButtons->addStretch(1);
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_discard);
    actions->addWidget(m_reprocess);

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(16, 12, 16, 12);
    content->setSpacing(8);
    auto *close = new QToolButton(m_content);
    close->setObjectName(QStringLiteral("editorClose"));
    close->setIcon(QIcon(QStringLiteral(":/icons/close.svg")));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close the submission (Esc in the list)"));
    close->setAccessibleName(tr("Close the submission"));
    connect(close, &QToolButton::clicked, this, &QuarantineEntryEditor::closeRequested);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(close, 0, Qt::AlignTop);
    content->addLayout(titleRow);
    content->addWidget(m_meta);
    content->addWidget(m_reason);
    content->addWidget(m_rawNote);
    content->addWidget(m_fields, 1);
    content->addLayout(fieldButtons);
    content->addWidget(m_originalTitle);
    content->addWidget(m_original);
    content->addWidget(m_outcome);
    content->addLayout(actions);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_content, 1);
    clear();
}

QuarantineEntryEditor::~QuarantineEntryEditor() = default;

void QuarantineEntryEditor::clear()
{
    m_entryId = 0;
    m_fields->setRowCount(0);
    m_outcome->clear();
    m_content->hide();
    m_empty->show();
}

void QuarantineEntryEditor::setEntry(const QuarantineRow &row)
{
    if (row.id != m_entryId)
        m_outcome->clear();
    m_entryId = row.id;
    m_title->setText(tr("Submission #%1").arg(row.id));
    QStringList meta{Format::dateTime(row.receivedAt, true), QuarantineTableModel::channelName(row.channel)};
    if (!row.source.isEmpty())
        meta.append(row.source);
    meta.append(tr("%n attempt(s)", nullptr, row.attempts));
    meta.append(displayName(row.state));
    if (row.state == ReviewState::Discarded)
        meta.append(tr("discarded by %1 on %2").arg(row.discardedByName, Format::dateTime(row.discardedAt)));
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_reason->setText(row.reason.isEmpty() ? tr("No reason recorded.") : row.reason);
    m_reason->setVisible(row.state != ReviewState::Processed);

    const std::optional<FieldList> fields = QuarantineService::fieldsOf(row.body);
    m_rawNote->setVisible(!fields);
    if (!fields) {
        m_rawNote->setText(tr("The body is not a JSON object, so it has no fields. Raw body: %1")
                               .arg(QString::fromUtf8(row.body.left(400))));
    }
    m_fields->setRowCount(0);
    for (const auto &[name, value] : fields.value_or(FieldList{})) {
        const int r = m_fields->rowCount();
        m_fields->insertRow(r);
        m_fields->setItem(r, 0, new QTableWidgetItem(name));
        m_fields->setItem(r, 1, new QTableWidgetItem(value));
    }
    m_fields->resizeColumnToContents(0);

    const bool amended = !row.originalBody.isEmpty();
    m_originalTitle->setVisible(amended);
    m_original->setVisible(amended);
    if (amended)
        m_original->setPlainText(QString::fromUtf8(row.originalBody));

    setEditable(row.state == ReviewState::Quarantined || row.state == ReviewState::Failed);
    m_empty->hide();
    m_content->show();
}

void QuarantineEntryEditor::setEditable(bool editable)
{
    m_fields->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                             QAbstractItemView::AnyKeyPressed
                                       : QAbstractItemView::NoEditTriggers);
    m_addField->setEnabled(editable);
    m_removeField->setEnabled(editable);
    m_reprocess->setEnabled(editable);
    m_discard->setEnabled(editable);
}

FieldList QuarantineEntryEditor::fields() const
{
    FieldList out;
    for (int r = 0; r < m_fields->rowCount(); ++r) {
        const QTableWidgetItem *name = m_fields->item(r, 0);
        const QTableWidgetItem *value = m_fields->item(r, 1);
        out.append({name ? name->text() : QString(), value ? value->text() : QString()});
    }
    return out;
}

void QuarantineEntryEditor::showOutcome(const QString &text, bool ok)
{
    m_outcome->setText(text);
    m_outcome->setStyleSheet(ok ? QStringLiteral("QLabel { color: #166534; font-weight: 600; }")
                                : QStringLiteral("QLabel { color: #b91c1c; font-weight: 600; }"));
}

void QuarantineEntryEditor::addField()
{
    const int r = m_fields->rowCount();
    m_fields->insertRow(r);
    m_fields->setItem(r, 0, new QTableWidgetItem);
    m_fields->setItem(r, 1, new QTableWidgetItem);
    m_fields->setCurrentCell(r, 0);
    m_fields->editItem(m_fields->item(r, 0));
}

void QuarantineEntryEditor::removeField()
{
    const int r = m_fields->currentRow();
    if (r >= 0)
        m_fields->removeRow(r);
}

} // namespace lr::ui
