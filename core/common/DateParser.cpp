#include "core/common/DateParser.h"

#include <QDateTime>
#include <QRegularExpression>

namespace lr {
namespace {

std::optional<Instant> fromParts(int year, int month, int day, int hour, int minute, int second)
{
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid() || year < 1900 || year > 2200)
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
}

/// The hour of "h:mm AM/PM" on a 24-hour clock; -1 when it cannot be one.
int hourOfDay(int hour, const QString &ampm)
{
    if (ampm.isEmpty())
        return hour;
    if (hour < 1 || hour > 12)
        return -1;
    return (hour % 12) + (ampm.compare(QLatin1String("PM"), Qt::CaseInsensitive) == 0 ? 12 : 0);
}

/// 1–12 for an English month name or its abbreviation ("Mar", "March", "Sept"), else 0.
int monthNumber(const QString &name)
{
    static const QStringList months = QStringLiteral("january february march april may june july august september "
                                                     "october november december")
                                          .split(QLatin1Char(' '));
    const QString lower = name.toLower();
    if (lower == QLatin1String("sept"))
        return 9;
    for (int i = 0; i < 12; ++i) {
        if (lower == months.at(i) || lower == months.at(i).left(3))
            return i + 1;
    }
    return 0;
}

} // namespace

std::optional<Instant> parseInstant(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return std::nullopt;

    // ISO 8601 (with or without time, T or space, with Z or an offset).
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T "
                       "](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = iso.match(text); m.hasMatch()) {
        auto base = fromParts(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                              m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        if (!base)
            return std::nullopt;
        const QString fraction = m.captured(7);
        if (!fraction.isEmpty())
            *base += fraction.left(3).leftJustified(3, QLatin1Char('0')).toInt();
        const QString offset = m.captured(8);
        if (!offset.isEmpty() && offset.compare(QLatin1String("z"), Qt::CaseInsensitive) != 0) {
            const QString digits = QString(offset).remove(QLatin1Char(':'));
            const int sign = digits.startsWith(QLatin1Char('-')) ? -1 : 1;
            const int minutes = digits.mid(1, 2).toInt() * 60 + digits.mid(3, 2).toInt();
            *base -= sign * minutes * kMinuteMs;
        }
        return base;
    }

    // M/D/YYYY (US, as HubSpot and Salesforce export it) or D/M/YYYY when unambiguous; D.M.YYYY.
    static const QRegularExpression local(
        QStringLiteral(
            "^(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?:[ T,]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AP]M)?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = local.match(text); m.hasMatch()) {
        int a = m.captured(1).toInt();
        int b = m.captured(3).toInt();
        int year = m.captured(4).toInt();
        if (m.captured(4).size() == 2)
            year += 2000;
        int month = a;
        int day = b;
        if (m.captured(2) == QLatin1String(".") || a > 12)
            std::swap(month, day);
        int hour = m.captured(5).toInt();
        const QString ampm = m.captured(8).toUpper();
        if (!ampm.isEmpty()) {
            if (hour < 1 || hour > 12)
                return std::nullopt;
            hour = (hour % 12) + (ampm == QLatin1String("PM") ? 12 : 0);
        }
        return fromParts(year, month, day, hour, m.captured(6).toInt(), m.captured(7).toInt());
    }

    // YYYY/MM/DD, as East Asian and some Excel locales write it.
    static const QString time = QStringLiteral("(?:[ T,]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AP]M)?)?$");
    static const QRegularExpression slashedIso(QStringLiteral("^(\\d{4})/(\\d{1,2})/(\\d{1,2})") + time,
                                               QRegularExpression::CaseInsensitiveOption);
    if (const auto m = slashedIso.match(text); m.hasMatch()) {
        const int hour = hourOfDay(m.captured(4).toInt(), m.captured(7));
        if (hour < 0)
            return std::nullopt;
        return fromParts(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), hour,
                         m.captured(5).toInt(), m.captured(6).toInt());
    }
    // Month names, as Salesforce and Excel write them: "Mar 21, 2024", "21 March 2024", "15-Mar-2024".
    static const QRegularExpression monthFirst(QStringLiteral("^([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})") +
                                                   time,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?,?[\\s-]+(\\d{4}|\\d{2})") + time,
        QRegularExpression::CaseInsensitiveOption);
    for (const bool monthIsFirst : {true, false}) {
        const auto m = (monthIsFirst ? monthFirst : dayFirst).match(text);
        if (!m.hasMatch())
            continue;
        const int month = monthNumber(m.captured(monthIsFirst ? 1 : 2));
        const int day = m.captured(monthIsFirst ? 2 : 1).toInt();
        int year = m.captured(3).toInt();
        if (m.captured(3).size() == 2)
            year += 2000;
        const int hour = hourOfDay(m.captured(4).toInt(), m.captured(7));
        if (month == 0 || hour < 0)
            return std::nullopt;
        return fromParts(year, month, day, hour, m.captured(5).toInt(), m.captured(6).toInt());
    }

    // Epoch seconds (10 digits) or milliseconds (13 digits).
    static const QRegularExpression epoch(QStringLiteral("^\\d{10}(\\d{3})?$"));
    if (epoch.match(text).hasMatch()) {
        const qint64 n = text.toLongLong();
        return text.size() == 10 ? n * 1000 : n;
    }
    return std::nullopt;
}

QString toIsoUtc(Instant t)
{
    return QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
}

} // namespace lr
