#pragma once

#include "core/common/Result.h"
#include "core/domain/JournalEntry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace lr {

class Database;

/// Where a rejected journal entry stands in the admin's review.
enum class ReviewState { Quarantined, Failed, Discarded, Pending, Processed };

/// A rejected submission as the admin's review shows it.
struct QuarantineRow
{
    Id id = 0;
    Instant receivedAt = 0;
    JournalEntry::Channel channel = JournalEntry::Channel::Webhook;
    QString source;
    QString reason;    ///< In the current language.
    QString reasonKey; ///< The kind of reason (Words::key()), the same for every address a rule refused.
    int attempts = 0;
    ReviewState state = ReviewState::Quarantined;
    Instant rejectedAt = 0;
    Id leadId = 0;
    Id discardedBy = 0;
    QString discardedByName;
    Instant discardedAt = 0;
    // Only filled by QuarantineRepository::find():
    QByteArray body;
    QByteArray originalBody; ///< The body as received; empty until an admin amended it.
};

/// Which rejected entries to list. Empty members do not filter.
struct QuarantineFilter
{
    QString text;      ///< Part of the reason, the source or the raw body (case-insensitive).
    QString source;    ///< Exact source (form id, file name, …).
    QString reasonKey; ///< The kind of reason (QuarantineRow::reasonKey).
    std::optional<JournalEntry::Channel> channel;
    bool includeDiscarded = false;

    bool operator==(const QuarantineFilter &) const = default;
};

enum class QuarantineSortKey { ReceivedAt, Channel, Source, Reason, Attempts, State };

struct QuarantineSort
{
    QuarantineSortKey key = QuarantineSortKey::ReceivedAt;
    Qt::SortOrder order = Qt::DescendingOrder;

    bool operator==(const QuarantineSort &) const = default;
};

/// One form's (or file's) submissions over a period and how many of them were ever rejected.
struct SourceRejects
{
    QString source;
    qint64 submissions = 0;
    qint64 rejects = 0;

    double rate() const { return submissions > 0 ? double(rejects) / double(submissions) : 0.0; }
};

/// Reads over intake_journal for the admin's review of rejected submissions: windows (count +
/// page) that never hold more than a page, the value lists of the filters, rejects per form, and
/// the discard mark. Processing itself stays with IntakeJournal and IntakeProcessor.
class QuarantineRepository final
{
    Q_DECLARE_TR_FUNCTIONS(lr::QuarantineRepository)

public:
    explicit QuarantineRepository(Database &db) : m_db(db) {}

    Result<qint64> count(const QuarantineFilter &filter) const;
    /// Rows `offset`..`offset + limit` in `sort` order, without bodies.
    Result<QList<QuarantineRow>> page(const QuarantineFilter &filter, const QuarantineSort &sort, qint64 offset,
                                      int limit) const;
    /// One entry with its body and original body, whatever its state.
    std::optional<QuarantineRow> find(Id id) const;

    /// The most frequent sources / kinds of reason (Words::key()) among open rejects, most first,
    /// with their counts.
    QList<std::pair<QString, qint64>> topSources(int limit) const;
    QList<std::pair<QString, qint64>> topReasons(int limit) const;

    /// Per source, submissions received in [from, to) and how many of them were rejected; the
    /// sources with most rejects first, at most `limit`.
    Result<QList<SourceRejects>> rejectsBySource(Instant from, Instant to, int limit) const;

    /// Marks a quarantined or failed entry as discarded by `userId` at `at`.
    Status discard(Id id, Id userId, Instant at);

private:
    Database &m_db;
};

QString toKey(ReviewState state);
QString displayName(ReviewState state);

} // namespace lr
