#pragma once

#include "core/hygiene/DomainLists.h"

#include <QSet>
#include <QString>

#include <memory>

namespace lr {

/// What admins decided on top of the shipped lists, as one consistent snapshot. Their word beats
/// the shipped lists: an admin-disposable domain is disposable, an allowed domain is a company's.
struct AdminDomainLists
{
    QSet<QString> disposable;       ///< Punycode, lower case; subdomains inherit.
    QSet<QString> freeMail;         ///< Punycode, lower case; exact.
    QSet<QString> allowed;          ///< Punycode, lower case; subdomains inherit.
    QSet<QString> blockedAddresses; ///< "local@punycode-domain", lower case.

    /// The kind of `asciiDomain` (punycode, lower case) with the admins' lists applied over `shipped`.
    DomainKind classify(const QString &asciiDomain, const DomainLists &shipped) const;
    /// Whether `local@asciiDomain` is a blocked address.
    bool isBlocked(const QString &local, const QString &asciiDomain) const;
};

/// Where a validator gets the admins' lists from. The store's implementation re-reads them when
/// they changed, so a running intake (webhook, import) picks an edit up without a restart.
class AdminDomainListSource
{
public:
    virtual ~AdminDomainListSource() = default;
    virtual std::shared_ptr<const AdminDomainLists> current() const = 0;
};

/// One snapshot that never changes. A batch hands it to the validators on its worker threads,
/// which must not read the store.
class FixedAdminDomainLists final : public AdminDomainListSource
{
public:
    explicit FixedAdminDomainLists(std::shared_ptr<const AdminDomainLists> lists) : m_lists(std::move(lists)) {}
    std::shared_ptr<const AdminDomainLists> current() const override { return m_lists; }

private:
    std::shared_ptr<const AdminDomainLists> m_lists;
};

} // namespace lr
