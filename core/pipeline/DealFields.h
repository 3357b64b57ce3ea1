#pragma once

#include "core/common/Result.h"
#include "core/common/Words.h"
#include "core/domain/Deal.h"

#include <QCoreApplication>
#include <QStringList>

namespace lr {

/// The deal fields a stage move may require or set, by stable key ("value", "decision_maker", …),
/// with their translated labels and their validation. Used by the service, the CLI (--set
/// field=value) and the exit-criteria dialog alike.
class DealFields final
{
    Q_DECLARE_TR_FUNCTIONS(lr::DealFields)
    LR_DECLARE_WORDS(lr::DealFields)

public:
    DealFields() = delete;

    static const QString Value;
    static const QString Currency;
    static const QString ExpectedClose;
    static const QString DecisionMaker;
    static const QString VatId;
    static const QString BillingEmail;
    static const QString LostReason;
    static const QString NextStep;
    static const QString Title;

    /// Every key --set accepts, in display order.
    static const QStringList &keys();
    static bool isKnown(const QString &key) { return keys().contains(key); }
    /// "Value", "Decision maker", … (translated).
    static QString label(const QString &key);
    static Words labelWords(const QString &key); ///< Untranslated, for text the store keeps.
    /// Whether `deal` has a usable value for `key` (a value above zero, a non-empty text, …).
    static bool isSet(const Deal &deal, const QString &key);
    /// The field's current value as text, as set() accepts it.
    static QString text(const Deal &deal, const QString &key);
    /// Parses `text` and writes it into `deal`; a translated message when it is not acceptable
    /// (negative or unreadable value, malformed billing email, a lost reason off the list, a date
    /// that is not YYYY-MM-DD, an expected close more than kDistantPastDays before `now` while
    /// `open`).
    static Status set(Deal &deal, const QString &key, const QString &text, Instant now, bool open);

    /// An open deal whose expected close lies more than this many days back needs a new date.
    static constexpr int kDistantPastDays = 180;
    static bool closeDateIsDistantPast(const Deal &deal, Instant now);
};

/// Why a deal was lost: the fixed list Closed Lost asks for.
class LostReasons final
{
    Q_DECLARE_TR_FUNCTIONS(lr::LostReasons)
    LR_DECLARE_WORDS(lr::LostReasons)

public:
    LostReasons() = delete;
    /// timing, budget, competitor, no_fit, no_response, other.
    static const QStringList &keys();
    static bool isKnown(const QString &key) { return keys().contains(key); }
    /// The translated name of a key; free text stored before the list existed is returned as is.
    static QString displayName(const QString &key);
    static Words displayWords(const QString &key); ///< Untranslated, for text the store keeps.
};

} // namespace lr
