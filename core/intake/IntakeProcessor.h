#pragma once

#include "core/common/Clock.h"
#include "core/domain/JournalEntry.h"
#include "core/hygiene/EmailValidator.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace lr {

class LeadDispatcher;
class ScoringService;
class Store;
struct PreparedSubmission;

/// What became of one submission.
struct IntakeOutcome
{
    enum class Status { Created, Merged, Quarantined, Failed };
    Status status = Status::Failed;
    Id journalId = 0;
    Id leadId = 0;
    QString reason; ///< In the current language: why it was quarantined or failed, or what was left out.

    static QString key(Status s);
};

/// Capture → hygiene → dedup/merge for one submission, in one transaction per lead:
/// the raw fields are journaled first (committed on their own), then validated and normalised;
/// junk is quarantined with a reason; a known person (same email key, or same name at the same
/// corporate domain) is enriched instead of duplicated; otherwise a new lead is created.
/// A failure rolls back that lead only and leaves the journal entry marked with the reason.
class IntakeProcessor final
{
    Q_DECLARE_TR_FUNCTIONS(lr::IntakeProcessor)

public:
    IntakeProcessor(Store &store, const Clock &clock, EmailValidator validator = EmailValidator());
    ~IntakeProcessor();

    /// Journals a submission and processes `fields` (the form's field names, see
    /// LeadFieldMap::fields()). The journal keeps `body` exactly as it was received, with its
    /// `contentType`; without one it keeps `fields` as compact JSON.
    IntakeOutcome submit(JournalEntry::Channel channel, const QString &source, const QJsonObject &fields,
                         const QByteArray &body = {}, const QString &contentType = {});

    /// Journals a body the caller refuses (wrong content type, not a JSON object, nested values)
    /// exactly as it was received, quarantined with `reason`, so an admin can fix and re-process it.
    IntakeOutcome keepRefused(JournalEntry::Channel channel, const QString &source, const QByteArray &body,
                              const QString &contentType, const Words &reason);

    /// The bulk form of submit() (CSV import): journals the whole batch in one transaction — every
    /// submission is accepted once that commits — then processes it in one more transaction with a
    /// savepoint per submission, so a bad one rolls back only itself and is marked with its reason.
    /// A crash between the two commits leaves pending entries for processPending(), never a
    /// half-made lead. Returns one outcome per submission, in order.
    QList<IntakeOutcome> submitBatch(JournalEntry::Channel channel, const QString &source,
                                     const QList<QJsonObject> &batch);

    /// Processes a journaled entry (again): used for pending entries after a crash and for
    /// quarantined entries an admin fixed.
    IntakeOutcome process(const JournalEntry &entry);

    Store &store() { return m_store; }
    const Clock &clock() const { return m_clock; }

    /// Processes every pending entry, oldest first, in batches of one transaction each; returns
    /// how many were handled. Called at every start (GUI, import, serve) to finish a crashed run.
    int processPending();

private:
    /// Appends a new journal entry; on failure `out` says why.
    std::optional<JournalEntry> journal(JournalEntry::Channel channel, const QString &source, const QByteArray &body,
                                        const QString &contentType, IntakeOutcome &out);
    /// Processes journaled entries inside one transaction, a savepoint each.
    QList<IntakeOutcome> processBatch(const QList<JournalEntry> &entries, const QList<QJsonObject> &fields,
                                      bool *committed = nullptr);
    /// Hygiene without the store (email, names, phone, times): pure, so a batch prepares its rows
    /// on the thread pool while this thread writes.
    static PreparedSubmission prepare(const JournalEntry &entry, const QJsonObject &fields,
                                      const EmailValidator &validator);
    IntakeOutcome apply(Id journalId, const JournalEntry &entry, const QJsonObject &fields,
                        const PreparedSubmission &prepared);
    LR_DECLARE_WORDS(lr::IntakeProcessor)

    Store &m_store;
    const Clock &m_clock;
    EmailValidator m_validator;
    /// Scores each lead inside its transaction.
    std::unique_ptr<ScoringService> m_scoring;
    /// Routes each new lead; in a batch it keeps the routing rules and SLA policies read once.
    std::unique_ptr<LeadDispatcher> m_dispatcher;
    bool m_optimistic = false; ///< In a batch's first pass: no savepoint per row.
    bool m_rowFailed = false;  ///< A row failed in the optimistic pass.
};

} // namespace lr
