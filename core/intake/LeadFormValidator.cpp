#include "core/intake/LeadFormValidator.h"

#include "core/domain/Enums.h"
#include "core/hygiene/PhoneNormaliser.h"

#include <QLocale>

namespace lr {

QJsonObject LeadForm::toFields() const
{
    QJsonObject fields;
    const std::pair<const char *, const QString *> pairs[] = {
        {"first_name", &firstName}, {"last_name", &lastName}, {"email", &email},     {"phone", &phone},
        {"company", &company},      {"title", &title},        {"country", &country}, {"language", &language},
        {"source", &source},        {"question", &question}};
    for (const auto &[name, value] : pairs) {
        if (!value->trimmed().isEmpty())
            fields.insert(QLatin1String(name), value->trimmed());
    }
    return fields;
}

QHash<QString, QString> LeadFormValidator::check(const LeadForm &form) const
{
    QHash<QString, QString> issues;
    auto note = [&issues](const char *field, const QString &problem) {
        if (!problem.isEmpty())
            issues.insert(QLatin1String(field), problem);
    };
    note("email", checkEmail(form.email));
    note("country", checkCountry(form.country));
    note("language", checkLanguage(form.language));
    note("source", checkSource(form.source));
    // A phone is judged in the form's country only when that country is a real one.
    note("phone", checkPhone(form.phone, issues.contains(QStringLiteral("country")) ? QString() : form.country));
    return issues;
}

QString LeadFormValidator::checkEmail(const QString &email) const
{
    if (email.trimmed().isEmpty())
        return tr("An email address is required.");
    return m_emails.check(email).reason.text();
}

QString LeadFormValidator::checkPhone(const QString &phone, const QString &country)
{
    if (phone.trimmed().isEmpty())
        return {};
    const PhoneCheck check = PhoneNormaliser::normalise(phone, country.trimmed().toUpper());
    return check.valid ? QString() : check.reason.text();
}

QString LeadFormValidator::checkCountry(const QString &country)
{
    const QString code = country.trimmed();
    if (code.isEmpty())
        return {};
    if (code.size() != 2 || QLocale::codeToTerritory(code) == QLocale::AnyTerritory)
        return tr("\"%1\" is not a two-letter country code (ISO 3166), such as PL or BG.").arg(code);
    return {};
}

QString LeadFormValidator::checkLanguage(const QString &language)
{
    const QString code = language.trimmed();
    if (code.isEmpty())
        return {};
    if (code.size() != 2 || QLocale::codeToLanguage(code, QLocale::ISO639Part1) == QLocale::AnyLanguage)
        return tr("\"%1\" is not a two-letter language code (ISO 639-1), such as en or bg.").arg(code);
    return {};
}

QString LeadFormValidator::checkSource(const QString &source)
{
    if (source.trimmed().isEmpty() || leadSourceFromKey(source.trimmed()))
        return {};
    return tr("\"%1\" is not a lead source.").arg(source);
}

QString LeadFormValidator::emailNote(const QString &email) const
{
    const EmailCheck check = m_emails.check(email);
    if (check.isValid() && check.freeMail)
        return tr("Free-mail address: the company will not be taken from the email domain.");
    return {};
}

} // namespace lr
