#pragma once

#include <QString>

namespace lr {

/// Country and language names in the language the app speaks (QLocale's default, which --lang and
/// the system set), from ICU's locale data: "CH" → "Switzerland", "Szwajcaria", "Швейцария";
/// "de" → "German", "niemiecki", "немецкий". Qt's own names are English only.
namespace DisplayNames {

/// The name of ISO 3166 country `code`; `code` itself when nobody knows it, empty for empty.
QString country(const QString &code);
/// The name of ISO 639-1 language `code`; `code` itself when nobody knows it, empty for empty.
QString language(const QString &code);

} // namespace DisplayNames
} // namespace lr
