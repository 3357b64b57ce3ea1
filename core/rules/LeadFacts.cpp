#include "core/rules/LeadFacts.h"

#include <cmath>

#include "core/domain/Company.h"
#include "core/domain/Lead.h"
#include "core/rules/TitleKeywords.h"

#include <algorithm>
#include <utility>

namespace lr {

void LeadFacts::setText(LeadField field, const QString &value)
{
    m_text[index(field)] = value;
    if (field == LeadField::Title)
        m_titleCategories = TitleKeywords::categories(value);
}

void LeadFacts::setNumber(LeadField field, double value, bool known)
{
    m_number[index(field)] = known ? value : 0.0;
    // A re-score sets a dozen numbers per lead: whole numbers (nearly all) skip printf-style
    // formatting, which gives the same digits for them ("114", not "114.0").
    const bool whole = value == std::trunc(value) && std::abs(value) < 1e15 && !(value == 0 && std::signbit(value));
    m_text[index(field)] = !known  ? QString()
                           : whole ? QString::number(static_cast<qint64>(value))
                                   : QString::number(value, 'g', 15);
}

void LeadFacts::setBool(LeadField field, bool value)
{
    m_number[index(field)] = value ? 1.0 : 0.0;
    m_text[index(field)] = value ? QStringLiteral("true") : QStringLiteral("false");
}

void LeadFacts::setEvents(QList<FactEvent> events)
{
    m_events = std::move(events);
    Instant last = m_createdAt ? m_createdAt : now;
    for (const FactEvent &e : std::as_const(m_events))
        last = std::max(last, e.at);
    m_lastActivityAt = last;
    setNumber(LeadField::DaysSilent, static_cast<double>(std::max<Instant>(0, now - last) / kDayMs));
}

LeadFacts LeadFacts::fromLead(const Lead &lead, const Company *company, bool freeMail, Instant now)
{
    LeadFacts f;
    f.now = now;
    f.capturedAt = lead.submittedAt ? lead.submittedAt : lead.createdAt;
    f.setText(LeadField::Email, lead.email);
    f.setText(LeadField::EmailDomain, lead.email.section(QLatin1Char('@'), 1).toLower());
    f.setBool(LeadField::FreeMail, freeMail);
    f.setText(LeadField::FirstName, lead.firstName);
    f.setText(LeadField::LastName, lead.lastName);
    f.setText(LeadField::Title, lead.title);
    f.setText(LeadField::CompanyName, lead.companyName);
    f.setText(LeadField::CompanyDomain, company ? company->domain : lead.companyDomain);
    f.setText(LeadField::Industry, company ? company->industry : QString());
    f.setNumber(LeadField::Employees, company ? company->employees : 0, company && company->employees > 0);
    f.setNumber(LeadField::Revenue, company ? static_cast<double>(company->revenue) : 0,
                company && company->revenue > 0);
    f.setText(LeadField::Country, lead.country.isEmpty() && company ? company->country : lead.country);
    f.setText(LeadField::Language, lead.language);
    f.setText(LeadField::Phone, lead.phone);
    f.setText(LeadField::Source, toKey(lead.source));
    f.setText(LeadField::Status, toKey(lead.status));
    f.setText(LeadField::FormId, lead.formId);
    f.setText(LeadField::FormType, lead.formType);
    f.setText(LeadField::UtmSource, lead.utmSource);
    f.setText(LeadField::UtmMedium, lead.utmMedium);
    f.setText(LeadField::UtmCampaign, lead.utmCampaign);
    f.setText(LeadField::LandingPage, lead.landingPage);
    f.setText(LeadField::Question, lead.question);
    f.setNumber(LeadField::Score, lead.score, !lead.scoreClass.isEmpty());
    f.setText(LeadField::ScoreClass, lead.scoreClass);
    f.m_createdAt = lead.createdAt ? lead.createdAt : now;
    f.setNumber(LeadField::DaysSinceCreated, static_cast<double>(std::max<Instant>(0, now - f.m_createdAt) / kDayMs));
    f.setEvents({});
    return f;
}

} // namespace lr
