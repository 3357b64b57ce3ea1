#include "core/cli/EnrichCommands.h"

#include "core/cli/ExitCode.h"
#include "core/enrichment/EnrichmentService.h"
#include "core/enrichment/LocalFirmographicsProvider.h"
#include "core/net/HttpJsonProvider.h"
#include "core/store/Store.h"

#include <QJsonDocument>
#include <QTextStream>

#include <memory>

namespace lr::cli {
namespace {

const QString kProvider = QStringLiteral("provider");
const QString kUrl = QStringLiteral("url");
const QString kTimeout = QStringLiteral("timeout-ms");
const QString kRetries = QStringLiteral("retries");
const QString kLimit = QStringLiteral("limit");

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace

QString EnrichCommands::checkEnrichOptions(const CommandLine &line)
{
    const QString provider = line.value(kProvider, QStringLiteral("local"));
    if (provider != QLatin1String("local") && provider != QLatin1String("http"))
        return tr("--provider is local or http, not \"%1\".").arg(provider);
    if (provider == QLatin1String("local") && (line.has(kUrl) || line.has(kTimeout) || line.has(kRetries)))
        return tr("--url, --timeout-ms and --retries apply to --provider http only.");
    for (const QString &option : {kTimeout, kRetries, kLimit}) {
        if (!line.has(option))
            continue;
        bool ok = false;
        const int value = line.value(option).toInt(&ok);
        if (!ok || value < 0)
            return tr("--%1 needs a whole number of 0 or more, not \"%2\".").arg(option, line.value(option));
    }
    return {};
}

int EnrichCommands::importFirmographics(const QString &file, QTextStream &out, QTextStream &err)
{
    EnrichmentService service(m_store, m_clock, m_who);
    const auto summary = service.importFirmographicsFile(file);
    if (!summary) {
        err << summary.error() << QLatin1Char('\n');
        return ExitFailure;
    }
    out << compact(summary->toJson()) << QLatin1Char('\n');
    return ExitSuccess;
}

int EnrichCommands::enrich(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    EnrichmentService service(m_store, m_clock, m_who);
    if (const Status s = service.permitted(); !s) {
        err << s.error() << QLatin1Char('\n');
        return ExitFailure;
    }
    std::unique_ptr<EnrichmentProvider> provider;
    if (line.value(kProvider) == QLatin1String("http")) {
        HttpProviderSettings settings = service.httpSettings().value();
        if (line.has(kUrl))
            settings.urlTemplate = line.value(kUrl);
        if (line.has(kTimeout))
            settings.timeoutMs = line.value(kTimeout).toInt();
        if (line.has(kRetries))
            settings.retries = line.value(kRetries).toInt();
        if (const QString problem = settings.validate(); !problem.isEmpty()) {
            err << problem << QLatin1Char('\n');
            return ExitUsage;
        }
        provider = std::make_unique<HttpJsonProvider>(settings);
    } else {
        provider = std::make_unique<LocalFirmographicsProvider>(m_store.firmographics);
    }
    EnrichmentPassOptions options;
    options.limit = line.value(kLimit, QStringLiteral("0")).toInt();
    const auto summary = service.enrich(*provider, options);
    if (!summary) {
        err << summary.error() << QLatin1Char('\n');
        return ExitFailure;
    }
    out << compact(summary->toJson()) << QLatin1Char('\n');
    if (!summary->stoppedBecause.isEmpty())
        err << summary->stoppedBecause << QLatin1Char('\n');
    if (summary->failed > 0) {
        err << tr("%n lookup(s) failed; the companies are tried again on a later run.", nullptr,
                  static_cast<int>(summary->failed))
            << QLatin1Char('\n');
        return ExitFailure;
    }
    return ExitSuccess;
}

} // namespace lr::cli
