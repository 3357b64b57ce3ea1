#pragma once

#include <QString>

class QWidget;

namespace lr::ui {

/// Asks the user for files. The app uses file dialogs (DialogFileChooser); tests answer directly.
class FileChooser
{
public:
    virtual ~FileChooser() = default;
    /// A CSV file to read, or empty when cancelled.
    virtual QString openCsv(QWidget *parent) = 0;
    /// Where to write a CSV, starting from `suggested`, or empty when cancelled.
    virtual QString saveCsv(QWidget *parent, const QString &suggested) = 0;
};

} // namespace lr::ui
