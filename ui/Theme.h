#pragma once

#include "core/domain/Enums.h"

#include <QColor>

class QApplication;
class QLabel;
class QWidget;

namespace lr::ui {

/// The LeadRelay look: Fusion style, a light palette and the application style sheet, plus the
/// few colours widgets paint themselves (status badges, timeline dots).
class Theme final
{
public:
    Theme() = delete;

    /// Applies style, palette and style sheet to the whole application.
    static void apply(QApplication &app);

    static QColor accent();
    static QColor mutedText();
    static QColor border();
    /// Badge background and text colours of a lead status.
    static QColor statusBackground(LeadStatus status);
    static QColor statusForeground(LeadStatus status);
    /// Badge colour of a score class key (sql, mql, nurture, disqualified); white text reads on it.
    static QColor scoreClassColour(const QString &key);
    /// A dialog's refusal line ("errorLabel"): word-wrapped, in the error colour, hidden until set.
    static QLabel *errorLabel(QWidget *parent);
};

} // namespace lr::ui
