#pragma once

#include <QString>

namespace lr {

/// Translates `text` for a file-level `tr()` helper outside any class. lupdate files such calls under
/// the enclosing namespace ("lr") unless they sit in a member of a class named like `context`, so the
/// text is looked up in `context` first and then in "lr"; English when neither has it.
QString translateCore(const char *context, const char *text);

} // namespace lr
