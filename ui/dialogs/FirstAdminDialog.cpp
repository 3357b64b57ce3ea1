#include "ui/dialogs/FirstAdminDialog.h"

#include "core/routing/TeamService.h"
#include "core/store/Store.h"
#include "ui/Theme.h"
#include "ui/widgets/PersonFields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lr::ui {

FirstAdminDialog::FirstAdminDialog(Store &store, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_store(store), m_clock(clock), m_person(this)
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
    m_error = Theme::errorLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create and Sign In"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    m_person.addTo(form);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    // The hint wraps at a width of its own, so the dialog is as tall as the hint in every language.
    hint->setFixedWidth(fontMetrics().averageCharWidth() * 64);
    layout->setSizeConstraint(QLayout::SetFixedSize);
}

FirstAdminDialog::~FirstAdminDialog() = default;

void FirstAdminDialog::create()
{
    const Result<Id> id = TeamService(m_store, m_clock).addFirstAdmin(m_person.name->text(), m_person.email->text());
    if (!id) {
        m_error->setText(id.error());
        m_error->show();
        return;
    }
    m_admin = m_store.users.find(id.value()).value_or(User{});
    accept();
}

} // namespace lr::ui
