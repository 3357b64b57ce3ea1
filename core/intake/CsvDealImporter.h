#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/domain/Pipeline.h"
#include "core/intake/CsvLeadImporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QJsonObject>

#include <atomic>
#include <functional>

namespace lr {

class Store;
struct User;

/// The result of one deal import: the leads import's counters (rows = created + merged +
/// quarantined; merged = rows whose external id an earlier import already created, their fields
/// updated, their stage left alone; quarantined = rejected rows, with `errors`) plus what is
/// particular to deals.
struct DealImportSummary
{
    ImportSummary rows;
    qint64 history = 0;    ///< Won/lost rows imported without what their stage asks (e.g. a lost reason).
    qint64 incomplete = 0; ///< Open rows lacking what their stage asks; their next move will ask for it.
    qint64 companiesCreated = 0;
    qint64 ownersCreated = 0;

    /// Translated sentences saying what the counters mean when they are not 0.
    QStringList notes() const;
    /// {"rows","created","merged","quarantined","errors":[{"row","reason"}],"history","incomplete",
    ///  "companies_created","owners_created","unmapped":[…],"notes":[…]}
    QJsonObject toJson() const;
};

/// How to read one deal export.
struct DealImportOptions
{
    QHash<QString, QString> columns; ///< "Header" → DealFieldMap field ("" = do not import).
    QHash<QString, QString> stages;  ///< Stage as the export spells it → stage name in LeadRelay.
    Id pipelineId = 0;               ///< 0 = the first pipeline.
};

/// Imports deals from another CRM's CSV export (HubSpot, Pipedrive, Salesforce, spreadsheets):
/// the same CsvReader, header recognition (DealFieldMap over ColumnMap), date parser and summary
/// as the leads import. Creates missing companies (by name) and owners (by email or name; new
/// owners are inactive reps until an admin activates them), links the person by email when that
/// lead exists, keeps historical engage and close dates, and re-imports idempotently by external
/// id. Exit criteria apply to moves, not to history: a won or lost row without a lost reason is
/// imported and counted as history. A bad row (unknown stage, negative value, unreadable date, an
/// open deal whose expected close lies in the distant past) is reported and never stops the file.
class CsvDealImporter final
{
    Q_DECLARE_TR_FUNCTIONS(lr::CsvDealImporter)

public:
    using Progress = std::function<void(qint64 bytesDone, qint64 bytesTotal, const DealImportSummary &soFar)>;

    CsvDealImporter(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    /// Imports on behalf of `byUserId` (0 = the local operator; recorded in the stage history).
    /// Fails as a whole only on an empty file, an unknown field in `columns`, a stage map naming a
    /// stage the pipeline lacks, or a file without a deal name, company or id column.
    Result<DealImportSummary> import(QIODevice *device, const DealImportOptions &options, Id byUserId = 0,
                                     const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
    /// Opens `path` and imports it for `user`, refused unless Permissions allow ImportDeals.
    Result<DealImportSummary> importFile(const User &user, const QString &path, const DealImportOptions &options,
                                         const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

    /// The stage of `pipeline` an export's stage text means: `stageMap` first, then the stage's own
    /// name, then the usual names other CRMs give their stages ("closedwon", "Appointment
    /// scheduled", "Proposal made", "Negotiation/Review", "won", "lost", …). Null when unknown.
    static const Stage *resolveStage(const Pipeline &pipeline, const QString &text,
                                     const QHash<QString, QString> &stageMap);
    /// The LostReasons key a free-text reason means ("Went with a competitor" → competitor);
    /// "other" when nothing fits, empty for empty text.
    static QString lostReasonKey(const QString &text);
    /// "$12,500.00", "12.500,00 €", "EUR 1 200" → ("12500.00", "EUR"); the currency is empty when
    /// the text names none. The number keeps its sign.
    static std::pair<QString, QString> splitMoney(const QString &text);

private:
    struct Context;
    enum class RowResult { Created, Merged, Rejected };
    RowResult importRow(Context &context, const QHash<QString, QString> &fields, QString *reason);
    Result<Id> ownerFor(Context &context, const QString &text);
    Result<Id> companyFor(Context &context, const QString &name);

    Store &m_store;
    const Clock &m_clock;
};

} // namespace lr
