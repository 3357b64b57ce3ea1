#include "ui/import/LeadFieldNames.h"

#include <QHash>

namespace lr::ui {

QString LeadFieldNames::displayName(const QString &field)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("first_name"), QT_TR_NOOP("First name")},
        {QStringLiteral("last_name"), QT_TR_NOOP("Last name")},
        {QStringLiteral("full_name"), QT_TR_NOOP("Full name")},
        {QStringLiteral("company"), QT_TR_NOOP("Company")},
        {QStringLiteral("company_domain"), QT_TR_NOOP("Company website or domain")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("mobile"), QT_TR_NOOP("Mobile phone")},
        {QStringLiteral("title"), QT_TR_NOOP("Job title")},
        {QStringLiteral("country"), QT_TR_NOOP("Country")},
        {QStringLiteral("language"), QT_TR_NOOP("Language")},
        {QStringLiteral("source"), QT_TR_NOOP("Lead source")},
        {QStringLiteral("utm_source"), QT_TR_NOOP("UTM source")},
        {QStringLiteral("utm_medium"), QT_TR_NOOP("UTM medium")},
        {QStringLiteral("utm_campaign"), QT_TR_NOOP("UTM campaign")},
        {QStringLiteral("landing_page"), QT_TR_NOOP("Landing page")},
        {QStringLiteral("form_id"), QT_TR_NOOP("Form ID")},
        {QStringLiteral("form_type"), QT_TR_NOOP("Form type")},
        {QStringLiteral("submitted_at"), QT_TR_NOOP("Submitted at")},
        {QStringLiteral("question"), QT_TR_NOOP("Qualifying question")},
        {QStringLiteral("employees"), QT_TR_NOOP("Employees")},
        {QStringLiteral("industry"), QT_TR_NOOP("Industry")},
    };
    const auto it = names.constFind(field);
    return it == names.constEnd() ? field : tr(*it);
}

} // namespace lr::ui
