#pragma once

#include <QString>
#include <QTranslator>

#include <memory>

namespace lr {

/// Translates `text` for a file-level `tr()` helper outside any class. lupdate files such calls under
/// the enclosing namespace ("lr") unless they sit in a member of a class named like `context`, so the
/// text is looked up in `context` first and then in "lr"; English when neither has it.
QString translateCore(const char *context, const char *text);

/// Installs English's own plural forms for the texts with %n ("%n day(s)" reads "1 day", "5 days"),
/// embedded in core; the caller keeps the translator for as long as it should apply. Installed for
/// English only: the other catalogues carry their own plural forms.
std::unique_ptr<QTranslator> installEnglishPlurals();

} // namespace lr
