#include "core/hygiene/DomainLists.h"

#include <QFile>

namespace lr {
namespace {

QSet<QString> readList(const QString &resource)
{
    QSet<QString> out;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed().toLower();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            out.insert(line);
    }
    return out;
}

bool containsDomainOrParent(const QSet<QString> &set, QString domain)
{
    while (!domain.isEmpty()) {
        if (set.contains(domain))
            return true;
        const qsizetype dot = domain.indexOf(QLatin1Char('.'));
        if (dot < 0)
            return false;
        domain = domain.mid(dot + 1);
        if (!domain.contains(QLatin1Char('.')))
            return false; // never match a bare TLD
    }
    return false;
}

} // namespace

const DomainLists &DomainLists::bundled()
{
    static const DomainLists lists(readList(QStringLiteral(":/data/email-domains/freemail_free.txt")) +
                                       readList(QStringLiteral(":/data/email-domains/freemail_additions.txt")),
                                   readList(QStringLiteral(":/data/email-domains/disposable_email_blocklist.conf")));
    return lists;
}

DomainLists::DomainLists(QSet<QString> freeMail, QSet<QString> disposable)
    : m_freeMail(std::move(freeMail)), m_disposable(std::move(disposable))
{}

void DomainLists::addFreeMail(const QString &domain)
{
    m_freeMail.insert(domain.trimmed().toLower());
}

void DomainLists::addDisposable(const QString &domain)
{
    m_disposable.insert(domain.trimmed().toLower());
}

bool DomainLists::matches(const QSet<QString> &set, const QString &domain)
{
    return containsDomainOrParent(set, domain);
}

DomainKind DomainLists::classify(const QString &domain) const
{
    const QString d = domain.trimmed().toLower();
    if (containsDomainOrParent(m_disposable, d))
        return DomainKind::Disposable;
    if (m_freeMail.contains(d))
        return DomainKind::FreeMail;
    return DomainKind::Corporate;
}

} // namespace lr
