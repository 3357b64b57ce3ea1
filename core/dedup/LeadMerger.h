#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/domain/Lead.h"
#include "core/security/AccessScope.h"
#include "core/store/MergeRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QList>

namespace lr {

class Store;

/// Which of the two records a merged field takes its value from.
enum class MergeSide { Survivor, Absorbed };

/// One field of a merge preview: both values and the value survivorship proposes.
struct MergeField
{
    QString key;   ///< Column name ("phone").
    QString label; ///< Translated ("Phone").
    QJsonValue survivorRaw;
    QJsonValue absorbedRaw;
    QString survivorText; ///< As shown (owner and company by name, status translated).
    QString absorbedText;
    MergeSide proposed = MergeSide::Survivor;
    QString rule; ///< Translated: why that side is proposed.

    bool differs() const { return survivorRaw != absorbedRaw; }
};

/// What merging `absorbed` into `survivor` would do, field by field.
struct MergePreview
{
    Lead survivor; ///< The lead that stays: the one created first.
    Lead absorbed; ///< The lead merged into it and removed (until the merge is undone).
    QList<MergeField> fields;
};

/// The reviewer's pick per field key; fields not listed take the proposed side.
using MergeChoices = QHash<QString, MergeSide>;

/// Merges two leads a person confirmed are one, and undoes such merges.
///
/// Survivorship (what the preview proposes; the reviewer may pick the other side per field):
/// - the lead created first survives: it keeps its id, creation time, source and campaign
///   attribution (source, UTM, landing page, form), and its owner;
/// - a non-empty value is never replaced by an empty one;
/// - for contact fields (name, email, phone, title, company, country, language, qualifying answer)
///   the lead with the newer submission wins;
/// - the status further along the funnel wins (qualified beats attempting beats new).
/// The absorbed lead's events, tasks, activities, meetings, deals, timers and journal entries move
/// to the survivor; its old email becomes an alias, so intake still recognises it. Every changed
/// field is written to the audit log, and a snapshot (lead_merges) makes the merge undoable.
///
/// Undo restores the absorbed lead with its original id (when still free), values and children,
/// and the survivor's merged fields to their old values. It is refused when one of those fields was
/// changed since the merge (undo would silently throw that edit away) or when a later merge of the
/// same lead is still in place (undo that one first). Rows added to the survivor after the merge
/// stay with the survivor. Managers and admins only; managers within their team's leads.
class LeadMerger final
{
    Q_DECLARE_TR_FUNCTIONS(lr::LeadMerger)

public:
    LeadMerger(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    /// The preview for two leads, in either order: the older one is the survivor.
    Result<MergePreview> preview(const AccessScope &scope, Id first, Id second) const;

    /// Merges `absorbedId` into `survivorId` with the reviewer's choices; returns the merge id.
    Result<Id> merge(const AccessScope &scope, Id survivorId, Id absorbedId, const MergeChoices &choices = {});

    /// Undoes merge `mergeId`; returns the restored lead's id.
    Result<Id> undo(const AccessScope &scope, Id mergeId);

    /// Recent merges `scope` may see, newest first; refused for reps.
    Result<QList<MergeRecord>> recent(const AccessScope &scope, int limit = 50) const;

    /// Translated label of a merged field key ("phone" → "Phone").
    static QString fieldLabel(const QString &key);

private:
    QList<MergeField> fieldsFor(const QJsonObject &survivor, const QJsonObject &absorbed) const;
    QString displayText(const QString &key, const QJsonValue &value) const;
    Status checkLeads(const AccessScope &scope, Id survivorId, Id absorbedId) const;

    Store &m_store;
    const Clock &m_clock;
};

} // namespace lr
