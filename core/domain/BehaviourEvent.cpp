#include "core/domain/BehaviourEvent.h"

#include "core/common/Translate.h"

#include <array>
#include <utility>

namespace lr {
namespace {

constexpr std::array<std::pair<BehaviourType, const char *>, 11> kTypes{{
    {BehaviourType::PageView, "page_view"},
    {BehaviourType::FormSubmit, "form_submit"},
    {BehaviourType::EmailOpen, "email_open"},
    {BehaviourType::EmailClick, "email_click"},
    {BehaviourType::EmailReply, "email_reply"},
    {BehaviourType::MeetingBooked, "meeting_booked"},
    {BehaviourType::WebinarRegistered, "webinar_registered"},
    {BehaviourType::WebinarAttended, "webinar_attended"},
    {BehaviourType::Unsubscribe, "unsubscribe"},
    {BehaviourType::Bounce, "bounce"},
    {BehaviourType::ContractSigned, "contract_signed"},
}};

QString tr(const char *text)
{
    return translateCore("lr::BehaviourEvent", text);
}

} // namespace

QString toKey(BehaviourType type)
{
    for (const auto &[value, key] : kTypes) {
        if (value == type)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<BehaviourType> behaviourTypeFromKey(const QString &key)
{
    for (const auto &[value, k] : kTypes) {
        if (key == QLatin1String(k))
            return value;
    }
    return std::nullopt;
}

QString displayName(BehaviourType type)
{
    switch (type) {
    case BehaviourType::PageView:
        return tr("Page view");
    case BehaviourType::FormSubmit:
        return tr("Form submission");
    case BehaviourType::EmailOpen:
        return tr("Email open");
    case BehaviourType::EmailClick:
        return tr("Email click");
    case BehaviourType::EmailReply:
        return tr("Email reply");
    case BehaviourType::MeetingBooked:
        return tr("Meeting booked");
    case BehaviourType::WebinarRegistered:
        return tr("Webinar registration");
    case BehaviourType::WebinarAttended:
        return tr("Webinar attended");
    case BehaviourType::Unsubscribe:
        return tr("Unsubscribe");
    case BehaviourType::Bounce:
        return tr("Bounce");
    case BehaviourType::ContractSigned:
        return tr("Contract signed");
    }
    return {};
}

const QList<BehaviourType> &allBehaviourTypes()
{
    static const QList<BehaviourType> all = [] {
        QList<BehaviourType> out;
        for (const auto &entry : kTypes)
            out.append(entry.first);
        return out;
    }();
    return all;
}

QString behaviourTypeKeys()
{
    QStringList keys;
    for (const auto &entry : kTypes)
        keys.append(QString::fromLatin1(entry.second));
    return keys.join(QStringLiteral(", "));
}

} // namespace lr
