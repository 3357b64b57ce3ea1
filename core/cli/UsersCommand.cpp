#include "core/cli/UsersCommand.h"

#include "core/cli/ExitCode.h"
#include "core/cli/LeadExporter.h"
#include "core/store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimeZone>

namespace lr::cli {
namespace {

/// "de, AT" → {"DE", "AT"} (or lower case); empty + `bad` set when an item is not two letters.
QStringList codeList(const QString &text, bool upper, QString *bad)
{
    static const QRegularExpression twoLetters(QStringLiteral("^[A-Za-z]{2}$"));
    QStringList out;
    for (QString item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        item = item.trimmed();
        if (!twoLetters.match(item).hasMatch()) {
            *bad = item;
            return {};
        }
        out.append(upper ? item.toUpper() : item.toLower());
    }
    return out;
}

QString minutes(int m)
{
    return QStringLiteral("%1:%2").arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QSet<QString> UsersCommand::addOptions()
{
    return {QStringLiteral("name"),     QStringLiteral("email"),       QStringLiteral("role"),
            QStringLiteral("team"),     QStringLiteral("territories"), QStringLiteral("languages"),
            QStringLiteral("capacity"), QStringLiteral("timezone"),    QStringLiteral("segment")};
}

Result<User> UsersCommand::userFrom(const CommandLine &line)
{
    using R = Result<User>;
    User user;
    for (const char *required : {"name", "email", "role"}) {
        if (line.value(QString::fromLatin1(required)).trimmed().isEmpty())
            return R::failure(tr("\"users add\" needs --%1.").arg(QString::fromLatin1(required)));
    }
    user.name = line.value(QStringLiteral("name")).trimmed();
    user.email = line.value(QStringLiteral("email")).trimmed();
    const auto role = roleFromKey(line.value(QStringLiteral("role")).trimmed());
    if (!role)
        return R::failure(tr("--role is rep, manager or admin, not \"%1\".").arg(line.value(QStringLiteral("role"))));
    user.role = *role;

    QString bad;
    user.territories = codeList(line.value(QStringLiteral("territories")), true, &bad);
    if (!bad.isEmpty())
        return R::failure(tr("--territories takes two-letter country codes (DE,AT), not \"%1\".").arg(bad));
    user.languages = codeList(line.value(QStringLiteral("languages")), false, &bad);
    if (!bad.isEmpty())
        return R::failure(tr("--languages takes two-letter language codes (de,en), not \"%1\".").arg(bad));

    if (line.has(QStringLiteral("capacity"))) {
        bool ok = false;
        user.capacity = line.value(QStringLiteral("capacity")).toInt(&ok);
        if (!ok || user.capacity < 0 || user.capacity > 100000)
            return R::failure(tr("--capacity needs a whole number of open leads from 0 to 100000."));
    }
    if (line.has(QStringLiteral("timezone"))) {
        const QString zone = line.value(QStringLiteral("timezone")).trimmed();
        if (!QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
            return R::failure(tr("Unknown time zone \"%1\"; use an IANA name such as Europe/Berlin.").arg(zone));
        user.timeZone = zone;
    }
    if (line.has(QStringLiteral("segment"))) {
        user.segment = line.value(QStringLiteral("segment")).trimmed().toLower();
        static const QStringList segments{QStringLiteral("smb"), QStringLiteral("mid_market"),
                                          QStringLiteral("enterprise")};
        if (!segments.contains(user.segment))
            return R::failure(tr("--segment is smb, mid_market or enterprise, not \"%1\".").arg(user.segment));
    }
    return user;
}

QString UsersCommand::presence(const User &user) const
{
    if (!user.active)
        return tr("inactive");
    const Instant now = m_clock.now();
    for (const Absence &a : user.absences) {
        if (a.covers(now))
            return tr("out of office until %1").arg(LeadExporter::isoTime(a.endsAt).left(10));
    }
    return tr("active");
}

int UsersCommand::list(bool json, QTextStream &out)
{
    const QList<User> users = m_store.users.all();
    QHash<Id, QString> teams;
    for (const Team &t : m_store.teams.all())
        teams.insert(t.id, t.name);

    if (json) {
        QJsonArray array;
        for (const User &u : users) {
            QJsonArray absences;
            for (const Absence &a : u.absences) {
                absences.append(QJsonObject{{QStringLiteral("starts_at"), LeadExporter::isoTime(a.startsAt)},
                                            {QStringLiteral("ends_at"), LeadExporter::isoTime(a.endsAt)},
                                            {QStringLiteral("reason"), a.reason}});
            }
            array.append(QJsonObject{{QStringLiteral("id"), u.id},
                                     {QStringLiteral("name"), u.name},
                                     {QStringLiteral("email"), u.email},
                                     {QStringLiteral("role"), toKey(u.role)},
                                     {QStringLiteral("team"), teams.value(u.teamId)},
                                     {QStringLiteral("territories"), QJsonArray::fromStringList(u.territories)},
                                     {QStringLiteral("languages"), QJsonArray::fromStringList(u.languages)},
                                     {QStringLiteral("segment"), u.segment},
                                     {QStringLiteral("capacity"), u.capacity},
                                     {QStringLiteral("time_zone"), u.timeZone},
                                     {QStringLiteral("work_hours"),
                                      minutes(u.workStartMinute) + QLatin1Char('-') + minutes(u.workEndMinute)},
                                     {QStringLiteral("active"), u.active},
                                     {QStringLiteral("out_of_office"), u.isOutOfOffice(m_clock.now())},
                                     {QStringLiteral("absences"), absences}});
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }

    QList<QStringList> rows{{tr("ID"), tr("NAME"), tr("EMAIL"), tr("ROLE"), tr("TEAM"), tr("TERRITORIES"),
                             tr("LANGUAGES"), tr("CAPACITY"), tr("TIME ZONE"), tr("STATUS")}};
    for (const User &u : users) {
        const auto orDash = [](const QString &s) { return s.isEmpty() ? QStringLiteral("-") : s; };
        rows.append({QString::number(u.id), u.name, u.email, toKey(u.role), orDash(teams.value(u.teamId)),
                     orDash(u.territories.join(QLatin1Char(','))), orDash(u.languages.join(QLatin1Char(','))),
                     QString::number(u.capacity), u.timeZone, presence(u)});
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths.at(i), row.at(i).size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString text;
        for (int i = 0; i < row.size(); ++i)
            text += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        out << text << QLatin1Char('\n');
    }
    if (users.isEmpty())
        out << tr("No users yet. Add one with: leadrelayctl users add --name NAME --email EMAIL --role admin")
            << QLatin1Char('\n');
    return ExitSuccess;
}

int UsersCommand::add(User user, const QString &teamName, QTextStream &out, QTextStream &err)
{
    std::optional<Team> team;
    if (!teamName.trimmed().isEmpty()) {
        team = m_store.teams.findByName(teamName);
        if (!team) {
            QStringList known;
            for (const Team &t : m_store.teams.all())
                known.append(t.name);
            err << (known.isEmpty() ? tr("There is no team \"%1\"; the database has no teams yet.").arg(teamName)
                                    : tr("There is no team \"%1\". Known teams: %2.")
                                          .arg(teamName, known.join(QStringLiteral(", "))))
                << QLatin1Char('\n');
            return ExitFailure;
        }
        user.teamId = team->id;
    }
    user.createdAt = m_clock.now();
    const Result<Id> id = m_store.users.create(user);
    if (!id) {
        err << id.error() << QLatin1Char('\n');
        return ExitFailure;
    }
    out << tr("Added user %1: %2 <%3>, %4%5.")
               .arg(id.value())
               .arg(user.name, user.email, toKey(user.role), team ? tr(" in team %1").arg(team->name) : QString())
        << QLatin1Char('\n');
    if (team && user.role == Role::Manager && team->managerId == 0) {
        if (const Status s = m_store.teams.setManager(team->id, id.value()); !s) {
            err << s.error() << QLatin1Char('\n');
            return ExitFailure;
        }
        out << tr("%1 now manages the team %2.").arg(user.name, team->name) << QLatin1Char('\n');
    }
    return ExitSuccess;
}

} // namespace lr::cli
