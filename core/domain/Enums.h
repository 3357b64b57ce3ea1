#pragma once

#include "core/common/Words.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace lr {

/// What a signed-in user may see and do. Enforced in core (see AccessScope).
enum class Role { Rep, Manager, Admin };

/// Where a lead is in its life before it becomes (or fails to become) a deal.
enum class LeadStatus { New, Attempting, Connected, Qualified, Nurture, Disqualified, Converted };

/// The channel a lead arrived through.
enum class LeadSource { WebForm, CsvImport, Manual, Chat, Referral, Event, Ads };

/// A real touch or a note logged by a person.
enum class ActivityKind { Call, Email, Meeting, Note, Sms };

enum class MeetingStatus { Scheduled, Held, NoShow, Cancelled };

/// How a pipeline stage ends (or doesn't end) a deal.
enum class StageKind { Open, Won, Lost, Invalid };

// Stable storage/CLI keys ("rep", "web_form", …) and translated display names.
QString toKey(Role v);
QString toKey(LeadStatus v);
QString toKey(LeadSource v);
QString toKey(ActivityKind v);
QString toKey(MeetingStatus v);
QString toKey(StageKind v);

std::optional<Role> roleFromKey(const QString &key);
std::optional<LeadStatus> leadStatusFromKey(const QString &key);
std::optional<LeadSource> leadSourceFromKey(const QString &key);
/// A source as CRMs export it ("Web", "Partner Referral", "Trade Show", "PAID_SEARCH", "Purchased List")
/// or as a key; nullopt when it names none of LeadRelay's sources.
std::optional<LeadSource> leadSourceFromLabel(const QString &label);
std::optional<ActivityKind> activityKindFromKey(const QString &key);
std::optional<MeetingStatus> meetingStatusFromKey(const QString &key);
std::optional<StageKind> stageKindFromKey(const QString &key);

QString displayName(Role v);
QString displayName(LeadStatus v);
QString displayName(LeadSource v);
QString displayName(ActivityKind v);
/// The name untranslated, for text the store keeps ("Call: spoke with her").
Words displayWords(ActivityKind v);

/// All values, in their natural order (for filters and pickers).
const QList<LeadStatus> &allLeadStatuses();
const QList<LeadSource> &allLeadSources();
const QList<Role> &allRoles();

} // namespace lr
