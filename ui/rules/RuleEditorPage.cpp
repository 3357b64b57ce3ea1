#include "ui/rules/RuleEditorPage.h"

#include "ui/rules/RuleEditorTab.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace lr::ui {

RuleEditorPage::RuleEditorPage(const User &user, QWidget *parent) : QWidget(parent), m_user(user)
{
    setObjectName(QStringLiteral("ruleEditorPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("ruleEditorTabs"));
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

RuleEditorPage::~RuleEditorPage() = default;

int RuleEditorPage::addTab(RuleEditorTab *tab, const QString &title)
{
    m_editorTabs.append(tab);
    tab->setUser(m_user);
    connect(tab, &RuleEditorTab::message, this, &RuleEditorPage::message);
    connect(tab, &RuleEditorTab::leadsChanged, this, &RuleEditorPage::leadsChanged);
    return m_tabs->addTab(tab, title);
}

void RuleEditorPage::setUser(const User &user)
{
    m_user = user;
    for (RuleEditorTab *tab : std::as_const(m_editorTabs))
        tab->setUser(user);
}

void RuleEditorPage::refresh()
{
    for (RuleEditorTab *tab : std::as_const(m_editorTabs))
        tab->refresh();
}

} // namespace lr::ui
