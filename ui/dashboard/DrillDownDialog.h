#pragma once

#include "ui/dashboard/DashboardTable.h"

#include <QDialog>

namespace lr::ui {

/// The leads or deals behind a KPI tile, in a table that can be exported as CSV.
class DrillDownDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillDownDialog)

public:
    DrillDownDialog(const QString &title, const QStringList &headers, const QList<QStringList> &rows,
                    QWidget *parent = nullptr);

    DashboardTable *table() const { return m_table; }

private:
    DashboardTable *m_table = nullptr;
};

} // namespace lr::ui
