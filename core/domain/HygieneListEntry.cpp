#include "core/domain/HygieneListEntry.h"

#include <QCoreApplication>

namespace lr {

QString toKey(HygieneList list)
{
    switch (list) {
    case HygieneList::Disposable:
        return QStringLiteral("disposable");
    case HygieneList::FreeMail:
        return QStringLiteral("free_mail");
    case HygieneList::Allowed:
        return QStringLiteral("allowed");
    case HygieneList::BlockedAddress:
        return QStringLiteral("blocked_address");
    }
    return {};
}

std::optional<HygieneList> hygieneListFromKey(const QString &key)
{
    for (const HygieneList list : allHygieneLists()) {
        if (toKey(list) == key)
            return list;
    }
    return std::nullopt;
}

QString displayName(HygieneList list)
{
    switch (list) {
    case HygieneList::Disposable:
        return QCoreApplication::translate("lr::HygieneList", "Disposable domains");
    case HygieneList::FreeMail:
        return QCoreApplication::translate("lr::HygieneList", "Free-mail domains");
    case HygieneList::Allowed:
        return QCoreApplication::translate("lr::HygieneList", "Allowed company domains");
    case HygieneList::BlockedAddress:
        return QCoreApplication::translate("lr::HygieneList", "Blocked addresses");
    }
    return {};
}

const QList<HygieneList> &allHygieneLists()
{
    static const QList<HygieneList> lists{HygieneList::Disposable, HygieneList::FreeMail, HygieneList::Allowed,
                                          HygieneList::BlockedAddress};
    return lists;
}

} // namespace lr
