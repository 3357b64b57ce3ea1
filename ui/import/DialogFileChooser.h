#pragma once

#include "ui/import/FileChooser.h"

#include <QCoreApplication>

namespace lr::ui {

/// FileChooser over the platform's file dialogs.
class DialogFileChooser final : public FileChooser
{
    Q_DECLARE_TR_FUNCTIONS(lr::ui::DialogFileChooser)

public:
    QString openCsv(QWidget *parent) override;
    QString saveCsv(QWidget *parent, const QString &suggested) override;
};

} // namespace lr::ui
