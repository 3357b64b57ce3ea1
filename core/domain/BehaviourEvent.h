#pragma once

#include "core/common/Clock.h"
#include "core/domain/Ids.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lr {

/// What a person did that a website, mail tool or calendar reports (POST /v1/events,
/// `leadrelayctl import events`). Stored in the event log under its key ("page_view", …) and read
/// by the intent axis of scoring and by event-count conditions of rules.
enum class BehaviourType {
    PageView,
    FormSubmit,
    EmailOpen,
    EmailClick,
    EmailReply,
    MeetingBooked,
    WebinarRegistered,
    WebinarAttended,
    Unsubscribe,
    Bounce,
    ContractSigned
};

QString toKey(BehaviourType type);
std::optional<BehaviourType> behaviourTypeFromKey(const QString &key);
/// Translated, for people ("Page view", "Email open").
QString displayName(BehaviourType type);
const QList<BehaviourType> &allBehaviourTypes();
/// The keys of every type, comma-separated: for error messages that list what is accepted.
QString behaviourTypeKeys();

/// One behaviour event as received: who (an email or a lead id), what, where and when.
struct BehaviourEvent
{
    BehaviourType type = BehaviourType::PageView;
    QString email;    ///< As given; either this or leadId names the person.
    Id leadId = 0;    ///< 0 when only the email is known (the lead may not exist yet).
    QString url;      ///< page_view, email_click: the address.
    QString formId;   ///< form_submit: the form.
    QString formType; ///< form_submit: demo_request, contact, pricing, newsletter, webinar.
    Instant at = 0;
    QJsonObject extra; ///< Every other member of the received object, kept as given.
};

} // namespace lr
