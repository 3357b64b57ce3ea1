#include "core/common/DayPhrases.h"

#include <QCoreApplication>

namespace lr {
namespace {

constexpr const char *kContext = "lr::DayPhrases";

} // namespace

Words DayPhrases::within(int n)
{
    return Words(kContext, QT_TRANSLATE_N_NOOP("lr::DayPhrases", "within %n day(s)"), n);
}

Words DayPhrases::in(int n)
{
    return Words(kContext, QT_TRANSLATE_N_NOOP("lr::DayPhrases", "in %n day(s)"), n);
}

Words DayPhrases::during(int n)
{
    return Words(kContext, QT_TRANSLATE_N_NOOP("lr::DayPhrases", "for %n day(s)"), n);
}

Words DayPhrases::over(int n)
{
    return Words(kContext, QT_TRANSLATE_N_NOOP("lr::DayPhrases", "for over %n day(s)"), n);
}

Words DayPhrases::moreThan(int n)
{
    return Words(kContext, QT_TRANSLATE_N_NOOP("lr::DayPhrases", "more than %n day(s)"), n);
}

Words DayPhrases::last(int n)
{
    return Words(kContext, QT_TRANSLATE_N_NOOP("lr::DayPhrases", "last %n day(s)"), n);
}

Words DayPhrases::inTheLast(int n)
{
    return Words(kContext, QT_TRANSLATE_N_NOOP("lr::DayPhrases", "in the last %n day(s)"), n);
}

} // namespace lr
