#include "ui/widgets/StatusBadge.h"

#include "ui/Theme.h"

namespace lr::ui {

StatusBadge::StatusBadge(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("statusBadge"));
    setAlignment(Qt::AlignCenter);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    setStatus(LeadStatus::New);
}

StatusBadge::~StatusBadge() = default;

void StatusBadge::setStatus(LeadStatus status)
{
    setText(displayName(status));
    setStyleSheet(QStringLiteral("QLabel#statusBadge { background: %1; color: %2; border-radius: 10px;"
                                 " padding: 2px 10px; font-weight: 600; }")
                      .arg(Theme::statusBackground(status).name(), Theme::statusForeground(status).name()));
}

} // namespace lr::ui
