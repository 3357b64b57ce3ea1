#include "ui/SignInFlow.h"

#include "core/store/Store.h"
#include "ui/dialogs/UserPicker.h"

#include <QSettings>

namespace lr::ui {
namespace {
const QString kLastUserKey = QStringLiteral("session/lastUserEmail");
}

SignInFlow::SignInFlow(Store &store, UserPicker &picker) : m_store(store), m_picker(picker) {}

QList<User> SignInFlow::activeUsers() const
{
    QList<User> users = m_store.users.all();
    users.removeIf([](const User &u) { return !u.active; });
    return users;
}

std::optional<User> SignInFlow::start(const QString &email, QWidget *parent, QString *message)
{
    if (!email.isEmpty()) {
        const auto user = m_store.users.findByEmail(email);
        if (user && user->active) {
            rememberUser(*user);
            return user;
        }
        if (message) {
            *message = user ? tr("%1 is no longer active; pick another user.").arg(email)
                            : tr("No user with the e-mail %1; pick a user.").arg(email);
        }
    }
    if (m_store.users.all().isEmpty()) {
        // A store made for real use (not the demo): its first administrator sets it up.
        if (const auto admin = m_picker.createFirstAdmin(m_store, parent); admin && admin->id != 0) {
            rememberUser(*admin);
            return admin;
        }
        if (message)
            message->clear(); // the person cancelled the set-up: nothing to add
        return std::nullopt;
    }
    if (activeUsers().isEmpty()) {
        if (message)
            *message = tr("This database has no active users yet, so nobody can sign in.");
        return std::nullopt;
    }
    const auto last = m_store.users.findByEmail(lastUserEmail());
    return ask(last ? last->id : 0, parent);
}

std::optional<User> SignInFlow::switchFrom(const User &current, QWidget *parent)
{
    return ask(current.id, parent);
}

std::optional<User> SignInFlow::ask(Id preselectedId, QWidget *parent)
{
    const auto user = m_picker.pick(activeUsers(), m_store.teams.all(), preselectedId, parent);
    if (user)
        rememberUser(*user);
    return user;
}

QString SignInFlow::lastUserEmail()
{
    return QSettings().value(kLastUserKey).toString();
}

void SignInFlow::rememberUser(const User &user)
{
    QSettings().setValue(kLastUserKey, user.email);
}

} // namespace lr::ui
