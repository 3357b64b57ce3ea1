#include "ui/board/StageColumn.h"

#include "core/pipeline/DealService.h"
#include "core/pipeline/PipelineEditor.h"
#include "ui/board/BoardColumnModel.h"
#include "ui/board/DealCardDelegate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

namespace lr::ui {
namespace {

QString accentOf(StageKind kind)
{
    switch (kind) {
    case StageKind::Won:
        return QStringLiteral("#059669");
    case StageKind::Lost:
        return QStringLiteral("#dc2626");
    case StageKind::Invalid:
        return QStringLiteral("#9ca3af");
    case StageKind::Open:
        break;
    }
    return QStringLiteral("#2563eb");
}

} // namespace

StageColumn::StageColumn(Store &store, const Stage &stage, DealCardDelegate *delegate, QWidget *parent)
    : QFrame(parent), m_model(new BoardColumnModel(store, stage, this))
{
    setObjectName(QStringLiteral("stageColumn_%1").arg(stage.id));
    setProperty("stageColumn", true);
    setFixedWidth(272);
    setStyleSheet(QStringLiteral("QFrame[stageColumn=\"true\"] { background: #eef0f3; border-radius: 8px; "
                                 "border: 2px solid transparent; }"
                                 "QFrame[stageColumn=\"true\"][dropTarget=\"true\"] { background: #e3ecfd; "
                                 "border: 2px dashed #2563eb; }"
                                 "QListView { background: transparent; border: none; }"));

    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("stageHeader"));
    header->setStyleSheet(QStringLiteral("QWidget#stageHeader { border-top: 3px solid %1; background: transparent; "
                                         "border-radius: 0px; }")
                              .arg(accentOf(stage.kind)));
    m_name = new QLabel(PipelineEditor::stageLabel(stage.name), header);
    m_name->setStyleSheet(QStringLiteral("font-weight: 600; color: #172b4d; font-size: 10.5pt;"));
    m_count = new QLabel(header);
    m_count->setObjectName(QStringLiteral("stageCount"));
    m_count->setStyleSheet(QStringLiteral("background: #dfe3ea; color: #42526e; border-radius: 9px; padding: 1px 7px; "
                                          "font-weight: 600; font-size: 8.5pt;"));
    auto *probability = new QLabel(tr("%1 %").arg(stage.probability), header);
    probability->setStyleSheet(QStringLiteral("color: #6b778c; font-size: 8.5pt;"));
    probability->setToolTip(tr("Probability of a deal in this stage"));
    m_sums = new QLabel(header);
    m_sums->setObjectName(QStringLiteral("stageSums"));
    m_sums->setStyleSheet(QStringLiteral("color: #42526e; font-size: 9pt;"));
    m_sums->setToolTip(tr("Sum of deal values · weighted by probability, in the home currency at the rates under "
                          "Tools ▸ Currencies. Deals in currencies without a rate are added as they are "
                          "(\"mixed\")."));

    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(m_name);
    top->addWidget(m_count);
    top->addStretch();
    top->addWidget(probability);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(12, 10, 12, 6);
    headerLayout->setSpacing(3);
    headerLayout->addLayout(top);
    headerLayout->addWidget(m_sums);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("stageList_%1").arg(stage.id));
    m_list->setModel(m_model);
    m_list->setItemDelegate(delegate);
    m_list->setUniformItemSizes(true);
    m_list->setMouseTracking(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setAccessibleName(tr("Deals in %1").arg(PipelineEditor::stageLabel(stage.name)));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 0, 2, 4);
    layout->setSpacing(2);
    layout->addWidget(header);
    layout->addWidget(m_list, 1);
}

const Stage &StageColumn::stage() const
{
    return m_model->stage();
}

void StageColumn::setTotals(const StageTotals &totals)
{
    m_count->setText(QLocale().toString(totals.count));
    m_sums->setText(tr("%1 · weighted %2")
                        .arg(DealCardDelegate::compactMoney(totals.valueCents, totals.currency),
                             DealCardDelegate::compactMoney(totals.weightedCents, totals.currency)));
}

void StageColumn::setDropTarget(bool target)
{
    if (property("dropTarget").toBool() == target)
        return;
    setProperty("dropTarget", target);
    style()->unpolish(this);
    style()->polish(this);
}

} // namespace lr::ui
