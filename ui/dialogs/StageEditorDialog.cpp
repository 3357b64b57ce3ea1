#include "ui/dialogs/StageEditorDialog.h"

#include "core/pipeline/DealFields.h"
#include "core/pipeline/PipelineEditor.h"
#include "core/store/Store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lr::ui {
namespace {

QSpinBox *spin(int max, int value, const QString &suffix)
{
    auto *box = new QSpinBox;
    box->setRange(0, max);
    box->setValue(value);
    box->setSuffix(suffix);
    box->setFrame(false);
    return box;
}

QString kindName(StageKind kind)
{
    switch (kind) {
    case StageKind::Open:
        return StageEditorDialog::tr("Open");
    case StageKind::Won:
        return StageEditorDialog::tr("Won");
    case StageKind::Lost:
        return StageEditorDialog::tr("Lost");
    case StageKind::Invalid:
        return StageEditorDialog::tr("Invalid");
    }
    return {};
}

} // namespace

StageEditorDialog::StageEditorDialog(Store &store, const User &user, Id pipelineId, QWidget *parent)
    : QDialog(parent), m_store(store), m_user(user)
{
    setObjectName(QStringLiteral("stageEditorDialog"));
    setWindowTitle(tr("Pipeline Stages"));

    m_pipelines = new QComboBox(this);
    m_pipelines->setObjectName(QStringLiteral("stageEditorPipeline"));
    m_newPipeline = new QPushButton(tr("New &Pipeline…"), this);
    auto *top = new QHBoxLayout;
    auto *pipelineLabel = new QLabel(tr("Pipe&line:"), this);
    pipelineLabel->setBuddy(m_pipelines);
    top->addWidget(pipelineLabel);
    top->addWidget(m_pipelines, 1);
    top->addWidget(m_newPipeline);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("stageTable"));
    m_table->setHorizontalHeaderLabels({tr("Stage"), tr("Kind"), tr("Probability"), tr("Rots after"), tr("Stale after"),
                                        tr("Stale probability"), tr("Required to enter"), tr("Entered on")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RequiredColumn, QHeaderView::Stretch);
    m_table->setToolTip(
        tr("Required to enter: deal fields, comma separated (%1).").arg(DealFields::keys().join(QStringLiteral(", "))));

    m_add = new QPushButton(tr("&Add Stage"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_up = new QPushButton(tr("Move &Up"), this);
    m_down = new QPushButton(tr("Move &Down"), this);
    m_defaults = new QPushButton(tr("Restore &Defaults"), this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_defaults);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("stageEditorError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->hide();

    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &StageEditorDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &StageEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(box);

    connect(m_add, &QPushButton::clicked, this, [this] {
        Stage s;
        s.name = tr("New stage");
        s.probability = 50;
        const int row = m_table->currentRow() >= 0 ? m_table->currentRow() + 1 : m_table->rowCount();
        addRow(s, row);
        m_table->selectRow(row);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveRow(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRow(+1); });
    connect(m_defaults, &QPushButton::clicked, this, &StageEditorDialog::restoreDefaults);
    connect(m_newPipeline, &QPushButton::clicked, this, &StageEditorDialog::newPipeline);
    connect(m_pipelines, &QComboBox::activated, this, [this] { load(m_pipelines->currentData().toLongLong()); });

    for (const Pipeline &p : m_store.pipelines.all())
        m_pipelines->addItem(p.name, p.id);
    load(pipelineId ? pipelineId : m_pipelines->itemData(0).toLongLong());
    resize(1020, 480);
}

StageEditorDialog::~StageEditorDialog() = default;

void StageEditorDialog::load(Id pipelineId)
{
    m_pipelineId = pipelineId;
    m_pipelines->setCurrentIndex(std::max(0, m_pipelines->findData(pipelineId)));
    const auto pipeline = m_store.pipelines.find(pipelineId);
    fill(pipeline ? pipeline->stages : QList<Stage>{});
    m_error->hide();
}

void StageEditorDialog::fill(const QList<Stage> &stages)
{
    m_table->setRowCount(0);
    for (const Stage &s : stages)
        addRow(s, m_table->rowCount());
}

void StageEditorDialog::addRow(const Stage &stage, int row)
{
    m_table->insertRow(row);
    // A shipped stage reads in the user's language; left as it reads, it keeps its stored name.
    auto *name = new QTableWidgetItem(PipelineEditor::stageLabel(stage.name));
    name->setData(Qt::UserRole, stage.id);
    name->setData(Qt::UserRole + 1, stage.name);
    m_table->setItem(row, NameColumn, name);
    auto *kind = new QComboBox;
    kind->setFrame(false);
    for (StageKind k : {StageKind::Open, StageKind::Won, StageKind::Lost, StageKind::Invalid})
        kind->addItem(kindName(k), static_cast<int>(k));
    kind->setCurrentIndex(kind->findData(static_cast<int>(stage.kind)));
    m_table->setCellWidget(row, KindColumn, kind);
    m_table->setCellWidget(row, ProbabilityColumn, spin(100, stage.probability, tr(" %")));
    m_table->setCellWidget(row, RotColumn, spin(3650, stage.rotDays, tr(" days")));
    m_table->setCellWidget(row, StaleDaysColumn, spin(3650, stage.staleAfterDays, tr(" days")));
    m_table->setCellWidget(row, StaleProbabilityColumn, spin(100, stage.staleProbability, tr(" %")));
    m_table->setItem(row, RequiredColumn, new QTableWidgetItem(stage.requiredFields.join(QStringLiteral(", "))));
    auto *fact = new QComboBox;
    fact->setFrame(false);
    fact->addItem(tr("—"), QString());
    fact->addItem(tr("Meeting booked"), QStringLiteral("meeting_booked"));
    fact->addItem(tr("Contract signed"), QStringLiteral("contract_signed"));
    fact->addItem(tr("Email bounced"), QStringLiteral("bounce"));
    fact->setCurrentIndex(std::max(0, fact->findData(stage.enteredOnFact)));
    m_table->setCellWidget(row, FactColumn, fact);
}

QList<Stage> StageEditorDialog::stages() const
{
    QList<Stage> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        Stage s;
        s.id = m_table->item(r, NameColumn)->data(Qt::UserRole).toLongLong();
        s.pipelineId = m_pipelineId;
        const QTableWidgetItem *nameItem = m_table->item(r, NameColumn);
        const QString stored = nameItem->data(Qt::UserRole + 1).toString();
        s.name = nameItem->text().trimmed();
        if (!stored.isEmpty() && s.name == PipelineEditor::stageLabel(stored))
            s.name = stored;
        s.position = r + 1;
        s.kind = static_cast<StageKind>(
            qobject_cast<QComboBox *>(m_table->cellWidget(r, KindColumn))->currentData().toInt());
        s.probability = qobject_cast<QSpinBox *>(m_table->cellWidget(r, ProbabilityColumn))->value();
        s.rotDays = qobject_cast<QSpinBox *>(m_table->cellWidget(r, RotColumn))->value();
        s.staleAfterDays = qobject_cast<QSpinBox *>(m_table->cellWidget(r, StaleDaysColumn))->value();
        s.staleProbability = qobject_cast<QSpinBox *>(m_table->cellWidget(r, StaleProbabilityColumn))->value();
        for (const QString &field :
             m_table->item(r, RequiredColumn)->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            s.requiredFields.append(field.trimmed());
        s.enteredOnFact = qobject_cast<QComboBox *>(m_table->cellWidget(r, FactColumn))->currentData().toString();
        out.append(s);
    }
    return out;
}

void StageEditorDialog::moveRow(int step)
{
    const int row = m_table->currentRow();
    const int to = row + step;
    if (row < 0 || to < 0 || to >= m_table->rowCount())
        return;
    QList<Stage> all = stages();
    all.move(row, to);
    fill(all);
    m_table->selectRow(to);
}

void StageEditorDialog::restoreDefaults()
{
    // Stages keep their ids (and deals) where the shipped stage has the same name, also stages
    // removed from the table but still stored.
    QList<Stage> known = stages();
    if (const auto stored = m_store.pipelines.find(m_pipelineId))
        known += stored->stages;
    QList<Stage> shipped = PipelineEditor::shippedDefaults();
    for (Stage &s : shipped) {
        for (const Stage &k : std::as_const(known)) {
            if (k.id != 0 && k.name.compare(s.name, Qt::CaseInsensitive) == 0) {
                s.id = k.id;
                break;
            }
        }
    }
    fill(shipped);
}

void StageEditorDialog::newPipeline()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New Pipeline"), tr("Name of the new pipeline:"), QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const Result<Id> id = PipelineEditor(m_store).createPipeline(m_user, name, 0);
    if (!id) {
        m_error->setText(id.error());
        m_error->show();
        return;
    }
    m_pipelines->addItem(name.trimmed(), id.value());
    load(id.value());
}

bool StageEditorDialog::save()
{
    const Status saved = PipelineEditor(m_store).saveStages(m_user, m_pipelineId, stages());
    if (!saved) {
        m_error->setText(saved.error());
        m_error->show();
        return false;
    }
    m_error->hide();
    load(m_pipelineId);
    return true;
}

void StageEditorDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace lr::ui
