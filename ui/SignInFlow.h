#pragma once

#include "core/domain/User.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class QWidget;

namespace lr {
class Store;
}

namespace lr::ui {

class UserPicker;

/// Decides who is signed in: the `--user` e-mail when it names an active user, otherwise the
/// person picked through the UserPicker (the last user preselected). Remembers the choice.
class SignInFlow final
{
    Q_DECLARE_TR_FUNCTIONS(lr::ui::SignInFlow)

public:
    SignInFlow(Store &store, UserPicker &picker);

    /// The user to start with; nothing when nobody can sign in or the person cancelled.
    /// `message` explains why `email` was not used, or that the store has no active users.
    std::optional<User> start(const QString &email, QWidget *parent, QString *message = nullptr);
    /// Another user chosen through the picker, with `current` preselected; nothing when cancelled.
    std::optional<User> switchFrom(const User &current, QWidget *parent);
    /// Users who may sign in, by name.
    QList<User> activeUsers() const;

    /// The e-mail of the last user who signed in on this machine (QSettings).
    static QString lastUserEmail();
    static void rememberUser(const User &user);

private:
    std::optional<User> ask(Id preselectedId, QWidget *parent);

    Store &m_store;
    UserPicker &m_picker;
};

} // namespace lr::ui
