#include "core/cli/DealsCommand.h"

#include "core/cli/ExitCode.h"
#include "core/cli/LeadExporter.h"
#include "core/intake/CsvDealImporter.h"
#include "core/pipeline/DealFields.h"
#include "core/pipeline/DealService.h"
#include "core/store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace lr::cli {
namespace {

QString isoOrEmpty(Instant at)
{
    return at > 0 ? LeadExporter::isoTime(at) : QString();
}

} // namespace

QSet<QString> DealsCommand::listOptions()
{
    return {QStringLiteral("format"), QStringLiteral("as"), QStringLiteral("stage")};
}

QSet<QString> DealsCommand::moveOptions()
{
    return {QStringLiteral("set"), QStringLiteral("as")};
}

QSet<QString> DealsCommand::importOptions()
{
    return {QStringLiteral("map"), QStringLiteral("stage-map"), QStringLiteral("as")};
}

Result<QHash<QString, QString>> DealsCommand::parseStageMaps(const QStringList &entries)
{
    QHash<QString, QString> out;
    for (const QString &entry : entries) {
        const qsizetype eq = entry.lastIndexOf(QLatin1Char('='));
        if (eq <= 0 || eq == entry.size() - 1) {
            return Result<QHash<QString, QString>>::failure(
                tr("--stage-map takes \"Exported stage=LeadRelay stage\", not \"%1\".").arg(entry));
        }
        out.insert(entry.left(eq).trimmed(), entry.mid(eq + 1).trimmed());
    }
    return out;
}

int DealsCommand::importDeals(const QString &file, const QHash<QString, QString> &columns,
                              const QHash<QString, QString> &stages, const std::optional<User> &actor, QTextStream &out,
                              QTextStream &err)
{
    DealImportOptions options;
    options.columns = columns;
    options.stages = stages;
    CsvDealImporter importer(m_store, m_clock);
    Result<DealImportSummary> summary = Result<DealImportSummary>::failure(QString());
    if (actor) {
        summary = importer.importFile(*actor, file, options);
    } else {
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly)) {
            err << tr("Cannot read %1: %2").arg(file, input.errorString()) << QLatin1Char('\n');
            return ExitFailure;
        }
        summary = importer.import(&input, options);
    }
    if (!summary) {
        err << summary.error() << QLatin1Char('\n');
        return ExitFailure;
    }
    out << QString::fromUtf8(QJsonDocument(summary->toJson()).toJson(QJsonDocument::Compact)) << QLatin1Char('\n');
    return ExitSuccess;
}

Result<QMap<QString, QString>> DealsCommand::parseSets(const QStringList &sets)
{
    using R = Result<QMap<QString, QString>>;
    QMap<QString, QString> out;
    for (const QString &set : sets) {
        const qsizetype eq = set.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return R::failure(tr("--set takes field=value, not \"%1\".").arg(set));
        const QString key = set.left(eq).trimmed();
        if (!DealFields::isKnown(key)) {
            return R::failure(tr("--set: unknown deal field \"%1\"; known fields: %2.")
                                  .arg(key, DealFields::keys().join(QStringLiteral(", "))));
        }
        if (out.contains(key))
            return R::failure(tr("--set %1 is given twice.").arg(key));
        out.insert(key, set.mid(eq + 1));
    }
    return out;
}

int DealsCommand::list(const QString &stageName, QTextStream &out, QTextStream &err)
{
    DealService service(m_store, m_clock);
    QHash<Id, Stage> stages;
    for (const Pipeline &p : m_store.pipelines.all()) {
        for (const Stage &s : p.stages)
            stages.insert(s.id, s);
    }
    Id onlyStage = 0;
    if (!stageName.isEmpty()) {
        const auto pipelines = m_store.pipelines.all();
        const Result<Stage> stage = service.findStage(pipelines.isEmpty() ? 0 : pipelines.first().id, stageName);
        if (!stage) {
            err << stage.error() << QLatin1Char('\n');
            return ExitFailure;
        }
        onlyStage = stage->id;
    }
    QHash<Id, QString> owners;
    for (const User &u : m_store.users.all())
        owners.insert(u.id, u.email);
    QJsonArray array;
    for (const Deal &d : m_store.deals.list(m_scope)) {
        if (onlyStage && d.stageId != onlyStage)
            continue;
        const Stage stage = stages.value(d.stageId);
        array.append(QJsonObject{
            {QStringLiteral("id"), d.id},
            {QStringLiteral("title"), d.title},
            {QStringLiteral("stage"), stage.name},
            {QStringLiteral("stage_id"), d.stageId},
            {QStringLiteral("probability"), service.probability(stage, d.stageEnteredAt)},
            {QStringLiteral("owner"), owners.value(d.ownerId)},
            {QStringLiteral("owner_id"), d.ownerId},
            {QStringLiteral("lead_id"), d.leadId},
            {QStringLiteral("company_id"), d.companyId},
            {QStringLiteral("value"), static_cast<double>(d.valueCents) / 100.0},
            {QStringLiteral("currency"), d.currency},
            {QStringLiteral("expected_close"), DealFields::text(d, DealFields::ExpectedClose)},
            {QStringLiteral("decision_maker"), d.decisionMaker},
            {QStringLiteral("vat_id"), d.vatId},
            {QStringLiteral("billing_email"), d.billingEmail},
            {QStringLiteral("lost_reason"), d.lostReason},
            {QStringLiteral("next_step"), d.nextStep},
            {QStringLiteral("created_at"), isoOrEmpty(d.createdAt)},
            {QStringLiteral("stage_entered_at"), isoOrEmpty(d.stageEnteredAt)},
            {QStringLiteral("closed_at"), isoOrEmpty(d.closedAt)},
        });
    }
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return ExitSuccess;
}

int DealsCommand::move(const QString &idText, const QString &stageName, const QMap<QString, QString> &fields,
                       QTextStream &out, QTextStream &err)
{
    bool ok = false;
    const Id id = idText.toLongLong(&ok);
    if (!ok || id <= 0) {
        err << tr("\"%1\" is not a deal id.").arg(idText) << QLatin1Char('\n');
        return ExitUsage;
    }
    DealService service(m_store, m_clock);
    const auto deal = m_store.deals.find(m_scope, id);
    const auto anyDeal = deal ? deal : m_store.deals.find(AccessScope::system(), id);
    Id pipelineId = anyDeal ? anyDeal->pipelineId : 0;
    Id stageId = 0;
    if (anyDeal) {
        const Result<Stage> stage = service.findStage(pipelineId, stageName);
        if (!stage) {
            err << stage.error() << QLatin1Char('\n');
            return ExitFailure;
        }
        stageId = stage->id;
    }
    const MoveOutcome outcome = service.move(m_scope, id, stageId, fields);
    switch (outcome.kind) {
    case MoveOutcome::Kind::Moved:
    case MoveOutcome::Kind::Unchanged:
        out << outcome.message << QLatin1Char('\n');
        return ExitSuccess;
    case MoveOutcome::Kind::MissingFields:
        err << outcome.message << QLatin1Char('\n');
        err << tr("Missing fields: %1").arg(outcome.missingFields.join(QStringLiteral(", "))) << QLatin1Char('\n');
        err << tr("Give them with --set, e.g. --set %1=…").arg(outcome.missingFields.first()) << QLatin1Char('\n');
        return ExitCriteria;
    case MoveOutcome::Kind::Refused:
        break;
    }
    err << outcome.message << QLatin1Char('\n');
    return ExitFailure;
}

} // namespace lr::cli
