#include "ui/dashboard/DrillDownDialog.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace lr::ui {

DrillDownDialog::DrillDownDialog(const QString &title, const QStringList &headers, const QList<QStringList> &rows,
                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("drillDownDialog"));
    setWindowTitle(title);
    m_table = new DashboardTable(tr("%n record(s)", nullptr, static_cast<int>(rows.size())), headers, this);
    m_table->setRows(rows);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 480);
}

} // namespace lr::ui
