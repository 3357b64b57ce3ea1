#include "core/common/JsonScalar.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lr {

bool isJsonScalar(const QByteArray &text)
{
    // Wrapped in brackets, one value of any kind is an array of one; objects and arrays the caller
    // has already parsed, so only scalars get this far with a parse error of their own.
    QJsonParseError error;
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + text + ']', &error);
    if (error.error != QJsonParseError::NoError || !wrapped.isArray() || wrapped.array().size() != 1)
        return false;
    const QJsonValue value = wrapped.array().first();
    return !value.isObject() && !value.isArray();
}

} // namespace lr
