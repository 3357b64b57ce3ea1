#include "core/rules/LeadField.h"

#include "core/common/Translate.h"

#include <array>

namespace lr {
namespace {

struct FieldInfo
{
    LeadField field;
    const char *key;
    FieldType type;
};

constexpr std::array<FieldInfo, kLeadFieldCount> kFields{{
    {LeadField::Email, "email", FieldType::Text},
    {LeadField::EmailDomain, "email_domain", FieldType::Text},
    {LeadField::FreeMail, "free_mail", FieldType::Bool},
    {LeadField::FirstName, "first_name", FieldType::Text},
    {LeadField::LastName, "last_name", FieldType::Text},
    {LeadField::Title, "title", FieldType::Text},
    {LeadField::CompanyName, "company", FieldType::Text},
    {LeadField::CompanyDomain, "company_domain", FieldType::Text},
    {LeadField::Industry, "industry", FieldType::Text},
    {LeadField::Employees, "employees", FieldType::Number},
    {LeadField::Revenue, "revenue", FieldType::Number},
    {LeadField::Country, "country", FieldType::Text},
    {LeadField::Language, "language", FieldType::Text},
    {LeadField::Phone, "phone", FieldType::Text},
    {LeadField::Source, "source", FieldType::Text},
    {LeadField::Status, "status", FieldType::Text},
    {LeadField::FormId, "form_id", FieldType::Text},
    {LeadField::FormType, "form_type", FieldType::Text},
    {LeadField::UtmSource, "utm_source", FieldType::Text},
    {LeadField::UtmMedium, "utm_medium", FieldType::Text},
    {LeadField::UtmCampaign, "utm_campaign", FieldType::Text},
    {LeadField::LandingPage, "landing_page", FieldType::Text},
    {LeadField::Question, "question", FieldType::Text},
    {LeadField::Budget, "budget", FieldType::Text},
    {LeadField::Authority, "authority", FieldType::Text},
    {LeadField::Need, "need", FieldType::Text},
    {LeadField::Timeline, "timeline", FieldType::Text},
    {LeadField::Score, "score", FieldType::Number},
    {LeadField::ScoreClass, "class", FieldType::Text},
    {LeadField::DaysSinceCreated, "days_since_created", FieldType::Number},
    {LeadField::DaysSilent, "days_silent", FieldType::Number},
}};

static_assert(
    [] {
        for (int i = 0; i < kLeadFieldCount; ++i) {
            if (static_cast<int>(kFields[static_cast<std::size_t>(i)].field) != i)
                return false;
        }
        return true;
    }(),
    "kFields must list every LeadField in enum order");

QString tr(const char *text)
{
    return translateCore("lr::LeadField", text);
}

} // namespace

QString toKey(LeadField field)
{
    const int i = static_cast<int>(field);
    return i >= 0 && i < kLeadFieldCount ? QString::fromLatin1(kFields[static_cast<std::size_t>(i)].key) : QString();
}

std::optional<LeadField> leadFieldFromKey(const QString &key)
{
    for (const FieldInfo &info : kFields) {
        if (key == QLatin1String(info.key))
            return info.field;
    }
    return std::nullopt;
}

FieldType fieldType(LeadField field)
{
    const int i = static_cast<int>(field);
    return i >= 0 && i < kLeadFieldCount ? kFields[static_cast<std::size_t>(i)].type : FieldType::Text;
}

QString displayName(LeadField field)
{
    switch (field) {
    case LeadField::Email:
        return tr("Email");
    case LeadField::EmailDomain:
        return tr("Email domain");
    case LeadField::FreeMail:
        return tr("Free-mail address");
    case LeadField::FirstName:
        return tr("First name");
    case LeadField::LastName:
        return tr("Last name");
    case LeadField::Title:
        return tr("Job title");
    case LeadField::CompanyName:
        return tr("Company");
    case LeadField::CompanyDomain:
        return tr("Company domain");
    case LeadField::Industry:
        return tr("Industry");
    case LeadField::Employees:
        return tr("Company size (employees)");
    case LeadField::Revenue:
        return tr("Yearly revenue");
    case LeadField::Country:
        return tr("Country");
    case LeadField::Language:
        return tr("Language");
    case LeadField::Phone:
        return tr("Phone");
    case LeadField::Source:
        return tr("Source");
    case LeadField::Status:
        return tr("Status");
    case LeadField::FormId:
        return tr("Form ID");
    case LeadField::FormType:
        return tr("Form type");
    case LeadField::UtmSource:
        return tr("UTM source");
    case LeadField::UtmMedium:
        return tr("UTM medium");
    case LeadField::UtmCampaign:
        return tr("UTM campaign");
    case LeadField::LandingPage:
        return tr("Landing page");
    case LeadField::Question:
        return tr("Qualifying answer");
    case LeadField::Budget:
        return tr("Budget");
    case LeadField::Authority:
        return tr("Authority");
    case LeadField::Need:
        return tr("Need");
    case LeadField::Timeline:
        return tr("Timeline");
    case LeadField::Score:
        return tr("Score");
    case LeadField::ScoreClass:
        return tr("Class");
    case LeadField::DaysSinceCreated:
        return tr("Days since created");
    case LeadField::DaysSilent:
        return tr("Days without activity");
    case LeadField::Count:
        break;
    }
    return {};
}

const QList<LeadField> &allLeadFields()
{
    static const QList<LeadField> all = [] {
        QList<LeadField> out;
        for (const FieldInfo &info : kFields)
            out.append(info.field);
        return out;
    }();
    return all;
}

} // namespace lr
