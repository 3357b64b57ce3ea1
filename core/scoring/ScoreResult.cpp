#include "core/scoring/ScoreResult.h"

#include <QJsonObject>

namespace lr {

QJsonArray ScoreResult::linesToJson() const
{
    QJsonArray out;
    for (const ScoreLine &l : lines) {
        out.append(QJsonObject{{QStringLiteral("rule"), l.ruleId},
                               {QStringLiteral("name"), l.ruleName},
                               {QStringLiteral("axis"), toKey(l.axis)},
                               {QStringLiteral("points"), l.points},
                               {QStringLiteral("fact"), l.fact},
                               {QStringLiteral("at"), l.at}});
    }
    return out;
}

QList<ScoreLine> ScoreResult::linesFromJson(const QJsonArray &json)
{
    QList<ScoreLine> out;
    for (const QJsonValue &v : json) {
        const QJsonObject o = v.toObject();
        ScoreLine l;
        l.ruleId = o.value(QLatin1String("rule")).toString();
        l.ruleName = o.value(QLatin1String("name")).toString();
        l.axis = scoreAxisFromKey(o.value(QLatin1String("axis")).toString()).value_or(ScoreAxis::Fit);
        l.points = o.value(QLatin1String("points")).toInt();
        l.fact = o.value(QLatin1String("fact")).toString();
        l.at = static_cast<Instant>(o.value(QLatin1String("at")).toDouble());
        out.append(l);
    }
    return out;
}

} // namespace lr
