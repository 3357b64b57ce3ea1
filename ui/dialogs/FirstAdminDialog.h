#pragma once

#include "core/domain/User.h"
#include "ui/widgets/PersonFields.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lr {
class Clock;
class Store;
} // namespace lr

namespace lr::ui {

/// The first start on a store nobody can sign in to yet (made with `leadrelayctl init`, not the
/// demo): asks for the administrator who sets LeadRelay up and creates them through core's
/// TeamService. Refusals (no name, an address that is not one) stay in the dialog.
class FirstAdminDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstAdminDialog)

public:
    FirstAdminDialog(Store &store, const Clock &clock, QWidget *parent = nullptr);
    ~FirstAdminDialog() override;

    /// The administrator created, once accepted.
    const User &admin() const { return m_admin; }
    QLineEdit *nameEdit() const { return m_person.name; }
    QLineEdit *emailEdit() const { return m_person.email; }
    QLabel *errorLabel() const { return m_error; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void create();

    Store &m_store;
    const Clock &m_clock;
    User m_admin;
    PersonFields m_person;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lr::ui
