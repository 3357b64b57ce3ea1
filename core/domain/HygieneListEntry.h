#pragma once

#include "core/common/Clock.h"
#include "core/domain/Ids.h"

#include <QList>
#include <QString>

#include <optional>

namespace lr {

/// The admin-kept lists that refine the shipped email-domain lists.
enum class HygieneList {
    Disposable,    ///< Throwaway mail domain: submissions are quarantined.
    FreeMail,      ///< Personal mail domain: no company domain, −10 score.
    Allowed,       ///< A company domain, even when a shipped list calls it disposable or free-mail.
    BlockedAddress ///< One junk address (a bot, a competitor's test account): quarantined.
};

QString toKey(HygieneList list);
std::optional<HygieneList> hygieneListFromKey(const QString &key);
QString displayName(HygieneList list);
const QList<HygieneList> &allHygieneLists();

/// One domain or address an admin put on a list, with who and when.
struct HygieneListEntry
{
    Id id = 0;
    HygieneList list = HygieneList::Disposable;
    QString value; ///< Punycode lower-case domain, or lower-case address with a punycode domain.
    QString note;
    Id addedBy = 0;
    QString addedByName; ///< Read only.
    Instant addedAt = 0;
};

} // namespace lr
