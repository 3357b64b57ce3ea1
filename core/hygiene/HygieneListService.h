#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/domain/HygieneListEntry.h"
#include "core/security/AccessScope.h"

#include <QCoreApplication>
#include <QList>

namespace lr {

class Store;

/// Admins keep their own disposable, free-mail and allowed domains and blocked addresses on top
/// of the shipped lists. Input is checked and normalised (IDN → punycode, lower case); every
/// change records who and when (the entry itself, and the audit log for removals). Intake picks
/// a change up at the next submission. Every call refuses anyone but an admin.
class HygieneListService final
{
    Q_DECLARE_TR_FUNCTIONS(lr::HygieneListService)

public:
    HygieneListService(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    Result<HygieneListEntry> add(const AccessScope &actor, HygieneList list, const QString &value,
                                 const QString &note = {});
    Status remove(const AccessScope &actor, Id id);
    Result<QList<HygieneListEntry>> entries(const AccessScope &actor, HygieneList list,
                                            const QString &search = {}) const;

    /// "Bücher.DE" → "xn--bcher-kva.de"; a translated error for anything that is not a domain.
    static Result<QString> normaliseDomain(const QString &raw);
    /// "Bot@Bücher.de" → "bot@xn--bcher-kva.de"; a translated error for anything that is not an address.
    static Result<QString> normaliseAddress(const QString &raw);
    /// The form a value of `list` is stored in.
    static Result<QString> normalise(HygieneList list, const QString &raw);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace lr
