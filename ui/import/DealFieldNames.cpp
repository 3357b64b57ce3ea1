#include "ui/import/DealFieldNames.h"

#include <QHash>

namespace lr::ui {

QString DealFieldNames::displayName(const QString &field)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("external_id"), QT_TR_NOOP("ID in the other CRM")},
        {QStringLiteral("title"), QT_TR_NOOP("Deal name")},
        {QStringLiteral("owner"), QT_TR_NOOP("Owner (email or name)")},
        {QStringLiteral("company"), QT_TR_NOOP("Company")},
        {QStringLiteral("person_email"), QT_TR_NOOP("Contact email")},
        {QStringLiteral("stage"), QT_TR_NOOP("Stage")},
        {QStringLiteral("status"), QT_TR_NOOP("Status (open, won, lost)")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("currency"), QT_TR_NOOP("Currency")},
        {QStringLiteral("engaged_at"), QT_TR_NOOP("Engaged (created) on")},
        {QStringLiteral("closed_at"), QT_TR_NOOP("Closed on")},
        {QStringLiteral("expected_close"), QT_TR_NOOP("Expected close date")},
        {QStringLiteral("product"), QT_TR_NOOP("Product")},
        {QStringLiteral("lost_reason"), QT_TR_NOOP("Lost reason")},
    };
    const auto it = names.constFind(field);
    return it == names.constEnd() ? field : tr(*it);
}

} // namespace lr::ui
