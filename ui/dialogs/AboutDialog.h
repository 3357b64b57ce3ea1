#pragma once

#include <QDialog>

namespace lr::ui {

/// Version, purpose, the Qt version in use and the licence note.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    static QString version();
};

} // namespace lr::ui
