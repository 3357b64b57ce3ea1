#pragma once

#include <QString>
#include <QStringList>

namespace lr {

/// Budget, authority, need, timeline: what a rep learned talking to the lead. Stored on the lead,
/// editable in the lead detail, and read by scoring rules (fields budget, authority, need,
/// timeline). Values are short keys; the suggested ones are listed below, any text is kept.
struct Bant
{
    QString budget;    ///< approved, planned, none
    QString authority; ///< decision_maker, influencer, user
    QString need;      ///< confirmed, exploring, none
    QString timeline;  ///< now, this_quarter, next_quarter, later

    static const QStringList &budgetKeys();
    static const QStringList &authorityKeys();
    static const QStringList &needKeys();
    static const QStringList &timelineKeys();
    /// Translated label of a suggested key ("this_quarter" → "This quarter"); the key itself otherwise.
    static QString displayName(const QString &key);

    bool operator==(const Bant &) const = default;
};

} // namespace lr
