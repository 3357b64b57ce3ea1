#include "ui/import/DialogFileChooser.h"

#include <QFileDialog>

namespace lr::ui {

QString DialogFileChooser::openCsv(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, tr("Import Leads"), QString(),
                                        tr("CSV files (*.csv *.txt);;All files (*)"));
}

QString DialogFileChooser::saveCsv(QWidget *parent, const QString &suggested)
{
    return QFileDialog::getSaveFileName(parent, tr("Save Rejected Rows"), suggested, tr("CSV files (*.csv)"));
}

} // namespace lr::ui
