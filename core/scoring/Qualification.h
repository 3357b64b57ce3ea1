#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace lr {

/// Which of the three scores a rule adds to: who the lead is, what they did, when they buy.
enum class ScoreAxis { Fit, Intent, Timing };

/// Where a score puts a lead (requirements §3): SQL → hand to sales now, MQL → SDR touch and
/// nurture, Nurture → drip only, Disqualified → recycle later or archive.
enum class ScoreClass { Sql, Mql, Nurture, Disqualified };

/// The action matrix's recommended next step, stored on the lead.
enum class NextStep {
    HandOffNow,     ///< high fit + high intent + now
    NurtureContent, ///< high fit + low intent + now
    QualifyFit,     ///< low fit + high intent
    Drip,           ///< timing is later (or nothing stands out): drip, check again next quarter
    Recycle         ///< disqualified with nothing in its favour: recycle later or archive
};

QString toKey(ScoreAxis axis);
QString toKey(ScoreClass cls);
QString toKey(NextStep step);
std::optional<ScoreAxis> scoreAxisFromKey(const QString &key);
std::optional<ScoreClass> scoreClassFromKey(const QString &key);
std::optional<NextStep> nextStepFromKey(const QString &key);
/// Translated: "Fit", "SQL", "Hand to sales now".
QString displayName(ScoreAxis axis);
QString displayName(ScoreClass cls);
QString displayName(NextStep step);
const QList<ScoreAxis> &allScoreAxes();
const QList<ScoreClass> &allScoreClasses();

} // namespace lr
