#include "core/common/DisplayNames.h"

#include <QLocale>

#include <unicode/uloc.h>

namespace lr::DisplayNames {
namespace {

using IcuName = int32_t (*)(const char *, const char *, UChar *, int32_t, UErrorCode *);

QString icuName(IcuName name, const QByteArray &locale, const QString &code)
{
    if (code.isEmpty())
        return {};
    // "ru_RU", "pl_PL"; the C locale (LANG=C) reads English, not ICU's root, which has no names.
    const QLocale ui;
    const QByteArray display = ui.language() == QLocale::C ? QByteArray("en") : ui.name().toLatin1();
    UChar text[128];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = name(locale.constData(), display.constData(), text, 128, &status);
    // ICU answers an unknown code with the code itself ("ZZ"), and a failure with nothing: the
    // value is then shown as it is (a country typed as "Germany" stays "Germany").
    if (!U_SUCCESS(status) || length <= 0)
        return code;
    const QString shown = QString::fromUtf16(reinterpret_cast<const char16_t *>(text), length);
    return shown.compare(code, Qt::CaseInsensitive) == 0 ? code : shown;
}

} // namespace

QString country(const QString &code)
{
    return icuName(uloc_getDisplayCountry, "_" + code.toUpper().toLatin1(), code);
}

QString language(const QString &code)
{
    return icuName(uloc_getDisplayLanguage, code.toLower().toLatin1(), code);
}

} // namespace lr::DisplayNames
