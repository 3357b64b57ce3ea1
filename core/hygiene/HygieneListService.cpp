#include "core/hygiene/HygieneListService.h"

#include "core/hygiene/EmailValidator.h"
#include "core/intake/QuarantineService.h"
#include "core/store/Store.h"

#include <QUrl>

namespace lr {
namespace {

/// A validator that knows no lists: only syntax matters here.
const EmailValidator &syntaxOnly()
{
    static const DomainLists none;
    static const EmailValidator validator(none);
    return validator;
}

const QString kEntity = QStringLiteral("hygiene_list");

} // namespace

Result<QString> HygieneListService::normaliseDomain(const QString &raw)
{
    QString text = raw.trimmed();
    if (text.startsWith(QLatin1Char('@')))
        text = text.mid(1);
    if (text.isEmpty())
        return Result<QString>::failure(tr("Enter a domain, for example firma.de."));
    const bool looksWrong = text.contains(QLatin1Char('@')) || text.contains(QLatin1Char('/')) ||
                            text.contains(QLatin1Char(':')) || text.contains(QLatin1Char(' '));
    const EmailCheck check = syntaxOnly().check(QStringLiteral("x@") + text);
    if (looksWrong || check.verdict == EmailCheck::Verdict::Malformed || check.asciiDomain.isEmpty()) {
        return Result<QString>::failure(
            tr("\"%1\" is not a domain name. Enter just the domain, like firma.de or bücher.de "
               "(no @, no http://, no spaces).")
                .arg(raw.trimmed()));
    }
    return check.asciiDomain.toLower();
}

Result<QString> HygieneListService::normaliseAddress(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return Result<QString>::failure(tr("Enter an email address, for example bot@firma.de."));
    const EmailCheck check = syntaxOnly().check(text);
    if (check.verdict == EmailCheck::Verdict::Malformed || check.verdict == EmailCheck::Verdict::Missing ||
        check.asciiDomain.isEmpty()) {
        return Result<QString>::failure(tr("\"%1\" is not an email address: %2").arg(text, check.reason.text()));
    }
    const QString local = check.address.left(check.address.lastIndexOf(QLatin1Char('@')));
    return local.toLower() + QLatin1Char('@') + check.asciiDomain.toLower();
}

Result<QString> HygieneListService::normalise(HygieneList list, const QString &raw)
{
    return list == HygieneList::BlockedAddress ? normaliseAddress(raw) : normaliseDomain(raw);
}

Result<HygieneListEntry> HygieneListService::add(const AccessScope &actor, HygieneList list, const QString &value,
                                                 const QString &note)
{
    if (const Status s = QuarantineService::requireAdmin(actor); !s)
        return Result<HygieneListEntry>::failure(s.error());
    const Result<QString> normalised = normalise(list, value);
    if (!normalised)
        return Result<HygieneListEntry>::failure(normalised.error());
    // "Allowed" contradicts "disposable" and "free-mail": one decision per domain.
    const QList<HygieneList> rivals = list == HygieneList::Allowed
                                          ? QList<HygieneList>{HygieneList::Disposable, HygieneList::FreeMail}
                                      : list == HygieneList::BlockedAddress ? QList<HygieneList>{}
                                                                            : QList<HygieneList>{HygieneList::Allowed};
    for (const HygieneList rival : rivals) {
        if (m_store.hygieneLists.find(rival, *normalised)) {
            return Result<HygieneListEntry>::failure(
                tr("%1 is on the list \"%2\". Remove it there first.").arg(*normalised, displayName(rival)));
        }
    }
    HygieneListEntry entry;
    entry.list = list;
    entry.value = *normalised;
    entry.note = note.trimmed();
    entry.addedBy = actor.userId;
    entry.addedAt = m_clock.now();
    Transaction tx(m_store.database());
    if (!tx.isActive())
        return Result<HygieneListEntry>::failure(tx.error());
    const Result<Id> id = m_store.hygieneLists.add(entry);
    if (!id)
        return Result<HygieneListEntry>::failure(id.error());
    entry.id = id.value();
    const AuditEntry audit{0,           entry.addedAt, actor.userId, kEntity, entry.id, QStringLiteral("create"),
                           toKey(list), QString(),     entry.value};
    if (const auto a = m_store.audit.append(audit); !a)
        return Result<HygieneListEntry>::failure(a.error());
    if (const Status s = tx.commit(); !s)
        return Result<HygieneListEntry>::failure(s.error());
    return m_store.hygieneLists.find(entry.id).value_or(entry);
}

Status HygieneListService::remove(const AccessScope &actor, Id id)
{
    if (const Status s = QuarantineService::requireAdmin(actor); !s)
        return s;
    Transaction tx(m_store.database());
    if (!tx.isActive())
        return Status::failure(tx.error());
    const Result<HygieneListEntry> removed = m_store.hygieneLists.remove(id);
    if (!removed)
        return Status::failure(removed.error());
    const AuditEntry audit{0,
                           m_clock.now(),
                           actor.userId,
                           kEntity,
                           id,
                           QStringLiteral("delete"),
                           toKey(removed->list),
                           removed->value,
                           QString()};
    if (const auto a = m_store.audit.append(audit); !a)
        return Status::failure(a.error());
    return tx.commit();
}

Result<QList<HygieneListEntry>> HygieneListService::entries(const AccessScope &actor, HygieneList list,
                                                            const QString &search) const
{
    if (const Status s = QuarantineService::requireAdmin(actor); !s)
        return Result<QList<HygieneListEntry>>::failure(s.error());
    // Search in the form the values are stored in, so "bücher" finds xn--bcher-kva.de.
    QString needle = search.trimmed().toLower();
    if (!needle.isEmpty() && !needle.contains(QLatin1Char('@'))) {
        const QString ace = QString::fromLatin1(QUrl::toAce(needle));
        if (!ace.isEmpty())
            needle = ace;
    }
    return m_store.hygieneLists.entries(list, needle);
}

} // namespace lr
