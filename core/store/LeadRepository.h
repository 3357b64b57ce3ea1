#pragma once

#include "core/common/Result.h"
#include "core/domain/Lead.h"
#include "core/scoring/Qualification.h"
#include "core/security/AccessScope.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace lr {

class Database;

/// Which leads a list shows. Empty members do not filter.
struct LeadFilter
{
    Id ownerId = 0;
    std::optional<LeadStatus> status;
    std::optional<LeadSource> source;
    QString text;                         ///< Prefix search over names, email and company ("ann nowak", "firma.de").
    std::optional<ScoreClass> scoreClass; ///< Through the leads_class_score index.

    bool operator==(const LeadFilter &) const = default;
};

/// An open deal (its stage is neither won, lost nor invalid) at a lead's company: intake attaches
/// a new contact there to the deal's owner instead of starting parallel work.
struct OpenDealAtCompany
{
    Id dealId = 0;
    Id ownerId = 0;
    QString title;
    QString ownerName;
    QString companyName; ///< The company's name, else its domain.
};

/// Score sorts by the score; ScoreClass by the class (SQL above MQL above Nurture above
/// Disqualified), then the score within it.
enum class LeadSortKey { CreatedAt, Name, Email, Company, Status, Source, Owner, Country, Score, ScoreClass };

struct LeadSort
{
    LeadSortKey key = LeadSortKey::CreatedAt;
    Qt::SortOrder order = Qt::DescendingOrder;

    bool operator==(const LeadSort &) const = default;
};

/// Leads in the store. Reads are always scoped by the asking user (see AccessScope).
/// Lists are windows: count() plus page() fetch only the rows a view shows, so a million
/// leads cost no more than a hundred.
class LeadRepository final
{
    Q_DECLARE_TR_FUNCTIONS(lr::LeadRepository)

public:
    explicit LeadRepository(Database &db) : m_db(db) {}

    /// Stores a new lead; returns its id.
    Result<Id> create(const Lead &lead);

    /// The lead with `id` if it exists and `scope` may see it.
    std::optional<Lead> find(const AccessScope &scope, Id id) const;
    /// How notifications name the lead (full name, else email); nullopt when it does not exist.
    /// Engine use: not scoped. Reads three columns instead of find()'s thirty-two and joins.
    std::optional<QString> displayName(Id id) const;

    qint64 count(const AccessScope &scope, const LeadFilter &filter) const;

    /// Rows [offset, offset + limit) of the filtered, sorted list. Ties are broken by id so that
    /// pages never overlap or skip a row. `knownTotal` (the caller's count(), if it has one) spares
    /// a recount when a deep page is read from the far end.
    Result<QList<Lead>> page(const AccessScope &scope, const LeadFilter &filter, const LeadSort &sort, qint64 offset,
                             int limit, qint64 knownTotal = -1) const;

    /// Visits every visible lead in id order without holding them all in memory.
    Status forEach(const AccessScope &scope, const std::function<bool(const Lead &)> &visit) const;

    /// Writes every editable field of a stored lead (not its id, creation time or owner).
    Status update(const Lead &lead);

    /// Id of the lead with this dedup key, or 0. Engine use: not scoped.
    Id findIdByEmailKey(const QString &key) const;
    /// Id of a lead at `companyId` with the same first and last name (case-insensitive), or 0.
    Id findIdByCompanyAndName(Id companyId, const QString &firstName, const QString &lastName) const;

    /// The most recently updated open deal with an owner at `companyId`, if any. Engine use: not scoped.
    std::optional<OpenDealAtCompany> openDealAtCompany(Id companyId) const;

    Status setStatus(Id id, LeadStatus status, Instant at);
    Status setOwner(Id id, Id ownerId, Instant at);
    Status setFirstTouch(Id id, Instant at);

    /// Turns free text into an FTS5 prefix query; empty if the text has no searchable token.
    static QString ftsQuery(const QString &text);

    /// Brings the search index (leads_fts) up to date with the leads noted in leads_fts_pending by
    /// the triggers of migration 012: the outermost Transaction calls it right before COMMIT, so a
    /// batch of any size costs three statements instead of an index flush per row. Reads nothing
    /// else and does nothing when no lead changed (or the schema is older than migration 012).
    static Status indexPendingSearch(Database &db);

private:
    Database &m_db;
};

} // namespace lr
