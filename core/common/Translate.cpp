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

std::unique_ptr<QTranslator> installEnglishPlurals()
{
    auto plurals = std::make_unique<QTranslator>();
    if (!plurals->load(QStringLiteral(":/i18n/leadrelay_en.qm")) || !QCoreApplication::installTranslator(plurals.get()))
        return nullptr;
    return plurals;
}

} // namespace lr
