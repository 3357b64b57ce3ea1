#include "ui/dialogs/FirstAdminDialog.h"

#include "core/routing/TeamService.h"
#include "core/store/Store.h"
#include "ui/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lr::ui {

FirstAdminDialog::FirstAdminDialog(Store &store, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_store(store), m_clock(clock)
{
    setObjectName(QStringLiteral("firstAdminDialog"));
    setWindowTitle(tr("Set Up LeadRelay"));
    auto *title = new QLabel(tr("Nobody can sign in to this database yet"), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    title->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    auto *hint = new QLabel(tr("Create the administrator who sets LeadRelay up. They add the reps and managers on "
                               "the Team page, and configure scoring, routing and SLAs under Rules."),
                            this);
    hint->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("First and last name"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("name@company.com: they sign in with it"));
    m_error = Theme::errorLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create and Sign In"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("E-mail"), m_email);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

FirstAdminDialog::~FirstAdminDialog() = default;

void FirstAdminDialog::create()
{
    const Result<Id> id = TeamService(m_store, m_clock).addFirstAdmin(m_name->text(), m_email->text());
    if (!id) {
        m_error->setText(id.error());
        m_error->show();
        return;
    }
    m_admin = m_store.users.find(id.value()).value_or(User{});
    accept();
}

} // namespace lr::ui
