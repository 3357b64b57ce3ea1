#pragma once

#include "core/common/Words.h"
#include "core/hygiene/AdminDomainLists.h"
#include "core/hygiene/DomainLists.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lr {

/// The verdict on one email address.
struct EmailCheck
{
    enum class Verdict { Valid, Missing, Malformed, Junk, Disposable };
    Verdict verdict = Verdict::Missing;
    QString address;     ///< Trimmed, domain lower-cased (Unicode form), local part as typed.
    QString domain;      ///< Lower-case Unicode domain ("bücher.de").
    QString asciiDomain; ///< Punycode form of the domain ("xn--bcher-kva.de").
    bool freeMail = false;
    Words reason; ///< Empty when valid.
    Words note;   ///< What was taken from a cell that held more than the address (two addresses).

    bool isValid() const { return verdict == Verdict::Valid; }
};

/// Checks addresses against a practical subset of RFC 5322/6531: dot-atom local parts (any script),
/// internationalised domains, no quoted strings or IP literals. Flags test/junk addresses and
/// disposable domains, and tells free-mail apart from corporate domains.
class EmailValidator final
{
    Q_DECLARE_TR_FUNCTIONS(lr::EmailValidator)

public:
    explicit EmailValidator(const DomainLists &lists = DomainLists::bundled(),
                            const AdminDomainListSource *adminLists = nullptr)
        : m_lists(lists), m_adminLists(adminLists)
    {}

    /// This validator, also consulting the admins' lists (blocked addresses, added and allowed
    /// domains) unless it already has a source for them.
    EmailValidator withAdminLists(const AdminDomainListSource &adminLists) const
    {
        return EmailValidator(m_lists, m_adminLists ? m_adminLists : &adminLists);
    }

    /// This validator with the admins' lists of that moment (from its own source, else from
    /// `adminLists`) frozen into `snapshot`, which must outlive it. Safe to use on any thread, as
    /// long as `snapshot` stays alive.
    EmailValidator frozen(const AdminDomainListSource &adminLists, std::optional<FixedAdminDomainLists> &snapshot) const
    {
        snapshot.emplace((m_adminLists ? m_adminLists : &adminLists)->current());
        return EmailValidator(m_lists, &*snapshot);
    }

    EmailCheck check(const QString &raw) const;
    /// Whether the domain of an address already taken in is free mail (the admins' lists over the
    /// shipped ones), without judging the rest of the address: what scoring asks of a lead.
    bool isFreeMailAddress(const QString &address) const;

    /// The key two addresses of one person share: lower case, "+tags" removed, and for Gmail
    /// the dots of the local part removed and googlemail.com folded into gmail.com.
    static QString dedupKey(const QString &address);

private:
    LR_DECLARE_WORDS(lr::EmailValidator)

    const DomainLists &m_lists;
    const AdminDomainListSource *m_adminLists = nullptr;
};

} // namespace lr
