#include "tests/bench/BenchStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <cstdio>
#include <random>

namespace lr::bench {
namespace {

constexpr Instant kNow = 1795424400000; // 2026-11-23T09:00:00Z

void generate(const QString &path, int leads)
{
    QFile::remove(path);
    DatabaseError error;
    auto store = Store::open(path, &error);
    if (!store)
        qFatal("cannot create bench store: %s", qPrintable(error.message));
    std::fprintf(stderr, "generating %d leads into %s …\n", leads, qPrintable(path));
    QElapsedTimer timer;
    timer.start();

    Transaction tx(store->database());
    const Id team = store->teams.create({0, QStringLiteral("Bench"), 0, {}, kNow}).value();
    QList<Id> owners;
    for (int i = 0; i < 20; ++i) {
        User u;
        u.name = QStringLiteral("Rep %1").arg(i, 2, 10, QLatin1Char('0'));
        u.email = QStringLiteral("rep%1@bench.test").arg(i);
        u.role = i == 0 ? Role::Manager : Role::Rep;
        u.teamId = team;
        u.createdAt = kNow;
        owners.append(store->users.create(u).value());
    }
    static const char *firstNames[] = {"Anna",  "Hans",  "Иван", "Мария", "Łukasz", "Agnieszka", "John",   "Sofia",
                                       "Peter", "Elena", "Jan",  "Olga",  "Mark",   "Ewa",       "Georgi", "Lena"};
    static const char *lastNames[] = {"Nowak",   "Becker",  "Петров",  "Георгиева", "Kowalski", "Wiśniewska", "Miller",
                                      "Ramirez", "Schmidt", "Иванова", "Zieliński", "Smith",    "Dimitrov",   "Vogel"};
    std::mt19937 rng(42);
    const auto &statuses = allLeadStatuses();
    const auto &sources = allLeadSources();
    for (int i = 0; i < leads; ++i) {
        Lead l;
        l.firstName = QString::fromUtf8(firstNames[rng() % std::size(firstNames)]);
        l.lastName = QString::fromUtf8(lastNames[rng() % std::size(lastNames)]);
        l.companyName = QStringLiteral("Company %1").arg(rng() % 50000);
        l.email = QStringLiteral("person%1@company%2.example").arg(i).arg(rng() % 50000);
        l.country = QStringLiteral("DE");
        l.source = sources.at(static_cast<int>(rng() % sources.size()));
        l.status = statuses.at(static_cast<int>(rng() % statuses.size()));
        l.ownerId = owners.at(static_cast<int>(rng() % owners.size()));
        l.createdAt = kNow - static_cast<qint64>(rng() % (365LL * 24 * 3600)) * 1000;
        if (!store->leads.create(l))
            qFatal("bench lead insert failed");
    }
    if (!tx.commit())
        qFatal("bench commit failed");
    std::fprintf(stderr, "generated in %.1f s\n", static_cast<double>(timer.elapsed()) / 1000.0);
}

} // namespace

QString ensureLeadStore(int leads)
{
    const QString dir = QStringLiteral(LEADRELAY_BENCH_DATA_DIR);
    QDir().mkpath(dir);
    const QString path = QStringLiteral("%1/leads-%2.db").arg(dir).arg(leads);
    const QString marker = path + QStringLiteral(".complete");
    if (!QFile::exists(marker)) {
        generate(path, leads);
        QFile f(marker);
        f.open(QIODevice::WriteOnly);
    }
    return path;
}

std::unique_ptr<Store> openLeadStore(int leads)
{
    DatabaseError error;
    auto store = Store::open(ensureLeadStore(leads), &error);
    if (!store)
        qFatal("cannot open bench store: %s", qPrintable(error.message));
    return store;
}

double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression rss(QStringLiteral("VmRSS:\\s+(\\d+) kB"));
    const auto match = rss.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : 0;
}

} // namespace lr::bench
