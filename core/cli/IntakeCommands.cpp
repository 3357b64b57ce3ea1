#include "core/cli/IntakeCommands.h"

#include "core/cli/ExitCode.h"
#include "core/intake/CsvLeadImporter.h"
#include "core/routing/LeadDispatcher.h"
#include "core/scoring/ScoringService.h"
#include "core/server/WebhookServer.h"
#include "core/store/Store.h"
#include "core/store/WalCheckpointer.h"
#include "core/timers/TimerTicker.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace lr::cli {
namespace {

std::atomic_bool g_stop{false};

extern "C" void requestStop(int)
{
    g_stop.store(true);
}

} // namespace

Result<QHash<QString, QString>> IntakeCommands::parseMaps(const QStringList &entries)
{
    QHash<QString, QString> out;
    for (const QString &entry : entries) {
        const qsizetype eq = entry.lastIndexOf(QLatin1Char('='));
        if (eq <= 0) // "Header=" is allowed: it leaves the column out
            return Result<QHash<QString, QString>>::failure(tr("--map takes \"Header=field\", not \"%1\".").arg(entry));
        out.insert(entry.left(eq).trimmed(), entry.mid(eq + 1).trimmed());
    }
    return out;
}

int IntakeCommands::importLeads(const QString &file, const CommandLine &line, QTextStream &out, QTextStream &err)
{
    const auto maps = parseMaps(line.values(QStringLiteral("map")));
    if (!maps) {
        err << maps.error() << QLatin1Char('\n');
        return ExitUsage;
    }
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read %1: %2").arg(file, input.errorString()) << QLatin1Char('\n');
        return ExitFailure;
    }
    IntakeProcessor intake(m_store, m_clock);
    intake.processPending(); // finish what an earlier run left behind first
    CsvLeadImporter importer(intake);
    const QString source = line.value(QStringLiteral("source"), QFileInfo(file).fileName());
    const auto summary = importer.import(&input, maps.value(), source);
    if (!summary) {
        err << summary.error() << QLatin1Char('\n');
        return ExitFailure;
    }
    out << QString::fromUtf8(QJsonDocument(summary->toJson()).toJson(QJsonDocument::Compact)) << QLatin1Char('\n');
    return ExitSuccess;
}

QString IntakeCommands::checkServeOptions(const CommandLine &line)
{
    if (QHostAddress(line.value(QStringLiteral("bind"), QStringLiteral("127.0.0.1"))).isNull())
        return tr("--bind needs an IP address, not \"%1\".").arg(line.value(QStringLiteral("bind")));
    bool portOk = true;
    const uint port = line.value(QStringLiteral("port"), QStringLiteral("8088")).toUInt(&portOk);
    if (!portOk || port > 65535)
        return tr("--port needs a number from 0 to 65535.");
    return {};
}

QString IntakeCommands::exposureWarning(const QHostAddress &address, bool hasToken)
{
    if (address.isLoopback())
        return hasToken ? QString() : tr("Warning: no --token given; any local program can submit leads.");
    if (!hasToken) {
        return tr("WARNING: listening on %1 without a token: the intake is reachable from the network and "
                  "anyone who can reach this machine can submit leads. Give --token (or $LEADRELAY_TOKEN), "
                  "or bind to 127.0.0.1.")
            .arg(address.toString());
    }
    return tr("Warning: listening on %1: the intake is reachable from the network. Plain HTTP sends the token "
              "unencrypted; put a TLS proxy in front of it or bind to 127.0.0.1.")
        .arg(address.toString());
}

int IntakeCommands::serve(const CommandLine &line, const QString &tokenFromEnvironment, QTextStream &out,
                          QTextStream &err)
{
    if (const QString problem = checkServeOptions(line); !problem.isEmpty()) {
        err << problem << QLatin1Char('\n');
        return ExitUsage;
    }
    const QHostAddress address(line.value(QStringLiteral("bind"), QStringLiteral("127.0.0.1")));
    const uint port = line.value(QStringLiteral("port"), QStringLiteral("8088")).toUInt();
    IntakeProcessor intake(m_store, m_clock);
    const int recovered = intake.processPending();
    WebhookServer::Options options;
    options.token = line.value(QStringLiteral("token"), tokenFromEnvironment);
    WebhookServer server(intake, options);
    // Checkpoints of the write-ahead log run on a thread of their own, not inside a request's commit.
    const WalCheckpointer checkpointer(m_store.database());
    const quint16 bound = server.listen(address, static_cast<quint16>(port));
    if (!bound) {
        err << server.errorString() << QLatin1Char('\n');
        return ExitFailure;
    }
    if (recovered)
        out << tr("Processed %n submission(s) left from an earlier run.", nullptr, recovered) << QLatin1Char('\n');
    out << tr("Listening on http://%1:%2 (POST /v1/submissions, GET /v1/health)").arg(address.toString()).arg(bound)
        << QLatin1Char('\n');
    out.flush();
    if (const QString warning = exposureWarning(address, !options.token.isEmpty()); !warning.isEmpty()) {
        err << warning << QLatin1Char('\n');
        err.flush();
    }

    g_stop.store(false);
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&loop] {
        if (g_stop.load())
            loop.quit();
    });
    poll.start(100);
    // The durable timers (SLA ladder, holidays) fire here too; overdue ones at once.
    TimerService timers(m_store, m_clock);
    LeadDispatcher::registerTimerHandlers(timers, m_store, m_clock);
    ScoringService::registerTimers(timers, m_store, m_clock);
    TimerTicker ticker(timers);
    ticker.start();
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    out << tr("Stopped.") << QLatin1Char('\n');
    return ExitSuccess;
}

} // namespace lr::cli
