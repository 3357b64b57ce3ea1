#include "core/pipeline/DealFields.h"

#include "core/common/DayPhrases.h"
#include "core/hygiene/EmailValidator.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace lr {

const QString DealFields::Value = QStringLiteral("value");
const QString DealFields::Currency = QStringLiteral("currency");
const QString DealFields::ExpectedClose = QStringLiteral("expected_close");
const QString DealFields::DecisionMaker = QStringLiteral("decision_maker");
const QString DealFields::VatId = QStringLiteral("vat_id");
const QString DealFields::BillingEmail = QStringLiteral("billing_email");
const QString DealFields::LostReason = QStringLiteral("lost_reason");
const QString DealFields::NextStep = QStringLiteral("next_step");
const QString DealFields::Title = QStringLiteral("title");

const QStringList &DealFields::keys()
{
    static const QStringList all{Value,      Currency,      DecisionMaker, VatId, BillingEmail,
                                 LostReason, ExpectedClose, NextStep,      Title};
    return all;
}

Words DealFields::labelWords(const QString &key)
{
    if (key == Value)
        return words(QT_TR_NOOP("Value"));
    if (key == Currency)
        return words(QT_TR_NOOP("Currency"));
    if (key == ExpectedClose)
        return words(QT_TR_NOOP("Expected close date"));
    if (key == DecisionMaker)
        return words(QT_TR_NOOP("Decision maker"));
    if (key == VatId)
        return words(QT_TR_NOOP("VAT / company ID"));
    if (key == BillingEmail)
        return words(QT_TR_NOOP("Billing email"));
    if (key == LostReason)
        return words(QT_TR_NOOP("Lost reason"));
    if (key == NextStep)
        return words(QT_TR_NOOP("Next step"));
    if (key == Title)
        return words(QT_TR_NOOP("Title"));
    return Words::plain(key);
}

QString DealFields::label(const QString &key)
{
    return labelWords(key).text();
}

bool DealFields::isSet(const Deal &deal, const QString &key)
{
    if (key == Value)
        return deal.valueCents > 0;
    if (key == ExpectedClose)
        return deal.expectedCloseAt > 0;
    if (key == LostReason)
        return LostReasons::isKnown(deal.lostReason);
    return !text(deal, key).trimmed().isEmpty();
}

QString DealFields::text(const Deal &deal, const QString &key)
{
    if (key == Value)
        return deal.valueCents ? QString::number(static_cast<double>(deal.valueCents) / 100.0, 'f', 2) : QString();
    if (key == Currency)
        return deal.currency;
    if (key == ExpectedClose)
        return deal.expectedCloseAt
                   ? QDateTime::fromMSecsSinceEpoch(deal.expectedCloseAt, Qt::UTC).date().toString(Qt::ISODate)
                   : QString();
    if (key == DecisionMaker)
        return deal.decisionMaker;
    if (key == VatId)
        return deal.vatId;
    if (key == BillingEmail)
        return deal.billingEmail;
    if (key == LostReason)
        return deal.lostReason;
    if (key == NextStep)
        return deal.nextStep;
    if (key == Title)
        return deal.title;
    return {};
}

bool DealFields::closeDateIsDistantPast(const Deal &deal, Instant now)
{
    return deal.expectedCloseAt > 0 && deal.expectedCloseAt < now - kDistantPastDays * kDayMs;
}

Status DealFields::set(Deal &deal, const QString &key, const QString &raw, Instant now, bool open)
{
    const QString value = raw.trimmed();
    if (key == Value) {
        QString number = value;
        number.remove(QLatin1Char(' ')).remove(QLatin1Char('_'));
        bool ok = false;
        double amount = QLocale::c().toDouble(number, &ok);
        if (!ok)
            amount = QLocale().toDouble(number, &ok);
        if (!ok || !std::isfinite(amount))
            return Status::failure(tr("The value \"%1\" is not a number; write it like 12500 or 12500.50.").arg(raw));
        if (amount < 0)
            return Status::failure(tr("A deal's value cannot be negative (%1).").arg(raw));
        if (amount > 1e13)
            return Status::failure(tr("The value %1 is too large.").arg(raw));
        deal.valueCents = qRound64(amount * 100.0);
        return {};
    }
    if (key == Currency) {
        static const QRegularExpression code(QStringLiteral("^[A-Za-z]{3}$"));
        if (!code.match(value).hasMatch())
            return Status::failure(tr("A currency is a three-letter code such as EUR, not \"%1\".").arg(raw));
        deal.currency = value.toUpper();
        return {};
    }
    if (key == ExpectedClose) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid())
            return Status::failure(tr("The expected close date \"%1\" is not a date; write YYYY-MM-DD.").arg(raw));
        Deal candidate = deal;
        candidate.expectedCloseAt = QDateTime(date, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        if (open && closeDateIsDistantPast(candidate, now)) {
            return Status::failure(tr("The expected close date %1 lies %2 in the past; an open deal needs a date "
                                      "it can still close on.")
                                       .arg(value, DayPhrases::moreThan(kDistantPastDays).text()));
        }
        deal.expectedCloseAt = candidate.expectedCloseAt;
        return {};
    }
    if (key == BillingEmail) {
        const EmailCheck check = EmailValidator().check(value);
        if (check.verdict == EmailCheck::Verdict::Missing || check.verdict == EmailCheck::Verdict::Malformed)
            return Status::failure(tr("The billing email \"%1\" is not a valid address.").arg(raw));
        deal.billingEmail = check.address;
        return {};
    }
    if (key == LostReason) {
        const QString reason = value.toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
        if (!LostReasons::isKnown(reason)) {
            return Status::failure(tr("The lost reason \"%1\" is not on the list: %2.")
                                       .arg(raw, LostReasons::keys().join(QStringLiteral(", "))));
        }
        deal.lostReason = reason;
        return {};
    }
    if (key == Title) {
        if (value.isEmpty())
            return Status::failure(tr("A deal needs a title."));
        deal.title = value;
        return {};
    }
    if (key == DecisionMaker)
        deal.decisionMaker = value;
    else if (key == VatId)
        deal.vatId = value;
    else if (key == NextStep)
        deal.nextStep = value;
    else
        return Status::failure(
            tr("Unknown deal field \"%1\"; known fields: %2.").arg(key, keys().join(QStringLiteral(", "))));
    return {};
}

const QStringList &LostReasons::keys()
{
    static const QStringList all{QStringLiteral("timing"), QStringLiteral("budget"),      QStringLiteral("competitor"),
                                 QStringLiteral("no_fit"), QStringLiteral("no_response"), QStringLiteral("other")};
    return all;
}

Words LostReasons::displayWords(const QString &key)
{
    if (key == QLatin1String("timing"))
        return words(QT_TR_NOOP("Timing"));
    if (key == QLatin1String("budget"))
        return words(QT_TR_NOOP("Budget"));
    if (key == QLatin1String("competitor"))
        return words(QT_TR_NOOP("Competitor"));
    if (key == QLatin1String("no_fit"))
        return words(QT_TR_NOOP("No fit"));
    if (key == QLatin1String("no_response"))
        return words(QT_TR_NOOP("No response"));
    if (key == QLatin1String("other"))
        return words(QT_TR_NOOP("Other"));
    return Words::plain(key);
}

QString LostReasons::displayName(const QString &key)
{
    return displayWords(key).text();
}

} // namespace lr
