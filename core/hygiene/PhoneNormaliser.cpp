#include "core/hygiene/PhoneNormaliser.h"

#include <QHash>
#include <QSet>

#include <phonenumbers/phonenumberutil.h>

namespace lr {

QString PhoneNormaliser::regionOfDomain(const QString &domain)
{
    const QString host = domain.trimmed().toLower();
    if (!host.contains(QLatin1Char('.')))
        return {};
    const QString tld = host.section(QLatin1Char('.'), -1);
    if (tld.isEmpty())
        return {};
    if (tld.startsWith(QLatin1String("xn--")) || tld.at(0).unicode() > 0x7F) {
        // Cyrillic country domains, written as typed or in their ASCII (punycode) form.
        static const QHash<QString, QString> idn{
            {QStringLiteral("рф"), QStringLiteral("RU")},  {QStringLiteral("xn--p1ai"), QStringLiteral("RU")},
            {QStringLiteral("бг"), QStringLiteral("BG")},  {QStringLiteral("xn--90ae"), QStringLiteral("BG")},
            {QStringLiteral("укр"), QStringLiteral("UA")}, {QStringLiteral("xn--j1amh"), QStringLiteral("UA")}};
        return idn.value(tld);
    }
    static const QSet<QString> vanity{
        QStringLiteral("ac"), QStringLiteral("ad"), QStringLiteral("ai"), QStringLiteral("am"), QStringLiteral("as"),
        QStringLiteral("bz"), QStringLiteral("cc"), QStringLiteral("cd"), QStringLiteral("co"), QStringLiteral("fm"),
        QStringLiteral("gg"), QStringLiteral("gl"), QStringLiteral("gy"), QStringLiteral("io"), QStringLiteral("la"),
        QStringLiteral("ly"), QStringLiteral("me"), QStringLiteral("ms"), QStringLiteral("nu"), QStringLiteral("sh"),
        QStringLiteral("so"), QStringLiteral("st"), QStringLiteral("tk"), QStringLiteral("to"), QStringLiteral("tv"),
        QStringLiteral("vc"), QStringLiteral("ws")};
    if (tld.size() != 2 || vanity.contains(tld))
        return {};
    if (tld == QLatin1String("uk"))
        return QStringLiteral("GB");
    const std::string region = tld.toUpper().toStdString();
    const i18n::phonenumbers::PhoneNumberUtil &util = *i18n::phonenumbers::PhoneNumberUtil::GetInstance();
    return util.GetCountryCodeForRegion(region) != 0 ? QString::fromStdString(region) : QString();
}

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
