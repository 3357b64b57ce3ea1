#include "ui/widgets/PersonFields.h"

#include <QFormLayout>
#include <QLineEdit>

namespace lr::ui {

PersonFields::PersonFields(QWidget *parent) : name(new QLineEdit(parent)), email(new QLineEdit(parent))
{
    name->setObjectName(QStringLiteral("nameEdit"));
    name->setPlaceholderText(tr("First and last name"));
    email->setObjectName(QStringLiteral("emailEdit"));
    email->setPlaceholderText(tr("name@company.com: they sign in with it"));
}

void PersonFields::addTo(QFormLayout *form) const
{
    form->addRow(tr("Name"), name);
    form->addRow(tr("E-mail"), email);
}

} // namespace lr::ui
