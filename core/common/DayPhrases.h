#pragma once

#include "core/common/Words.h"

namespace lr {

/// A number of days with the words that govern its grammatical case ("for 5 days", "within
/// 7 days"), for a sentence that holds another number: a text has one %n, and "%2 days" reads
/// wrongly in Russian and Polish for most numbers. Each phrase is translated with its plural forms.
struct DayPhrases
{
    static Words within(int n);    ///< "within %n day(s)": a window ("page view ×2 within 7 days")
    static Words in(int n);        ///< "in %n day(s)": from now ("closes as lost in 3 days")
    static Words during(int n);    ///< "for %n day(s)": how long ("no answer for 5 days")
    static Words over(int n);      ///< "for over %n day(s)": longer than ("in Proposal for over 14 days")
    static Words moreThan(int n);  ///< "more than %n day(s)": a distance ("lies more than 180 days in the past")
    static Words last(int n);      ///< "last %n day(s)": a period's name ("(last 30 days)")
    static Words inTheLast(int n); ///< "in the last %n day(s)": within that period ("created in the last 7 days")
};

} // namespace lr
