#pragma once

#include "core/cli/CommandLine.h"
#include "core/common/Clock.h"
#include "core/domain/User.h"

#include <QCoreApplication>
#include <QSet>

class QTextStream;

namespace lr {
class Store;
}

namespace lr::cli {

/// `leadrelayctl users list|add`.
class UsersCommand final
{
    Q_DECLARE_TR_FUNCTIONS(lr::cli::UsersCommand)

public:
    UsersCommand(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    /// The options `users add` accepts.
    static QSet<QString> addOptions();

    /// The user a `users add` command line describes (team not resolved yet), or what is wrong with
    /// the command line (a usage error: missing --name, unknown role, bad territory code, …).
    static Result<User> userFrom(const CommandLine &line);

    /// Prints every user as an aligned table or a JSON array; returns the exit code.
    int list(bool json, QTextStream &out);

    /// Stores `user` in the team named `teamName` (none when empty); an unknown team is refused with
    /// the list of known teams. A manager added to a team without one becomes its manager.
    int add(User user, const QString &teamName, QTextStream &out, QTextStream &err);

private:
    QString presence(const User &user) const;

    Store &m_store;
    const Clock &m_clock;
};

} // namespace lr::cli
