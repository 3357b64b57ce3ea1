#pragma once

#include "core/domain/User.h"

#include <QWidget>

namespace lr::ui {

/// One tab of the rule editor (Scoring, Routing, SLA, …). The page tells every tab who is signed in
/// and when to reload from the store; each tab edits one kind of rule document.
class RuleEditorTab : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleEditorTab)

public:
    explicit RuleEditorTab(QWidget *parent = nullptr) : QWidget(parent) {}

    /// The signed-in user changed (the page is shown to admins only; core checks again on save).
    virtual void setUser(const User &user) = 0;
    /// Reload the active rules from the store (discarding unsaved edits only if the tab says so).
    virtual void refresh() = 0;

signals:
    /// A status-bar message ("Scoring rules saved as version 4").
    void message(const QString &text);
    /// Saved rules changed leads (e.g. a re-score finished): lists should refresh.
    void leadsChanged();
};

} // namespace lr::ui
