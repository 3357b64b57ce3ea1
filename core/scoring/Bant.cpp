#include "core/scoring/Bant.h"

#include <QCoreApplication>

namespace lr {

const QStringList &Bant::budgetKeys()
{
    static const QStringList keys{QStringLiteral("approved"), QStringLiteral("planned"), QStringLiteral("none")};
    return keys;
}

const QStringList &Bant::authorityKeys()
{
    static const QStringList keys{QStringLiteral("decision_maker"), QStringLiteral("influencer"),
                                  QStringLiteral("user")};
    return keys;
}

const QStringList &Bant::needKeys()
{
    static const QStringList keys{QStringLiteral("confirmed"), QStringLiteral("exploring"), QStringLiteral("none")};
    return keys;
}

const QStringList &Bant::timelineKeys()
{
    static const QStringList keys{QStringLiteral("now"), QStringLiteral("this_quarter"), QStringLiteral("next_quarter"),
                                  QStringLiteral("later")};
    return keys;
}

QString Bant::displayName(const QString &key)
{
    static const std::pair<const char *, const char *> names[] = {
        {"approved", QT_TRANSLATE_NOOP("lr::Bant", "Approved")},
        {"planned", QT_TRANSLATE_NOOP("lr::Bant", "Planned")},
        {"none", QT_TRANSLATE_NOOP("lr::Bant", "None")},
        {"decision_maker", QT_TRANSLATE_NOOP("lr::Bant", "Decision maker")},
        {"influencer", QT_TRANSLATE_NOOP("lr::Bant", "Influencer")},
        {"user", QT_TRANSLATE_NOOP("lr::Bant", "User")},
        {"confirmed", QT_TRANSLATE_NOOP("lr::Bant", "Confirmed")},
        {"exploring", QT_TRANSLATE_NOOP("lr::Bant", "Exploring")},
        {"now", QT_TRANSLATE_NOOP("lr::Bant", "Now")},
        {"this_quarter", QT_TRANSLATE_NOOP("lr::Bant", "This quarter")},
        {"next_quarter", QT_TRANSLATE_NOOP("lr::Bant", "Next quarter")},
        {"later", QT_TRANSLATE_NOOP("lr::Bant", "Later")},
    };
    for (const auto &[k, name] : names) {
        if (key == QLatin1String(k))
            return QCoreApplication::translate("lr::Bant", name);
    }
    return key;
}

} // namespace lr
