#include "ui/Format.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace lr::ui {

QString Format::dateTime(Instant at, bool withSeconds)
{
    if (at == 0)
        return {};
    const QLocale locale;
    QString time = locale.timeFormat(withSeconds ? QLocale::LongFormat : QLocale::ShortFormat);
    // Some locales (C among them) put seconds even in the short format, and some a zone in the long one.
    static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
    static const QRegularExpression zone(QStringLiteral("\\s*t+"));
    time.remove(zone);
    if (!withSeconds)
        time.remove(seconds);
    else if (!time.contains(QLatin1String("ss")))
        time = locale.timeFormat(QLocale::ShortFormat);
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(at).toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + locale.toString(local.time(), time);
}

QString Format::date(Instant at)
{
    if (at == 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at).toLocalTime().date(), QLocale::ShortFormat);
}

QString Format::relative(Instant at, Instant now)
{
    const qint64 delta = now - at;
    const qint64 distance = std::llabs(delta);
    const bool past = delta >= 0;
    if (distance < kMinuteMs)
        return tr("just now");
    if (distance < kHourMs) {
        const int n = static_cast<int>(distance / kMinuteMs);
        return past ? tr("%n min ago", nullptr, n) : tr("in %n min", nullptr, n);
    }
    if (distance < kDayMs) {
        const int n = static_cast<int>(distance / kHourMs);
        return past ? tr("%n h ago", nullptr, n) : tr("in %n h", nullptr, n);
    }
    const QDate atDay = QDateTime::fromMSecsSinceEpoch(at).toLocalTime().date();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now).toLocalTime().date();
    const qint64 days = atDay.daysTo(today);
    if (days == 1)
        return tr("yesterday");
    if (days == -1)
        return tr("tomorrow");
    if (days > 1 && days < 7)
        return tr("%n days ago", nullptr, static_cast<int>(days));
    if (days < -1 && days > -7)
        return tr("in %n days", nullptr, static_cast<int>(-days));
    return date(at);
}

QString Format::duration(qint64 ms)
{
    if (ms < kMinuteMs)
        return tr("%n s", nullptr, static_cast<int>(ms / kSecondMs));
    if (ms < kHourMs)
        return tr("%n min", nullptr, static_cast<int>(ms / kMinuteMs));
    if (ms < kDayMs) {
        const int hours = static_cast<int>(ms / kHourMs);
        const int minutes = static_cast<int>((ms % kHourMs) / kMinuteMs);
        return minutes == 0 ? tr("%n h", nullptr, hours) : tr("%1 h %2 min").arg(hours).arg(minutes);
    }
    const int days = static_cast<int>(ms / kDayMs);
    return days == 1 ? tr("%n day", nullptr, days) : tr("%n days", nullptr, days);
}

QString Format::leadCount(qint64 count)
{
    // Two source strings so that English reads "1 lead" / "2 leads" without an English catalogue;
    // both are numerus forms, so translators give every plural form of their language.
    const int n = static_cast<int>(std::min<qint64>(count, std::numeric_limits<int>::max()));
    return n == 1 ? tr("%Ln lead", nullptr, n) : tr("%Ln leads", nullptr, n);
}

QString Format::missing()
{
    return QStringLiteral("—");
}

} // namespace lr::ui
