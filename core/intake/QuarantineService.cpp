#include "core/intake/QuarantineService.h"

#include "core/store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lr {
namespace {

const QString kEntity = QStringLiteral("intake_journal");

QString textOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

bool isOpen(ReviewState s)
{
    return s == ReviewState::Quarantined || s == ReviewState::Failed;
}

} // namespace

QuarantineService::QuarantineService(Store &store, const Clock &clock)
    : m_store(store), m_clock(clock), m_repo(store.database())
{}

Status QuarantineService::requireAdmin(const AccessScope &actor)
{
    if (actor.role == Role::Admin)
        return {};
    return Status::failure(tr("Only an admin may review rejected submissions and edit the hygiene lists."));
}

Result<qint64> QuarantineService::count(const AccessScope &actor, const QuarantineFilter &filter) const
{
    if (const Status s = requireAdmin(actor); !s)
        return Result<qint64>::failure(s.error());
    return m_repo.count(filter);
}

Result<QList<QuarantineRow>> QuarantineService::page(const AccessScope &actor, const QuarantineFilter &filter,
                                                     const QuarantineSort &sort, qint64 offset, int limit) const
{
    if (const Status s = requireAdmin(actor); !s)
        return Result<QList<QuarantineRow>>::failure(s.error());
    return m_repo.page(filter, sort, offset, limit);
}

Result<QuarantineRow> QuarantineService::entry(const AccessScope &actor, Id id) const
{
    if (const Status s = requireAdmin(actor); !s)
        return Result<QuarantineRow>::failure(s.error());
    if (auto row = m_repo.find(id))
        return *row;
    return Result<QuarantineRow>::failure(tr("Journal entry %1 does not exist.").arg(id));
}

Result<QList<std::pair<QString, qint64>>> QuarantineService::topSources(const AccessScope &actor, int limit) const
{
    if (const Status s = requireAdmin(actor); !s)
        return Result<QList<std::pair<QString, qint64>>>::failure(s.error());
    return m_repo.topSources(limit);
}

Result<QList<std::pair<QString, qint64>>> QuarantineService::topReasons(const AccessScope &actor, int limit) const
{
    if (const Status s = requireAdmin(actor); !s)
        return Result<QList<std::pair<QString, qint64>>>::failure(s.error());
    return m_repo.topReasons(limit);
}

Result<QList<SourceRejects>> QuarantineService::rejectsBySource(const AccessScope &actor, int days, int limit) const
{
    if (const Status s = requireAdmin(actor); !s)
        return Result<QList<SourceRejects>>::failure(s.error());
    if (days <= 0)
        return Result<QList<SourceRejects>>::failure(tr("The period must be at least one day."));
    const Instant now = m_clock.now();
    return m_repo.rejectsBySource(now - days * kDayMs, now + 1, limit);
}

std::optional<FieldList> QuarantineService::fieldsOf(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    FieldList out;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it)
        out.append({it.key(), textOf(it.value())});
    return out;
}

Result<QJsonObject> QuarantineService::objectFrom(const FieldList &fields, const QJsonObject &original)
{
    QJsonObject out;
    for (const auto &[rawName, value] : fields) {
        const QString name = rawName.trimmed();
        if (name.isEmpty())
            return Result<QJsonObject>::failure(tr("Every field needs a name."));
        if (out.contains(name))
            return Result<QJsonObject>::failure(tr("The field \"%1\" appears twice.").arg(name));
        const QJsonValue before = original.value(name);
        out.insert(name, !before.isUndefined() && textOf(before) == value ? before : QJsonValue(value));
    }
    return out;
}

Status QuarantineService::amend(const AccessScope &actor, const QuarantineRow &row, const FieldList &fields)
{
    const QJsonDocument before = QJsonDocument::fromJson(row.body);
    const Result<QJsonObject> object = objectFrom(fields, before.isObject() ? before.object() : QJsonObject());
    if (!object)
        return Status::failure(object.error());
    QJsonObject amended = object.value();
    // The admin has read the row and saved it: the importer's doubt about it is settled.
    amended.remove(QStringLiteral("_csv_error"));
    if (before.isObject() && before.object() == amended)
        return {}; // nothing changed: no new version
    const QByteArray body = QJsonDocument(amended).toJson(QJsonDocument::Compact);
    Transaction tx(m_store.database());
    if (!tx.isActive())
        return Status::failure(tx.error());
    const AuditEntry audit{0,
                           m_clock.now(),
                           actor.userId,
                           kEntity,
                           row.id,
                           QStringLiteral("amend"),
                           QStringLiteral("body"),
                           QString::fromUtf8(row.body),
                           QString::fromUtf8(body)};
    if (const auto a = m_store.audit.append(audit); !a)
        return Status::failure(a.error());
    if (const Status s = m_store.journal.amend(row.id, body); !s)
        return s;
    return tx.commit();
}

Result<IntakeOutcome> QuarantineService::reprocess(const AccessScope &actor, Id id,
                                                   const std::optional<FieldList> &fields)
{
    const Result<QuarantineRow> row = entry(actor, id);
    if (!row)
        return Result<IntakeOutcome>::failure(row.error());
    if (!isOpen(row->state)) {
        return Result<IntakeOutcome>::failure(
            tr("Entry %1 is %2; only quarantined or failed entries can be re-processed.")
                .arg(id)
                .arg(displayName(row->state).toLower()));
    }
    if (fields) {
        if (const Status s = amend(actor, *row, *fields); !s)
            return Result<IntakeOutcome>::failure(s.error());
    }
    const auto journaled = m_store.journal.find(id);
    if (!journaled)
        return Result<IntakeOutcome>::failure(tr("Journal entry %1 does not exist.").arg(id));
    IntakeOutcome outcome = IntakeProcessor(m_store, m_clock).process(*journaled);
    const AuditEntry audit{0,
                           m_clock.now(),
                           actor.userId,
                           kEntity,
                           id,
                           QStringLiteral("reprocess"),
                           QStringLiteral("state"),
                           toKey(row->state),
                           IntakeOutcome::key(outcome.status)};
    m_store.audit.append(audit); // the outcome stands even if its history line could not be written
    return outcome;
}

Result<ReprocessSummary> QuarantineService::reprocess(const AccessScope &actor, const QList<Id> &ids)
{
    if (const Status s = requireAdmin(actor); !s)
        return Result<ReprocessSummary>::failure(s.error());
    ReprocessSummary summary;
    for (const Id id : ids) {
        const auto row = m_repo.find(id);
        if (!row || !isOpen(row->state)) {
            ++summary.skipped;
            continue;
        }
        const Result<IntakeOutcome> out = reprocess(actor, id);
        if (!out) {
            ++summary.failed;
            summary.problems.append(tr("Entry %1: %2").arg(id).arg(out.error()));
            continue;
        }
        switch (out->status) {
        case IntakeOutcome::Status::Created:
            ++summary.created;
            break;
        case IntakeOutcome::Status::Merged:
            ++summary.merged;
            break;
        case IntakeOutcome::Status::Quarantined:
            ++summary.quarantined;
            summary.problems.append(tr("Entry %1: %2").arg(id).arg(out->reason));
            break;
        case IntakeOutcome::Status::Failed:
            ++summary.failed;
            summary.problems.append(tr("Entry %1: %2").arg(id).arg(out->reason));
            break;
        }
    }
    return summary;
}

Status QuarantineService::discard(const AccessScope &actor, Id id)
{
    if (const Status s = requireAdmin(actor); !s)
        return s;
    const auto row = m_repo.find(id);
    if (!row)
        return Status::failure(tr("Journal entry %1 does not exist.").arg(id));
    Transaction tx(m_store.database());
    if (!tx.isActive())
        return Status::failure(tx.error());
    const Instant now = m_clock.now();
    if (const Status s = m_repo.discard(id, actor.userId, now); !s)
        return s;
    const AuditEntry audit{0,
                           now,
                           actor.userId,
                           kEntity,
                           id,
                           QStringLiteral("discard"),
                           QStringLiteral("state"),
                           toKey(row->state),
                           toKey(ReviewState::Discarded)};
    if (const auto a = m_store.audit.append(audit); !a)
        return Status::failure(a.error());
    return tx.commit();
}

Result<int> QuarantineService::discard(const AccessScope &actor, const QList<Id> &ids)
{
    if (const Status s = requireAdmin(actor); !s)
        return Result<int>::failure(s.error());
    int discarded = 0;
    for (const Id id : ids) {
        if (discard(actor, id))
            ++discarded;
    }
    return discarded;
}

} // namespace lr
