#pragma once

#include "core/domain/Enums.h"

#include <QLabel>

namespace lr::ui {

/// A coloured pill with a lead status's translated name.
class StatusBadge final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBadge)

public:
    explicit StatusBadge(QWidget *parent = nullptr);
    ~StatusBadge() override;

    void setStatus(LeadStatus status);
};

} // namespace lr::ui
