#pragma once

#include "core/common/Words.h"

#include <QCoreApplication>
#include <QString>

namespace lr {

struct PhoneCheck
{
    bool valid = false;
    QString e164;   ///< "+359888123456" when valid.
    QString region; ///< ISO 3166 region of the number ("BG"), when known.
    Words reason;   ///< Empty when valid.
};

/// Phone numbers to E.164 with Google's libphonenumber. Numbers without a country prefix are read
/// in the lead's country (`defaultRegion`, ISO 3166 alpha-2). Numbers that cannot be valid
/// (too short, too long, unknown country code, wrong length for the country) are refused with a reason.
class PhoneNormaliser final
{
    Q_DECLARE_TR_FUNCTIONS(lr::PhoneNormaliser)

public:
    static PhoneCheck normalise(const QString &raw, const QString &defaultRegion);
    /// The region a number without a country prefix is most likely in when the lead names no
    /// country: that of the country-code domain of its address or website ("wp.pl" → "PL",
    /// "firma.co.uk" → "GB", ".рф" → "RU"). Empty for generic domains (.com, .eu) and for country
    /// codes mostly sold to anyone (.io, .co, .ai, .me, .tv, …).
    static QString regionOfDomain(const QString &domain);

private:
    LR_DECLARE_WORDS(lr::PhoneNormaliser)
};

} // namespace lr
