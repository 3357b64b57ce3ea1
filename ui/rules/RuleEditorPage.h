#pragma once

#include "core/domain/User.h"

#include <QList>
#include <QWidget>

class QTabWidget;

namespace lr::ui {

class RuleEditorTab;

/// The admins' rule editor: one tab per kind of rule (Scoring first; Routing, SLA, … are added by
/// their features with addTab()). Only wires tabs; each tab does its own work through core.
class RuleEditorPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleEditorPage)

public:
    explicit RuleEditorPage(const User &user, QWidget *parent = nullptr);
    ~RuleEditorPage() override;

    /// Adds `tab` (the page takes ownership) under `title`; returns its index.
    int addTab(RuleEditorTab *tab, const QString &title);
    QTabWidget *tabs() const { return m_tabs; }
    const QList<RuleEditorTab *> &editorTabs() const { return m_editorTabs; }

    void setUser(const User &user);
    void refresh();

signals:
    void message(const QString &text);
    void leadsChanged();

private:
    User m_user;
    QTabWidget *m_tabs = nullptr;
    QList<RuleEditorTab *> m_editorTabs;
};

} // namespace lr::ui
