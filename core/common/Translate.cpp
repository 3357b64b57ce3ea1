#include "core/common/Translate.h"

#include <QCoreApplication>

namespace lr {

QString translateCore(const char *context, const char *text)
{
    const QString specific = QCoreApplication::translate(context, text);
    if (specific != QLatin1String(text))
        return specific;
    return QCoreApplication::translate("lr", text);
}

} // namespace lr
