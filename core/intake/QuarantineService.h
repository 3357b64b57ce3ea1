#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/intake/IntakeProcessor.h"
#include "core/security/AccessScope.h"
#include "core/store/QuarantineRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace lr {

class Store;

/// One submitted field as the admin edits it: a name and its text.
using FieldList = QList<std::pair<QString, QString>>;

/// What a bulk re-process did.
struct ReprocessSummary
{
    int created = 0;
    int merged = 0;
    int quarantined = 0;
    int failed = 0;
    int skipped = 0;      ///< Entries no longer open (processed or discarded meanwhile).
    QStringList problems; ///< Translated, one per entry that did not make a lead.
};

/// The admin's review of rejected submissions: list and filter them, fix the raw fields and run
/// them through IntakeProcessor again, or discard them; and see which form produces most rejects.
/// Every call takes the acting user's scope and refuses anyone but an admin, whatever the UI shows.
/// Fixes keep the original: the first body stays in the journal and every amendment is in the
/// audit log (entity "intake_journal") with who and when.
class QuarantineService final
{
    Q_DECLARE_TR_FUNCTIONS(lr::QuarantineService)

public:
    QuarantineService(Store &store, const Clock &clock);

    /// Success for admins; a translated refusal for everyone else.
    static Status requireAdmin(const AccessScope &actor);

    Result<qint64> count(const AccessScope &actor, const QuarantineFilter &filter) const;
    Result<QList<QuarantineRow>> page(const AccessScope &actor, const QuarantineFilter &filter,
                                      const QuarantineSort &sort, qint64 offset, int limit) const;
    /// One entry with its body and original body.
    Result<QuarantineRow> entry(const AccessScope &actor, Id id) const;
    Result<QList<std::pair<QString, qint64>>> topSources(const AccessScope &actor, int limit = 50) const;
    Result<QList<std::pair<QString, qint64>>> topReasons(const AccessScope &actor, int limit = 50) const;
    /// Rejects per form over the last `days` days (by the injected clock), most rejects first.
    Result<QList<SourceRejects>> rejectsBySource(const AccessScope &actor, int days, int limit = 10) const;

    /// Replaces the entry's fields with `fields` (when given and different) and processes it again.
    Result<IntakeOutcome> reprocess(const AccessScope &actor, Id id, const std::optional<FieldList> &fields = {});
    /// Processes the open entries among `ids` again as they are (e.g. after a list change).
    Result<ReprocessSummary> reprocess(const AccessScope &actor, const QList<Id> &ids);
    /// Marks the entry as discarded by the actor: it leaves the review list but is kept.
    Status discard(const AccessScope &actor, Id id);
    Result<int> discard(const AccessScope &actor, const QList<Id> &ids);

    /// A body's fields as (name, text), or nullopt when the body is not a JSON object.
    static std::optional<FieldList> fieldsOf(const QByteArray &body);
    /// `fields` as a JSON object; values whose text did not change keep their JSON type from
    /// `original`. Fails on an empty or repeated field name.
    static Result<QJsonObject> objectFrom(const FieldList &fields, const QJsonObject &original = {});

private:
    Status amend(const AccessScope &actor, const QuarantineRow &row, const FieldList &fields);

    Store &m_store;
    const Clock &m_clock;
    QuarantineRepository m_repo;
};

} // namespace lr
