#pragma once

#include "ui/import/FileChooser.h"

namespace lr::test {

/// Answers file questions without a dialog.
class FakeFileChooser final : public ui::FileChooser
{
public:
    QString openCsv(QWidget *) override { return openPath; }
    QString saveCsv(QWidget *, const QString &suggestedPath) override
    {
        suggested = suggestedPath;
        return savePath;
    }

    QString openPath; ///< Empty: the person cancels.
    QString savePath;
    QString suggested;
};

} // namespace lr::test
