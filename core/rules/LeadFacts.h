#pragma once

#include "core/common/Clock.h"
#include "core/rules/LeadField.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace lr {

struct Company;
struct Lead;

/// One behaviour event as a rule sees it (see BehaviourEvent): its type key, when, and the details
/// event-count conditions filter on.
struct FactEvent
{
    QString type; ///< page_view, form_submit, email_open, …
    Instant at = 0;
    QString url;      ///< page_view / email_click
    QString formType; ///< form_submit
};

/// Everything a rule condition may look at for one lead, prepared once per evaluation: a typed value
/// per LeadField, the person's behaviour events and the instant "now" for time windows.
/// Built by the caller (scoring, routing) from the store; conditions never touch the store.
class LeadFacts final
{
public:
    LeadFacts() = default;

    /// The lead's own fields and its company's (industry, size, revenue, domain). `freeMail` says
    /// whether the email domain is a free-mail provider (the caller's domain lists decide).
    static LeadFacts fromLead(const Lead &lead, const Company *company, bool freeMail, Instant now);

    void setText(LeadField field, const QString &value);
    /// A number; `known` false means "not known" (is_empty is true, ranges never match).
    void setNumber(LeadField field, double value, bool known = true);
    void setBool(LeadField field, bool value);

    /// The value as text ("120" for numbers, "true"/"false" for bools); empty when unknown.
    const QString &text(LeadField field) const { return m_text[index(field)]; }
    double number(LeadField field) const { return m_number[index(field)]; }
    bool isEmpty(LeadField field) const { return m_text[index(field)].isEmpty(); }
    /// Title categories found in the title (see TitleKeywords::categories).
    unsigned titleCategories() const { return m_titleCategories; }

    /// Behaviour events of the person, in any order. Also sets days_silent: whole days since the
    /// later of the lead's creation and its newest event.
    void setEvents(QList<FactEvent> events);
    const QList<FactEvent> &events() const { return m_events; }
    /// The later of the lead's creation and its newest event (what days_silent counts from).
    Instant lastActivityAt() const { return m_lastActivityAt; }

    /// The instant time windows ("in the last 7 days") are measured back from.
    Instant now = 0;
    /// When the lead's own field values were captured (shown beside a field's explanation).
    Instant capturedAt = 0;

private:
    static std::size_t index(LeadField field) { return static_cast<std::size_t>(field); }
    QList<FactEvent> m_events;
    Instant m_createdAt = 0;
    Instant m_lastActivityAt = 0;
    std::array<QString, kLeadFieldCount> m_text;
    std::array<double, kLeadFieldCount> m_number{};
    unsigned m_titleCategories = 0;
};

} // namespace lr
