#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/domain/Ids.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace lr {

class Database;

/// One saved version of a rule document ("scoring", "routing", "sla", …).
struct RuleDocument
{
    Id id = 0;
    QString kind;
    int version = 0;
    QJsonObject document;
    bool active = false;
    Id createdBy = 0;
    Instant createdAt = 0;
};

/// Rule documents, versioned per kind in the `rules` table: saving never overwrites, it adds the
/// next version and makes it the active one, so every older version can be shown and restored
/// (restoring = saving the old document again as a new version).
class RuleRepository final
{
    Q_DECLARE_TR_FUNCTIONS(lr::RuleRepository)

public:
    explicit RuleRepository(Database &db) : m_db(db) {}

    /// Stores `document` as the next version of `kind` and activates it (one transaction).
    Result<RuleDocument> save(const QString &kind, const QJsonObject &document, Id userId, Instant at);
    /// The active version of `kind`, if one was ever saved.
    std::optional<RuleDocument> active(const QString &kind) const;
    /// The active version number of `kind`, 0 when none: cheap, for caches to ask per use.
    int activeVersion(const QString &kind) const;
    std::optional<RuleDocument> version(const QString &kind, int version) const;
    /// Every version of `kind`, newest first.
    QList<RuleDocument> versions(const QString &kind) const;

private:
    Database &m_db;
};

} // namespace lr
