#pragma once

#include "core/common/Words.h"

#include <QByteArray>
#include <QJsonParseError>

namespace lr {

/// True when `text` is one valid JSON value that is neither an object nor an array (`null`, `42`,
/// `"hi"`, `true`). QJsonDocument refuses such a top-level value as "illegal value", which would
/// tell a sender their JSON is broken when it is only the wrong kind of value.
bool isJsonScalar(const QByteArray &text);

/// What QJsonParseError::errorString() says, untranslated (Qt's own words and catalogue), for a
/// reason the store keeps and someone reads later in their language.
Words jsonErrorWords(QJsonParseError::ParseError error);

} // namespace lr
