#pragma once

#include "core/common/Result.h"
#include "core/common/Words.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace lr {

/// The pipeline automation admins edit (rules document kind "pipeline_automation"; the shipped
/// defaults are the seed row of migration 013): the ghost-buster for stalled deals, the alert when
/// a deal outstays its stage's stale limit (Negotiation > 30 days), the check-in after a deal lost
/// for timing or budget, and the hand-off tasks and account review after a won deal.
struct PipelineRules
{
    Q_DECLARE_TR_FUNCTIONS(lr::PipelineRules)
    LR_DECLARE_WORDS(lr::PipelineRules)

public:
    static const QString Kind;

    struct GhostBuster
    {
        bool enabled = true;
        int unchangedDays = 30; ///< Deal not updated for this long …
        int silentDays = 14;    ///< … and no activity for this long → break-up task.
        int graceDays = 3;      ///< Still silent this long after the break-up → Closed Lost + nurture.
        QString lostReason = QStringLiteral("no_response");
    } ghostBuster;
    bool staleAlert = true;
    bool lostCheckIn = true;
    QHash<QString, int> checkInDays{{QStringLiteral("timing"), 90}, {QStringLiteral("budget"), 180}};
    bool wonFollowUp = true;
    QStringList handoffTasks{QStringLiteral("kickoff_call"), QStringLiteral("onboarding_handoff"),
                             QStringLiteral("billing_details")};
    int reviewAfterDays = 182;

    /// Reads a document; missing keys keep their defaults, out-of-range values are refused with a
    /// translated message (days 1–3650, a lost reason off the list, …).
    static Result<PipelineRules> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    /// The translated title of a hand-off task key ("kickoff_call" → "Kick-off call with the
    /// customer"); text that is no known key is returned as written.
    static QString handoffTitle(const QString &key);
    static Words handoffWords(const QString &key); ///< Untranslated, for the task the store keeps.
};

} // namespace lr
