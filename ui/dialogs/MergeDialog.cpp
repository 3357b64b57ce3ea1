#include "ui/dialogs/MergeDialog.h"

#include "ui/Format.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace lr::ui {
namespace {

QString recordTitle(const Lead &lead)
{
    const QString name = lead.fullName().isEmpty() ? lead.email : lead.fullName();
    return MergeDialog::tr("%1 · #%2 · created %3").arg(name).arg(lead.id).arg(Format::date(lead.createdAt));
}

QLabel *columnHeader(const QString &title, const QString &detail, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("<b>%1</b><br><span style='color:#64748b'>%2</span>")
                                 .arg(title.toHtmlEscaped(), detail.toHtmlEscaped()),
                             parent);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

MergeDialog::MergeDialog(const MergePreview &preview, QWidget *parent) : QDialog(parent), m_preview(preview)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge Leads"));
    auto *intro = new QLabel(tr("Choose the value to keep for each field that differs. The record created first "
                                "keeps its id, history and attribution; the other one is merged into it. A merge "
                                "can be undone from Recent merges."),
                             this);
    intro->setWordWrap(true);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(createFieldGrid());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_mergeButton = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_mergeButton->setObjectName(QStringLiteral("confirmMergeButton"));
    m_mergeButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    // Wide enough for both records and the reasons side by side, as far as the screen allows.
    const int wanted = scroll->widget()->sizeHint().width() + layout->contentsMargins().left() +
                       layout->contentsMargins().right() + scroll->verticalScrollBar()->sizeHint().width();
    const int available = screen() ? screen()->availableGeometry().width() * 9 / 10 : wanted;
    resize(std::clamp(wanted, 860, std::max(860, available)), 560);
}

MergeDialog::~MergeDialog() = default;

QWidget *MergeDialog::createFieldGrid()
{
    auto *grid = new QWidget(this);
    auto *layout = new QGridLayout(grid);
    layout->setHorizontalSpacing(16);
    layout->setVerticalSpacing(6);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(2, 1);
    layout->addWidget(columnHeader(tr("Kept record"), recordTitle(m_preview.survivor), grid), 0, 1);
    layout->addWidget(columnHeader(tr("Merged into it"), recordTitle(m_preview.absorbed), grid), 0, 2);
    layout->addWidget(columnHeader(tr("Proposed because"), QString(), grid), 0, 3);

    int row = 1;
    QStringList same;
    QWidget *previous = nullptr;
    for (const MergeField &field : std::as_const(m_preview.fields)) {
        if (!field.differs()) {
            if (!field.survivorText.isEmpty())
                same.append(field.label);
            continue;
        }
        auto *label = new QLabel(field.label, grid);
        auto *keep = new QRadioButton(field.survivorText.isEmpty() ? tr("(empty)") : field.survivorText, grid);
        auto *take = new QRadioButton(field.absorbedText.isEmpty() ? tr("(empty)") : field.absorbedText, grid);
        keep->setObjectName(QStringLiteral("keep_") + field.key);
        take->setObjectName(QStringLiteral("take_") + field.key);
        keep->setToolTip(field.survivorText);
        take->setToolTip(field.absorbedText);
        label->setBuddy(keep);
        auto *group = new QButtonGroup(grid);
        group->addButton(keep, static_cast<int>(MergeSide::Survivor));
        group->addButton(take, static_cast<int>(MergeSide::Absorbed));
        (field.proposed == MergeSide::Survivor ? keep : take)->setChecked(true);
        m_groups.insert(field.key, group);
        auto *rule = new QLabel(field.rule, grid);
        rule->setStyleSheet(QStringLiteral("color:#64748b"));
        rule->setWordWrap(true);
        rule->setMinimumWidth(180);
        layout->addWidget(label, row, 0);
        layout->addWidget(keep, row, 1);
        layout->addWidget(take, row, 2);
        layout->addWidget(rule, row, 3);
        if (previous)
            setTabOrder(previous, keep);
        setTabOrder(keep, take);
        previous = take;
        ++row;
    }
    if (m_groups.isEmpty()) {
        layout->addWidget(new QLabel(tr("The two records hold the same values."), grid), row++, 0, 1, 4);
    }
    if (!same.isEmpty()) {
        auto *sameLabel = new QLabel(tr("Same in both: %1").arg(same.join(QStringLiteral(", "))), grid);
        sameLabel->setWordWrap(true);
        sameLabel->setStyleSheet(QStringLiteral("color:#64748b"));
        layout->addWidget(sameLabel, row++, 0, 1, 4);
    }
    layout->setRowStretch(row, 1);
    return grid;
}

MergeChoices MergeDialog::choices() const
{
    MergeChoices out;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        out.insert(it.key(), static_cast<MergeSide>(it.value()->checkedId()));
    return out;
}

} // namespace lr::ui
