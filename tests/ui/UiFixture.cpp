#include "tests/ui/UiFixture.h"

#include "core/store/Transaction.h"
#include "tests/support/TestSupport.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QSettings>
#include <QTest>

#include <stdexcept>

namespace lr::test {
namespace {

template <typename T>
T valueOrThrow(Result<T> result)
{
    if (!result.ok())
        throw std::runtime_error(result.error().toStdString());
    return std::move(result).value();
}

User makeUser(Store &store, const QString &name, Role role, Id teamId, bool active = true)
{
    User u;
    u.name = name;
    u.email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@leadrelay.test");
    u.role = role;
    u.teamId = teamId;
    u.territories = {QStringLiteral("PL"), QStringLiteral("BG")};
    u.languages = {QStringLiteral("en"), QStringLiteral("pl")};
    u.capacity = role == Role::Rep ? 40 : 10;
    u.active = active;
    u.createdAt = kTestStart - 400 * kDayMs;
    u.id = valueOrThrow(store.users.create(u));
    return u;
}

Team makeTeam(Store &store, const QString &name, const QStringList &territories)
{
    Team t;
    t.name = name;
    t.territories = territories;
    t.createdAt = kTestStart - 500 * kDayMs;
    t.id = valueOrThrow(store.teams.create(t));
    return t;
}

} // namespace

SalesOrg createSalesOrg(Store &store)
{
    SalesOrg org;
    org.north = makeTeam(store, QStringLiteral("North"), {QStringLiteral("PL"), QStringLiteral("DE")});
    org.south = makeTeam(store, QStringLiteral("South"), {QStringLiteral("BG"), QStringLiteral("RO")});
    org.admin = makeUser(store, QStringLiteral("Ada Admin"), Role::Admin, 0);
    org.northManager = makeUser(store, QStringLiteral("Nina Manager"), Role::Manager, org.north.id);
    org.anna = makeUser(store, QStringLiteral("Anna Nowak"), Role::Rep, org.north.id);
    org.boris = makeUser(store, QStringLiteral("Boris Ivanov"), Role::Rep, org.north.id);
    org.southManager = makeUser(store, QStringLiteral("Stefan Manager"), Role::Manager, org.south.id);
    org.carla = makeUser(store, QStringLiteral("Carla Petrova"), Role::Rep, org.south.id);
    org.inactive = makeUser(store, QStringLiteral("Ivo Former"), Role::Rep, org.south.id, false);
    store.teams.setManager(org.north.id, org.northManager.id);
    store.teams.setManager(org.south.id, org.southManager.id);
    return org;
}

QList<Lead> createLeads(Store &store, const SalesOrg &org, int count)
{
    static const char *const firstNames[] = {"Adam",  "Beata", "Cezary", "Dorota", "Emil", "Fiona", "Georgi",
                                             "Hanna", "Igor",  "Julia",  "Kamil",  "Lena", "Marek", "Olga"};
    static const char *const lastNames[] = {"Lewandowski", "Dimitrova", "Smirnov",  "Wojcik",  "Georgiev", "Kaminska",
                                            "Popov",       "Zielinski", "Todorova", "Volkova", "Mazur"};
    const QList<User> owners{org.anna, org.boris, org.carla};
    QList<Lead> leads;
    leads.reserve(count);
    Transaction tx(store.database());
    for (int i = 0; i < count; ++i) {
        Lead l;
        if (i == 0) {
            l.firstName = QStringLiteral("Zofia");
            l.lastName = QStringLiteral("Kowalczyk");
        } else {
            l.firstName = QLatin1String(firstNames[i % std::size(firstNames)]);
            l.lastName = QLatin1String(lastNames[(i / std::size(firstNames)) % std::size(lastNames)]);
        }
        l.email =
            QStringLiteral("%1.%2.%3@firma%4.pl").arg(l.firstName.toLower(), l.lastName.toLower()).arg(i).arg(i % 37);
        l.companyName = QStringLiteral("Firma %1").arg(i % 37);
        l.title = i % 5 == 0 ? QStringLiteral("CEO") : QStringLiteral("Head of Sales");
        l.phone = QStringLiteral("+4850000%1").arg(i, 4, 10, QLatin1Char('0'));
        l.country = i % 2 ? QStringLiteral("PL") : QStringLiteral("BG");
        l.language = i % 2 ? QStringLiteral("pl") : QStringLiteral("bg");
        l.source = allLeadSources().at(i % allLeadSources().size());
        l.status = allLeadStatuses().at(i % allLeadStatuses().size());
        l.ownerId = i % 10 == 9 ? org.northManager.id : owners.at(i % owners.size()).id;
        l.utmSource = QStringLiteral("google");
        l.utmMedium = QStringLiteral("cpc");
        l.utmCampaign = QStringLiteral("spring-%1").arg(i % 3);
        l.landingPage = QStringLiteral("https://leadrelay.test/demo");
        l.formId = QStringLiteral("demo-request");
        l.formType = QStringLiteral("demo");
        l.createdAt = kTestStart - i * kMinuteMs;
        l.submittedAt = l.createdAt;
        l.question = QStringLiteral("50-200 employees");
        l.id = valueOrThrow(store.leads.create(l));
        for (const User &u : {org.anna, org.boris, org.carla, org.northManager}) {
            if (u.id == l.ownerId)
                l.ownerName = u.name;
        }
        leads.append(l);
    }
    if (!tx.commit())
        throw std::runtime_error("commit failed");
    return leads;
}

qint64 countIf(const QList<Lead> &leads, const std::function<bool(const Lead &)> &keep)
{
    return std::count_if(leads.cbegin(), leads.cend(), keep);
}

IsolatedSettings::IsolatedSettings()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QSettings().clear();
}

IsolatedSettings::~IsolatedSettings()
{
    QSettings().clear();
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

AppLook::AppLook() : m_styleSheet(qApp->styleSheet())
{
    ui::Theme::apply(*qApp);
}

AppLook::~AppLook()
{
    qApp->setStyleSheet(m_styleSheet);
}

} // namespace lr::test
