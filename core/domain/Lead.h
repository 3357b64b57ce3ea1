#pragma once

#include "core/common/Clock.h"
#include "core/domain/Enums.h"
#include "core/domain/Ids.h"

#include <QString>

namespace lr {

/// A person who showed interest, with everything captured about how they arrived.
struct Lead
{
    Id id = 0;
    QString email;
    QString emailKey; ///< Dedup key (see EmailValidator::dedupKey); lower-cased email when empty.
    QString firstName;
    QString lastName;
    QString title;
    QString companyName; ///< As given by the person.
    Id companyId = 0;
    QString companyDomain; ///< Read-only: the linked company's domain (joined on read).
    QString phone;         ///< E.164 once normalised.
    QString country;       ///< ISO 3166 alpha-2.
    QString language;      ///< ISO 639-1 of the form.
    LeadSource source = LeadSource::WebForm;
    LeadStatus status = LeadStatus::New;
    Id ownerId = 0;
    QString ownerName; ///< Read-only: joined on read.

    // Hidden fields of the submission.
    QString utmSource;
    QString utmMedium;
    QString utmCampaign;
    QString landingPage;
    QString formId;
    QString formType;
    Instant submittedAt = 0;
    QString question; ///< The qualifying question's answer.

    // Qualification (filled by scoring).
    int score = 0;
    int fit = 0;
    int intent = 0;
    int timing = 0;
    QString scoreClass;
    QString nextStep;

    Instant createdAt = 0;
    Instant updatedAt = 0;
    Instant firstTouchAt = 0; ///< 0 until the first real touch (call, email, meeting).

    QString fullName() const
    {
        if (firstName.isEmpty())
            return lastName;
        if (lastName.isEmpty())
            return firstName;
        return firstName + QLatin1Char(' ') + lastName;
    }
};

} // namespace lr
