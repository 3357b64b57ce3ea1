// leadrelayctl: the composition root of the headless console. All logic lives in lr::cli::Ctl.
#include "core/cli/Ctl.h"
#include "core/common/Clock.h"
#include "core/common/Translate.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LeadRelay"));
    QCoreApplication::setApplicationName(QStringLiteral("LeadRelay"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADRELAY_VERSION));
    const auto plurals = lr::installEnglishPlurals(); // the console speaks English

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);

    const lr::SystemClock clock;
    lr::cli::Ctl ctl(
        clock, [](const QString &name) { return qEnvironmentVariable(name.toLocal8Bit().constData()); },
        lr::cli::Ctl::defaultDatabasePath());
    const int code = ctl.run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
