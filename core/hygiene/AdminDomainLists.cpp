#include "core/hygiene/AdminDomainLists.h"

namespace lr {

DomainKind AdminDomainLists::classify(const QString &asciiDomain, const DomainLists &shipped) const
{
    const QString d = asciiDomain.trimmed().toLower();
    if (DomainLists::matches(disposable, d))
        return DomainKind::Disposable;
    if (DomainLists::matches(allowed, d))
        return DomainKind::Corporate;
    if (freeMail.contains(d))
        return DomainKind::FreeMail;
    return shipped.classify(d);
}

bool AdminDomainLists::isBlocked(const QString &local, const QString &asciiDomain) const
{
    if (blockedAddresses.isEmpty())
        return false;
    return blockedAddresses.contains(local.toLower() + QLatin1Char('@') + asciiDomain.toLower());
}

} // namespace lr
