#pragma once

#include "core/hygiene/EmailValidator.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace lr {

/// What a person types into the manual lead form. Field names match LeadFieldMap::fields().
struct LeadForm
{
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString company;
    QString title;
    QString country;  ///< ISO 3166 alpha-2, or empty.
    QString language; ///< ISO 639-1, or empty.
    QString source;   ///< A LeadSource key ("manual", "chat", "referral", …), or empty for "manual".
    QString question;

    /// The form as intake fields (empty values left out).
    QJsonObject toFields() const;
};

/// Checks a manual lead form field by field with the same hygiene the intake uses (EmailValidator
/// for syntax, junk and disposable domains; PhoneNormaliser with the form's country), so the
/// dialog can show each problem beside its field while the person types.
class LeadFormValidator final
{
    Q_DECLARE_TR_FUNCTIONS(lr::LeadFormValidator)

public:
    explicit LeadFormValidator(const EmailValidator &emails = EmailValidator()) : m_emails(emails) {}

    /// field name ("email", "phone", "country", "language", "source") → translated problem;
    /// empty when the form can be submitted.
    QHash<QString, QString> check(const LeadForm &form) const;

    QString checkEmail(const QString &email) const;
    /// Empty phone is fine (it is optional); otherwise it must be valid in `country` (or carry
    /// its own country code).
    static QString checkPhone(const QString &phone, const QString &country);
    static QString checkCountry(const QString &country);
    static QString checkLanguage(const QString &language);
    static QString checkSource(const QString &source);

    /// A non-blocking remark about the email (free-mail: no company domain), or empty.
    QString emailNote(const QString &email) const;

private:
    EmailValidator m_emails;
};

} // namespace lr
