#include "ui/pages/RejectsByFormPanel.h"

#include "ui/models/RejectsByFormModel.h"
#include "ui/widgets/ShareBarDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace lr::ui {

RejectsByFormPanel::RejectsByFormPanel(QuarantineService &service, const AccessScope &scope, QWidget *parent)
    : QWidget(parent), m_service(service), m_scope(scope)
{
    setObjectName(QStringLiteral("rejectsByFormPanel"));
    auto *title = new QLabel(tr("Rejects by form"), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    title->setStyleSheet(QStringLiteral("QLabel { font-weight: 600; }"));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("rejectsPeriod"));
    for (const int d : {7, 30, 90})
        m_period->addItem(tr("Last %n day(s)", nullptr, d), d);
    m_period->setCurrentIndex(1);

    m_model = new RejectsByFormModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rejectsByFormTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(static_cast<int>(RejectsByFormModel::Column::Rate),
                                      new ShareBarDelegate(RejectsByFormModel::ShareRole, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setToolTip(tr("Click a form to list its rejects."));
    m_empty = new QLabel(tr("No rejected submissions in this period."), this);
    m_empty->setObjectName(QStringLiteral("emptyStateText"));
    m_empty->setAlignment(Qt::AlignCenter);

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_period);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &RejectsByFormPanel::refresh);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        emit sourceActivated(index.data(RejectsByFormModel::SourceRole).toString());
    });
    refresh();
}

RejectsByFormPanel::~RejectsByFormPanel() = default;

void RejectsByFormPanel::setScope(const AccessScope &scope)
{
    m_scope = scope;
    refresh();
}

int RejectsByFormPanel::days() const
{
    return m_period->currentData().toInt();
}

void RejectsByFormPanel::setDays(int days)
{
    m_period->setCurrentIndex(m_period->findData(days));
}

void RejectsByFormPanel::refresh()
{
    const auto rows = m_service.rejectsBySource(m_scope, days(), 10);
    m_model->setRows(rows.ok() ? rows.value() : QList<SourceRejects>());
    m_table->setVisible(m_model->rowCount() > 0);
    m_empty->setVisible(m_model->rowCount() == 0);
    m_table->resizeColumnsToContents();
    // Headers whole in any language (the header's style sheet font is wider than the cells').
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const int needed =
            header->fontMetrics().horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 48;
        header->resizeSection(c, std::max(header->sectionSize(c), needed));
    }
}

} // namespace lr::ui
