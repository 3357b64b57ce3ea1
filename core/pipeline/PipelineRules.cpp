#include "core/pipeline/PipelineRules.h"

#include "core/pipeline/DealFields.h"

#include <QJsonArray>

namespace lr {

const QString PipelineRules::Kind = QStringLiteral("pipeline_automation");

namespace {

bool readDays(const QJsonObject &o, const QString &key, int &out, QString &error)
{
    if (!o.contains(key))
        return true;
    const int days = o.value(key).toInt(-1);
    if (days < 1 || days > 3650) {
        error = PipelineRules::tr("\"%1\" must be a number of days from 1 to 3650.").arg(key);
        return false;
    }
    out = days;
    return true;
}

} // namespace

Words PipelineRules::handoffWords(const QString &key)
{
    if (key == QLatin1String("kickoff_call"))
        return words(QT_TR_NOOP("Kick-off call with the customer"));
    if (key == QLatin1String("onboarding_handoff"))
        return words(QT_TR_NOOP("Hand the account over to onboarding"));
    if (key == QLatin1String("billing_details"))
        return words(QT_TR_NOOP("Send the invoice details to billing"));
    return Words::plain(key);
}

QString PipelineRules::handoffTitle(const QString &key)
{
    return handoffWords(key).text();
}

Result<PipelineRules> PipelineRules::fromJson(const QJsonObject &json)
{
    using R = Result<PipelineRules>;
    PipelineRules rules;
    QString error;
    const QJsonObject ghost = json.value(QStringLiteral("ghost_buster")).toObject();
    rules.ghostBuster.enabled = ghost.value(QStringLiteral("enabled")).toBool(rules.ghostBuster.enabled);
    if (!readDays(ghost, QStringLiteral("unchanged_days"), rules.ghostBuster.unchangedDays, error) ||
        !readDays(ghost, QStringLiteral("silent_days"), rules.ghostBuster.silentDays, error) ||
        !readDays(ghost, QStringLiteral("grace_days"), rules.ghostBuster.graceDays, error)) {
        return R::failure(error);
    }
    if (ghost.contains(QStringLiteral("lost_reason"))) {
        const QString reason = ghost.value(QStringLiteral("lost_reason")).toString();
        if (!LostReasons::isKnown(reason)) {
            return R::failure(tr("The ghost-buster's lost reason \"%1\" is not on the list: %2.")
                                  .arg(reason, LostReasons::keys().join(QStringLiteral(", "))));
        }
        rules.ghostBuster.lostReason = reason;
    }
    rules.staleAlert =
        json.value(QStringLiteral("negotiation_alert")).toObject().value(QStringLiteral("enabled")).toBool(true);
    const QJsonObject lost = json.value(QStringLiteral("lost_check_in")).toObject();
    rules.lostCheckIn = lost.value(QStringLiteral("enabled")).toBool(true);
    if (lost.contains(QStringLiteral("days"))) {
        rules.checkInDays.clear();
        const QJsonObject days = lost.value(QStringLiteral("days")).toObject();
        for (auto it = days.constBegin(); it != days.constEnd(); ++it) {
            if (!LostReasons::isKnown(it.key())) {
                return R::failure(tr("The check-in reason \"%1\" is not on the list: %2.")
                                      .arg(it.key(), LostReasons::keys().join(QStringLiteral(", "))));
            }
            int d = 0;
            if (!readDays(days, it.key(), d, error))
                return R::failure(error);
            rules.checkInDays.insert(it.key(), d);
        }
    }
    const QJsonObject won = json.value(QStringLiteral("won")).toObject();
    rules.wonFollowUp = won.value(QStringLiteral("enabled")).toBool(true);
    if (won.contains(QStringLiteral("handoff_tasks"))) {
        rules.handoffTasks.clear();
        for (const QJsonValue &v : won.value(QStringLiteral("handoff_tasks")).toArray()) {
            if (!v.toString().trimmed().isEmpty())
                rules.handoffTasks.append(v.toString().trimmed());
        }
    }
    if (!readDays(won, QStringLiteral("review_after_days"), rules.reviewAfterDays, error))
        return R::failure(error);
    return rules;
}

QJsonObject PipelineRules::toJson() const
{
    QJsonObject days;
    for (auto it = checkInDays.constBegin(); it != checkInDays.constEnd(); ++it)
        days.insert(it.key(), it.value());
    return {
        {QStringLiteral("ghost_buster"), QJsonObject{{QStringLiteral("enabled"), ghostBuster.enabled},
                                                     {QStringLiteral("unchanged_days"), ghostBuster.unchangedDays},
                                                     {QStringLiteral("silent_days"), ghostBuster.silentDays},
                                                     {QStringLiteral("grace_days"), ghostBuster.graceDays},
                                                     {QStringLiteral("lost_reason"), ghostBuster.lostReason}}},
        {QStringLiteral("negotiation_alert"), QJsonObject{{QStringLiteral("enabled"), staleAlert}}},
        {QStringLiteral("lost_check_in"),
         QJsonObject{{QStringLiteral("enabled"), lostCheckIn}, {QStringLiteral("days"), days}}},
        {QStringLiteral("won"), QJsonObject{{QStringLiteral("enabled"), wonFollowUp},
                                            {QStringLiteral("handoff_tasks"), QJsonArray::fromStringList(handoffTasks)},
                                            {QStringLiteral("review_after_days"), reviewAfterDays}}}};
}

} // namespace lr
