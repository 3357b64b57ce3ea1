#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace lr {

/// A typed fact about a lead that a rule condition can test. Scoring and routing rules name these
/// by key ("employees", "title", …) in their JSON documents; LeadFacts holds one value per field.
enum class LeadField {
    Email,
    EmailDomain,
    FreeMail, ///< Bool: the address is at a free-mail provider (gmail.com, yahoo.com, …).
    FirstName,
    LastName,
    Title,
    CompanyName,
    CompanyDomain,
    Industry,
    Employees, ///< Number; empty when unknown.
    Revenue,   ///< Number; empty when unknown.
    Country,
    Language,
    Phone,
    Source,
    Status,
    FormId,
    FormType,
    UtmSource,
    UtmMedium,
    UtmCampaign,
    LandingPage,
    Question,
    Budget,
    Authority,
    Need,
    Timeline,
    Score,            ///< Number: the lead's current score (routing reads it; scoring never does).
    ScoreClass,       ///< sql, mql, nurture, disqualified.
    DaysSinceCreated, ///< Number: whole days since the lead was created.
    DaysSilent,       ///< Number: whole days since the person last did anything (created or an event).
    Count
};

enum class FieldType { Text, Number, Bool };

constexpr int kLeadFieldCount = static_cast<int>(LeadField::Count);

/// Stable key used in rule documents ("employees").
QString toKey(LeadField field);
std::optional<LeadField> leadFieldFromKey(const QString &key);
FieldType fieldType(LeadField field);
/// Translated label ("Company size (employees)").
QString displayName(LeadField field);
/// Every field, in the order pickers show them.
const QList<LeadField> &allLeadFields();

} // namespace lr
