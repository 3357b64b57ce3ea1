#include "core/scoring/Qualification.h"

#include "core/common/Translate.h"

#include <array>
#include <utility>

namespace lr {
namespace {

constexpr std::array<std::pair<ScoreAxis, const char *>, 3> kAxes{
    {{ScoreAxis::Fit, "fit"}, {ScoreAxis::Intent, "intent"}, {ScoreAxis::Timing, "timing"}}};
constexpr std::array<std::pair<ScoreClass, const char *>, 4> kClasses{{{ScoreClass::Sql, "sql"},
                                                                       {ScoreClass::Mql, "mql"},
                                                                       {ScoreClass::Nurture, "nurture"},
                                                                       {ScoreClass::Disqualified, "disqualified"}}};
constexpr std::array<std::pair<NextStep, const char *>, 5> kSteps{{{NextStep::HandOffNow, "hand_off_now"},
                                                                   {NextStep::NurtureContent, "nurture_content"},
                                                                   {NextStep::QualifyFit, "qualify_fit"},
                                                                   {NextStep::Drip, "drip"},
                                                                   {NextStep::Recycle, "recycle"}}};

template <typename E, std::size_t N>
QString keyOf(const std::array<std::pair<E, const char *>, N> &table, E v)
{
    for (const auto &[value, key] : table) {
        if (value == v)
            return QString::fromLatin1(key);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &key)
{
    for (const auto &[value, k] : table) {
        if (key == QLatin1String(k))
            return value;
    }
    return std::nullopt;
}

QString tr(const char *text)
{
    return translateCore("lr::Qualification", text);
}

} // namespace

QString toKey(ScoreAxis axis)
{
    return keyOf(kAxes, axis);
}
QString toKey(ScoreClass cls)
{
    return keyOf(kClasses, cls);
}
QString toKey(NextStep step)
{
    return keyOf(kSteps, step);
}
std::optional<ScoreAxis> scoreAxisFromKey(const QString &key)
{
    return valueOf(kAxes, key);
}
std::optional<ScoreClass> scoreClassFromKey(const QString &key)
{
    return valueOf(kClasses, key);
}
std::optional<NextStep> nextStepFromKey(const QString &key)
{
    return valueOf(kSteps, key);
}

QString displayName(ScoreAxis axis)
{
    switch (axis) {
    case ScoreAxis::Fit:
        return tr("Fit");
    case ScoreAxis::Intent:
        return tr("Intent");
    case ScoreAxis::Timing:
        return tr("Timing");
    }
    return {};
}

QString displayName(ScoreClass cls)
{
    switch (cls) {
    case ScoreClass::Sql:
        return tr("SQL");
    case ScoreClass::Mql:
        return tr("MQL");
    case ScoreClass::Nurture:
        return tr("Nurture");
    case ScoreClass::Disqualified:
        return tr("Disqualified");
    }
    return {};
}

QString displayName(NextStep step)
{
    switch (step) {
    case NextStep::HandOffNow:
        return tr("Hand to sales now");
    case NextStep::NurtureContent:
        return tr("Nurture with relevant content");
    case NextStep::QualifyFit:
        return tr("Qualify fit first");
    case NextStep::Drip:
        return tr("Drip; check again next quarter");
    case NextStep::Recycle:
        return tr("Recycle later or archive");
    }
    return {};
}

const QList<ScoreAxis> &allScoreAxes()
{
    static const QList<ScoreAxis> all{ScoreAxis::Fit, ScoreAxis::Intent, ScoreAxis::Timing};
    return all;
}

const QList<ScoreClass> &allScoreClasses()
{
    static const QList<ScoreClass> all{ScoreClass::Sql, ScoreClass::Mql, ScoreClass::Nurture, ScoreClass::Disqualified};
    return all;
}

} // namespace lr
