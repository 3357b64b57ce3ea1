// The GUI composition root: parse arguments, open the store, sign in, show the window.
#include "core/common/Clock.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/intake/IntakeProcessor.h"
#include "core/net/WebhookOutbox.h"
#include "core/pipeline/DealAutomation.h"
#include "core/pipeline/PipelineTimers.h"
#include "core/routing/LeadDispatcher.h"
#include "core/scoring/ScoringService.h"
#include "core/server/WebhookHost.h"
#include "core/store/Store.h"
#include "core/store/WalCheckpointer.h"
#include "core/timers/TimerTicker.h"
#include "ui/Localization.h"
#include "ui/MainWindow.h"
#include "ui/SignInFlow.h"
#include "ui/Theme.h"
#include "ui/dialogs/DialogUserPicker.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

namespace {

struct Options
{
    QString database;
    QString language;
    QString user;
    bool demo = false;
};

Options parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "LeadRelay sales-ops console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("main", "Database file (default: $LEADRELAY_DB, "
                                                                    "else leadrelay.db in the app data folder)."),
                                QStringLiteral("path"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("main", "Interface language: en, bg, ru or pl."),
                                  QStringLiteral("code"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Fill an empty database with demo data "
                                                                      "(a new database file always gets it)."));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QCoreApplication::translate("main", "Sign in as this user, skipping the picker."),
                                  QStringLiteral("email"));
    parser.addOptions({db, lang, demo, user});
    parser.process(app);

    Options o;
    o.database = parser.value(db);
    if (o.database.isEmpty())
        o.database = qEnvironmentVariable("LEADRELAY_DB");
    if (o.database.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(folder);
        o.database = QDir(folder).filePath(QStringLiteral("leadrelay.db"));
    }
    o.language = parser.value(lang);
    o.user = parser.value(user);
    o.demo = parser.isSet(demo);
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LeadRelay"));
    QApplication::setApplicationName(QStringLiteral("LeadRelay"));
    QApplication::setApplicationVersion(QStringLiteral(LEADRELAY_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/logo.svg")));

    const Options options = parseOptions(app);
    lr::ui::Localization localization;
    localization.install(app, lr::ui::Localization::pickLanguage(options.language, QLocale::system()));
    lr::ui::Theme::apply(app);

    const bool brandNew = !QFileInfo::exists(options.database);
    lr::DatabaseError error;
    std::unique_ptr<lr::Store> store = lr::Store::open(options.database, &error);
    if (!store) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "LeadRelay"),
                              QCoreApplication::translate("main", "Cannot open the database %1.\n\n%2")
                                  .arg(QDir::toNativeSeparators(options.database), error.message));
        return 1;
    }

    // Checkpoints of the write-ahead log on a thread of their own, not inside a commit the window
    // (or a lead's arrival) waits for.
    const lr::WalCheckpointer checkpointer(store->database());
    lr::SystemClock clock;
    QString notice;
    // Submissions journaled by a run that died before processing them are processed now.
    if (const int recovered = lr::IntakeProcessor(*store, clock).processPending(); recovered > 0) {
        notice = QCoreApplication::translate("main", "Processed %n submission(s) left from the last run.", nullptr,
                                             recovered);
    }
    if ((brandNew || options.demo) && lr::DemoDataGenerator::isEmpty(*store)) {
        auto demo = lr::DemoDataGenerator(*store, clock).generate();
        if (!demo.ok())
            notice = QCoreApplication::translate("main", "Demo data was not created: %1").arg(demo.error());
    }

    lr::ui::DialogUserPicker picker(clock);
    QString signInMessage;
    const auto user = lr::ui::SignInFlow(*store, picker).start(options.user, nullptr, &signInMessage);
    if (!user) {
        if (signInMessage.isEmpty() && !notice.isEmpty()) {
            QMessageBox::information(nullptr, QCoreApplication::translate("main", "LeadRelay"), notice);
        } else if (!signInMessage.isEmpty() && lr::ui::SignInFlow(*store, picker).activeUsers().isEmpty()) {
            QMessageBox::information(nullptr, QCoreApplication::translate("main", "LeadRelay"),
                                     notice.isEmpty() ? signInMessage
                                                      : notice + QStringLiteral("\n\n") + signInMessage);
        }
        return 0; // nobody signed in (cancelled or no users)
    }

    // The webhook intake runs in this process while the window is open, if the settings say so.
    lr::WebhookHost webhook(*store, clock);
    lr::ui::MainWindow window(*store, clock, picker, *user);
    // Durable timers (the pipeline's ghost-buster, alerts, check-ins, hand-offs and monthly
    // forecast snapshots): overdue ones fire at the first tick. Meetings booked in the meetings
    // table move their deals to Discovery Booked (DealAutomation), looked for once a minute.
    lr::TimerService timers(*store, clock);
    lr::PipelineTimers pipelineTimers(*store, clock);
    pipelineTimers.registerHandlers(timers);
    pipelineTimers.scheduleMissing();
    lr::LeadDispatcher::registerTimerHandlers(timers, *store, clock); // SLA ladder steps, holidays
    lr::ScoringService::registerTimers(timers, *store, clock);        // "ghosted 14 days" re-scores
    lr::TimerTicker ticker(timers);
    ticker.start();
    lr::DealAutomation automation(*store, clock);
    automation.scanMeetings();
    QTimer meetingScan;
    QObject::connect(&meetingScan, &QTimer::timeout, &meetingScan, [&automation] { automation.scanMeetings(); });
    meetingScan.start(60 * 1000);
    window.setWebhookHost(&webhook);
    webhook.applyStored();
    // Route and respond: live views follow the SLA ladder; the outgoing webhook outbox is drained
    // on every tick (never blocking: the requests are asynchronous).
    lr::WebhookOutbox outbox(*store, clock);
    QObject::connect(&ticker, &lr::TimerTicker::fired, &window, [&window] { window.timersTicked(); });
    QObject::connect(&ticker, &lr::TimerTicker::ticked, &outbox, [&outbox] { outbox.deliverDue(); });
    if (!notice.isEmpty())
        window.showMessage(notice);
    else if (!signInMessage.isEmpty())
        window.showMessage(signInMessage);
    window.show();
    window.resumeRescore(); // a re-score the last run left unfinished goes on in the background
    return QApplication::exec();
}
