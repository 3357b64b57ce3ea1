#include "core/demo/DemoSalesOrg.h"

#include "core/demo/DemoContext.h"
#include "core/store/Store.h"

namespace lr {
namespace {

constexpr int kEnterpriseEmployees = 500;

struct UserSpec
{
    const char16_t *name;
    const char *email;
    Role role;
    int team; ///< Index into the team list, -1 for none.
    const char *territories;
    const char *languages;
    const char *segment;
    int capacity;
    const char *timeZone;
    int workStartMinute;
    int workEndMinute;
};

// Capacities sit above the open leads the demo history leaves with each rep (about 60–120 new,
// attempting or connected), so today's leads route to reps; only an absence or a rule falls back
// to a manager, as in a healthy team.
const UserSpec kUsers[] = {
    {u"Alex Morgan", "alex.morgan", Role::Admin, -1, "", "en,de", "", 0, "Europe/Berlin", 9 * 60, 18 * 60},
    {u"Mia Keller", "mia.keller", Role::Manager, 0, "DE,AT,CH,PL,BG,RO", "de,en", "", 20, "Europe/Berlin", 8 * 60,
     17 * 60},
    {u"Daniel Brooks", "daniel.brooks", Role::Manager, 1, "US,CA", "en", "", 20, "America/New_York", 9 * 60, 18 * 60},
    {u"Hans Becker", "hans.becker", Role::Rep, 0, "DE,AT,CH", "de,en", "mid_market", 160, "Europe/Berlin", 8 * 60,
     17 * 60},
    {u"Lena Vogel", "lena.vogel", Role::Rep, 0, "DE,AT", "de,en", "smb", 150, "Europe/Vienna", 9 * 60, 18 * 60},
    {u"Ivan Petrov", "ivan.petrov", Role::Rep, 0, "BG", "bg,ru,en", "smb", 120, "Europe/Sofia", 9 * 60, 18 * 60},
    {u"Maria Georgieva", "maria.georgieva", Role::Rep, 0, "BG,RO", "bg,en", "mid_market", 140, "Europe/Sofia", 9 * 60,
     18 * 60},
    {u"Łukasz Kowalski", "lukasz.kowalski", Role::Rep, 0, "PL", "pl,en", "mid_market", 130, "Europe/Warsaw", 8 * 60,
     16 * 60},
    {u"Agnieszka Wiśniewska", "agnieszka.wisniewska", Role::Rep, 0, "PL", "pl,ru,en", "smb", 120, "Europe/Warsaw",
     8 * 60 + 30, 16 * 60 + 30},
    {u"Jake Miller", "jake.miller", Role::Rep, 1, "US,CA", "en", "enterprise", 140, "America/New_York", 8 * 60,
     17 * 60},
    {u"Sofia Ramirez", "sofia.ramirez", Role::Rep, 1, "US", "en,es", "smb", 160, "America/Chicago", 8 * 60, 17 * 60},
};

Instant startOfDay(Instant t)
{
    return t - (t % kDayMs);
}

} // namespace

void DemoSalesOrg::create()
{
    const Instant founded = m_ctx.now - (m_ctx.options.days + 240) * kDayMs;
    const Instant today = startOfDay(m_ctx.now);

    Team europe;
    europe.name = QStringLiteral("Europe");
    europe.territories = QStringList{QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH"),
                                     QStringLiteral("PL"), QStringLiteral("BG"), QStringLiteral("RO")};
    europe.createdAt = founded;
    Team america;
    america.name = QStringLiteral("North America");
    america.territories = QStringList{QStringLiteral("US"), QStringLiteral("CA")};
    america.createdAt = founded;
    for (Team team : {europe, america}) {
        team.id = m_ctx.take(m_ctx.store.teams.create(team));
        m_teams.append(team);
        ++m_ctx.summary.teams;
    }

    for (const UserSpec &spec : kUsers) {
        User u;
        u.name = QString::fromUtf16(spec.name);
        u.email = QString::fromLatin1(spec.email) + QStringLiteral("@leadrelay.example");
        u.role = spec.role;
        u.teamId = spec.team >= 0 ? m_teams.value(spec.team).id : 0;
        u.territories = QString::fromLatin1(spec.territories).split(QLatin1Char(','), Qt::SkipEmptyParts);
        u.languages = QString::fromLatin1(spec.languages).split(QLatin1Char(','), Qt::SkipEmptyParts);
        u.segment = QString::fromLatin1(spec.segment);
        u.capacity = spec.capacity;
        u.timeZone = QString::fromLatin1(spec.timeZone);
        u.workStartMinute = spec.workStartMinute;
        u.workEndMinute = spec.workEndMinute;
        u.createdAt = founded + m_users.size() * kDayMs;
        if (u.email.startsWith(QLatin1String("hans.becker")))
            u.absences.append(
                {today - 4 * kDayMs, today + 10 * kDayMs, demoText(QT_TRANSLATE_NOOP("lr::DemoText", "Holiday"))});
        else if (u.email.startsWith(QLatin1String("lena.vogel")))
            u.absences.append(
                {today - 40 * kDayMs, today - 38 * kDayMs, demoText(QT_TRANSLATE_NOOP("lr::DemoText", "Sick leave"))});
        else if (u.email.startsWith(QLatin1String("sofia.ramirez")))
            u.absences.append(
                {today - 26 * kDayMs, today - 19 * kDayMs, demoText(QT_TRANSLATE_NOOP("lr::DemoText", "Vacation"))});
        u.id = m_ctx.take(m_ctx.store.users.create(u));
        m_users.append(u);
        ++m_ctx.summary.users;
        if (u.role == Role::Manager && u.teamId)
            m_ctx.check(m_ctx.store.teams.setManager(u.teamId, u.id));
    }
    for (Team &team : m_teams) {
        for (const User &u : std::as_const(m_users)) {
            if (u.role == Role::Manager && u.teamId == team.id)
                team.managerId = u.id;
        }
    }
}

const User *DemoSalesOrg::user(Id id) const
{
    for (const User &u : m_users) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

QList<const User *> DemoSalesOrg::coveringReps(const QString &country) const
{
    QList<const User *> out;
    for (const User &u : m_users) {
        if (u.role == Role::Rep && u.active && u.territories.contains(country))
            out.append(&u);
    }
    return out;
}

DemoAssignment DemoSalesOrg::route(const QString &country, int employees, Instant at)
{
    const QList<const User *> covering = coveringReps(country);
    const bool enterprise = employees > kEnterpriseEmployees;
    QList<const User *> segmentFit;
    for (const User *u : covering) {
        if ((u->segment == QLatin1String("enterprise")) == enterprise)
            segmentFit.append(u);
    }
    const QList<const User *> &pool = segmentFit.isEmpty() ? covering : segmentFit;

    QList<const User *> available;
    QStringList away;
    for (const User *u : pool) {
        if (u->isOutOfOffice(at))
            away.append(u->name);
        else
            available.append(u);
    }
    if (available.isEmpty()) {
        // Everyone of the segment is away: any rep of the territory before the manager.
        for (const User *u : covering) {
            if (!u->isOutOfOffice(at) && !pool.contains(u))
                available.append(u);
        }
    }

    if (available.isEmpty()) {
        for (const Team &team : std::as_const(m_teams)) {
            if (team.territories.contains(country) && team.managerId) {
                const User *manager = user(team.managerId);
                // Kept untranslated, as routing keeps its reasons.
                const QString why =
                    (away.isEmpty() ? words(QT_TR_NOOP("No rep covers %1 → team manager (fallback)"), {country})
                                    : words(QT_TR_NOOP("%1 out of office → team manager (fallback)"),
                                            {away.join(QStringLiteral(", "))}))
                        .toStored();
                return {manager->id, manager->name, why};
            }
        }
        const User &admin = m_users.first();
        return {admin.id, admin.name, words(QT_TR_NOOP("No team covers %1 → fallback owner"), {country}).toStored()};
    }

    const QString key = country + (enterprise ? QStringLiteral(":enterprise") : QString());
    int &turn = m_roundRobin[key];
    const User *chosen = available.at(turn % available.size());
    ++turn;
    Words reason; // kept untranslated in the lead_assigned event, as routing keeps it
    if (enterprise && chosen->segment == QLatin1String("enterprise"))
        reason = words(QT_TR_NOOP("Enterprise segment (%1 employees) → enterprise AE"), {QString::number(employees)});
    else if (available.size() > 1)
        reason = words(QT_TR_NOOP("Territory %1 → round robin"), {country});
    else
        reason = words(QT_TR_NOOP("Territory %1"), {country});
    if (!away.isEmpty())
        reason += words(QT_TR_NOOP("(skipped %1: out of office)"), {away.join(QStringLiteral(", "))});
    return {chosen->id, chosen->name, reason.toStored()};
}

} // namespace lr
