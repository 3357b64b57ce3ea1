#include "core/hygiene/PhoneNormaliser.h"

#include <phonenumbers/phonenumberutil.h>

namespace lr {

PhoneCheck PhoneNormaliser::normalise(const QString &raw, const QString &defaultRegion)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    PhoneCheck out;
    const QString text = raw.trimmed();
    if (text.isEmpty()) {
        out.reason = words(QT_TR_NOOP("No phone number."));
        return out;
    }
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    const std::string region =
        defaultRegion.trimmed().isEmpty() ? std::string("ZZ") : defaultRegion.trimmed().toUpper().toStdString();
    PhoneNumber number;
    switch (util.Parse(text.toStdString(), region, &number)) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        out.reason = region == "ZZ"
                         ? words(QT_TR_NOOP("\"%1\" has no country code and the lead has no country."), {text})
                         : words(QT_TR_NOOP("\"%1\" has an unknown country code."), {text});
        return out;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        out.reason = words(QT_TR_NOOP("\"%1\" is too short to be a phone number."), {text});
        return out;
    case PhoneNumberUtil::TOO_LONG_NSN:
        out.reason = words(QT_TR_NOOP("\"%1\" is too long to be a phone number."), {text});
        return out;
    default:
        out.reason = words(QT_TR_NOOP("\"%1\" is not a phone number."), {text});
        return out;
    }
    std::string numberRegion;
    util.GetRegionCodeForNumber(number, &numberRegion);
    out.region = QString::fromStdString(numberRegion);
    // IsValidNumber() is exactly this with the region looked up again (a regular expression per
    // region of the country code); the region is known already.
    if (!util.IsValidNumberForRegion(number, numberRegion)) {
        switch (util.IsPossibleNumberWithReason(number)) {
        case PhoneNumberUtil::TOO_SHORT:
            out.reason = words(QT_TR_NOOP("\"%1\" is too short for a phone number in %2."), {text, out.region});
            break;
        case PhoneNumberUtil::TOO_LONG:
            out.reason = words(QT_TR_NOOP("\"%1\" is too long for a phone number in %2."), {text, out.region});
            break;
        default:
            out.reason = words(QT_TR_NOOP("\"%1\" is not a valid phone number."), {text});
            break;
        }
        return out;
    }
    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    out.e164 = QString::fromStdString(e164);
    out.valid = true;
    return out;
}

} // namespace lr
