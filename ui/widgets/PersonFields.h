#pragma once

#include <QCoreApplication>

class QFormLayout;
class QLineEdit;
class QWidget;

namespace lr::ui {

/// The name and sign-in address of a new user, as the first-start dialog and Add Person ask for
/// them: two line edits ("nameEdit", "emailEdit") and their form rows.
struct PersonFields
{
    Q_DECLARE_TR_FUNCTIONS(lr::ui::PersonFields)

public:
    explicit PersonFields(QWidget *parent);
    /// Adds the "Name" and "E-mail" rows to `form`.
    void addTo(QFormLayout *form) const;

    QLineEdit *name = nullptr;
    QLineEdit *email = nullptr;
};

} // namespace lr::ui
