#include "core/domain/Enums.h"

#include <QRegularExpression>

#include "core/common/Translate.h"

#include <array>
#include <utility>

namespace lr {
namespace {

template <typename E, std::size_t N>
using KeyTable = std::array<std::pair<E, const char *>, N>;

constexpr KeyTable<Role, 3> kRoles{{{Role::Rep, "rep"}, {Role::Manager, "manager"}, {Role::Admin, "admin"}}};
constexpr KeyTable<LeadStatus, 7> kStatuses{{{LeadStatus::New, "new"},
                                             {LeadStatus::Attempting, "attempting"},
                                             {LeadStatus::Connected, "connected"},
                                             {LeadStatus::Qualified, "qualified"},
                                             {LeadStatus::Nurture, "nurture"},
                                             {LeadStatus::Disqualified, "disqualified"},
                                             {LeadStatus::Converted, "converted"}}};
constexpr KeyTable<LeadSource, 7> kSources{{{LeadSource::WebForm, "web_form"},
                                            {LeadSource::CsvImport, "csv_import"},
                                            {LeadSource::Manual, "manual"},
                                            {LeadSource::Chat, "chat"},
                                            {LeadSource::Referral, "referral"},
                                            {LeadSource::Event, "event"},
                                            {LeadSource::Ads, "ads"}}};
constexpr KeyTable<ActivityKind, 5> kActivities{{{ActivityKind::Call, "call"},
                                                 {ActivityKind::Email, "email"},
                                                 {ActivityKind::Meeting, "meeting"},
                                                 {ActivityKind::Note, "note"},
                                                 {ActivityKind::Sms, "sms"}}};
constexpr KeyTable<MeetingStatus, 4> kMeetings{{{MeetingStatus::Scheduled, "scheduled"},
                                                {MeetingStatus::Held, "held"},
                                                {MeetingStatus::NoShow, "no_show"},
                                                {MeetingStatus::Cancelled, "cancelled"}}};
constexpr KeyTable<StageKind, 4> kStageKinds{
    {{StageKind::Open, "open"}, {StageKind::Won, "won"}, {StageKind::Lost, "lost"}, {StageKind::Invalid, "invalid"}}};

template <typename E, std::size_t N>
QString keyOf(const KeyTable<E, N> &table, E v)
{
    for (const auto &[value, key] : table) {
        if (value == v)
            return QString::fromLatin1(key);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const KeyTable<E, N> &table, const QString &key)
{
    for (const auto &[value, k] : table) {
        if (key.compare(QLatin1String(k), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
QList<E> valuesOf(const KeyTable<E, N> &table)
{
    QList<E> out;
    for (const auto &entry : table)
        out.append(entry.first);
    return out;
}

QString tr(const char *text)
{
    return translateCore("lr::Enums", text);
}

} // namespace

QString toKey(Role v)
{
    return keyOf(kRoles, v);
}
QString toKey(LeadStatus v)
{
    return keyOf(kStatuses, v);
}
QString toKey(LeadSource v)
{
    return keyOf(kSources, v);
}
QString toKey(ActivityKind v)
{
    return keyOf(kActivities, v);
}
QString toKey(MeetingStatus v)
{
    return keyOf(kMeetings, v);
}
QString toKey(StageKind v)
{
    return keyOf(kStageKinds, v);
}

std::optional<Role> roleFromKey(const QString &key)
{
    return valueOf(kRoles, key);
}
std::optional<LeadStatus> leadStatusFromKey(const QString &key)
{
    return valueOf(kStatuses, key);
}
std::optional<LeadSource> leadSourceFromKey(const QString &key)
{
    return valueOf(kSources, key);
}
std::optional<LeadSource> leadSourceFromLabel(const QString &label)
{
    if (const auto s = leadSourceFromKey(label.trimmed().toLower()))
        return s;
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QString text =
        QLatin1Char(' ') + label.toLower().replace(nonWord, QStringLiteral(" ")).simplified() + QLatin1Char(' ');
    if (text.trimmed().isEmpty())
        return std::nullopt;
    // Checked in this order: "paid social" is an ad, "partner referral" a referral, "web chat" a chat.
    static const QList<std::pair<LeadSource, QStringList>> words = [] {
        auto list = [](const char *spaced) { return QString::fromLatin1(spaced).split(QLatin1Char('|')); };
        return QList<std::pair<LeadSource, QStringList>>{
            {LeadSource::Referral, list(" referral| referred | referrals | word of mouth | partner ")},
            {LeadSource::Ads, list(" ad | ads | advert| paid | ppc | adwords | cpc | sponsored | reklama ")},
            {LeadSource::Event,
             list(" event| trade show | tradeshow | conference | seminar | webinar | expo | fair | meetup | targi ")},
            {LeadSource::Chat, list(" chat | live chat | chatbot | messenger | whatsapp ")},
            {LeadSource::CsvImport, list(" list | purchased | import | offline | lista ")},
            {LeadSource::Manual, list(" phone inquiry | phone | cold call | walk in | manual | sales ")},
            {LeadSource::WebForm, list(" web| website | form | online | organic | direct traffic | inbound | seo | "
                                       "email marketing | social media | strona ")},
        };
    }();
    for (const auto &[source, needles] : words) {
        for (const QString &needle : needles) {
            if (text.contains(needle))
                return source;
        }
    }
    return std::nullopt;
}

std::optional<ActivityKind> activityKindFromKey(const QString &key)
{
    return valueOf(kActivities, key);
}
std::optional<MeetingStatus> meetingStatusFromKey(const QString &key)
{
    return valueOf(kMeetings, key);
}
std::optional<StageKind> stageKindFromKey(const QString &key)
{
    return valueOf(kStageKinds, key);
}

QString displayName(Role v)
{
    switch (v) {
    case Role::Rep:
        return tr("Sales rep");
    case Role::Manager:
        return tr("Sales manager");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

QString displayName(LeadStatus v)
{
    switch (v) {
    case LeadStatus::New:
        return tr("New");
    case LeadStatus::Attempting:
        return tr("Attempting contact");
    case LeadStatus::Connected:
        return tr("Connected");
    case LeadStatus::Qualified:
        return tr("Qualified");
    case LeadStatus::Nurture:
        return tr("Nurture");
    case LeadStatus::Disqualified:
        return tr("Disqualified");
    case LeadStatus::Converted:
        return tr("Converted");
    }
    return {};
}

QString displayName(LeadSource v)
{
    switch (v) {
    case LeadSource::WebForm:
        return tr("Web form");
    case LeadSource::CsvImport:
        return tr("CSV import");
    case LeadSource::Manual:
        return tr("Manual entry");
    case LeadSource::Chat:
        return tr("Chat");
    case LeadSource::Referral:
        return tr("Referral");
    case LeadSource::Event:
        return tr("Event");
    case LeadSource::Ads:
        return tr("Paid ads");
    }
    return {};
}

namespace {

const char *activitySource(ActivityKind v)
{
    switch (v) {
    case ActivityKind::Call:
        return QT_TRANSLATE_NOOP("lr", "Call");
    case ActivityKind::Email:
        return QT_TRANSLATE_NOOP("lr", "Email");
    case ActivityKind::Meeting:
        return QT_TRANSLATE_NOOP("lr", "Meeting");
    case ActivityKind::Note:
        return QT_TRANSLATE_NOOP("lr", "Note");
    case ActivityKind::Sms:
        return QT_TRANSLATE_NOOP("lr", "SMS");
    }
    return "";
}

} // namespace

QString displayName(ActivityKind v)
{
    return tr(activitySource(v));
}

Words displayWords(ActivityKind v)
{
    return Words("lr", activitySource(v));
}

const QList<LeadStatus> &allLeadStatuses()
{
    static const QList<LeadStatus> all = valuesOf(kStatuses);
    return all;
}

const QList<LeadSource> &allLeadSources()
{
    static const QList<LeadSource> all = valuesOf(kSources);
    return all;
}

const QList<Role> &allRoles()
{
    static const QList<Role> all = valuesOf(kRoles);
    return all;
}

} // namespace lr
