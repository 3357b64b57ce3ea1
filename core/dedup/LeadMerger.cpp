#include "core/dedup/LeadMerger.h"

#include "core/dedup/DuplicateFinder.h"
#include "core/hygiene/EmailValidator.h"
#include "core/store/Store.h"

#include <QJsonArray>

namespace lr {
namespace {

enum class Rule { Contact, Attribution, Owner, Status };

struct FieldDef
{
    const char *key;
    Rule rule;
};

constexpr FieldDef kFields[] = {{"first_name", Rule::Contact},
                                {"last_name", Rule::Contact},
                                {"email", Rule::Contact},
                                {"phone", Rule::Contact},
                                {"title", Rule::Contact},
                                {"company_name", Rule::Contact},
                                {"company_id", Rule::Contact},
                                {"country", Rule::Contact},
                                {"language", Rule::Contact},
                                {"question", Rule::Contact},
                                {"owner_id", Rule::Owner},
                                {"status", Rule::Status},
                                {"source", Rule::Attribution},
                                {"utm_source", Rule::Attribution},
                                {"utm_medium", Rule::Attribution},
                                {"utm_campaign", Rule::Attribution},
                                {"landing_page", Rule::Attribution},
                                {"form_id", Rule::Attribution},
                                {"form_type", Rule::Attribution}};

bool isEmpty(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()) ||
           (v.isDouble() && v.toDouble() == 0.0);
}

int statusRank(const QString &key)
{
    static const QHash<QString, int> ranks{{QStringLiteral("new"), 0},          {QStringLiteral("nurture"), 1},
                                           {QStringLiteral("disqualified"), 1}, {QStringLiteral("attempting"), 2},
                                           {QStringLiteral("connected"), 3},    {QStringLiteral("qualified"), 4},
                                           {QStringLiteral("converted"), 5}};
    return ranks.value(key, 0);
}

/// When the person last told us something: the submission time, else the creation time.
qint64 lastSubmission(const QJsonObject &row)
{
    const qint64 submitted = static_cast<qint64>(row.value(QStringLiteral("submitted_at")).toDouble());
    return submitted ? submitted : static_cast<qint64>(row.value(QStringLiteral("created_at")).toDouble());
}

QString nameOf(const QJsonObject &row)
{
    const QString first = row.value(QStringLiteral("first_name")).toString();
    const QString last = row.value(QStringLiteral("last_name")).toString();
    const QString name = (first + QLatin1Char(' ') + last).trimmed();
    return name.isEmpty() ? row.value(QStringLiteral("email")).toString() : name;
}

QString valueText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isDouble())
        return QString::number(static_cast<qint64>(v.toDouble()));
    return v.toString();
}

} // namespace

QString LeadMerger::fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("first_name"), QT_TR_NOOP("First name")},
        {QStringLiteral("last_name"), QT_TR_NOOP("Last name")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("title"), QT_TR_NOOP("Job title")},
        {QStringLiteral("company_name"), QT_TR_NOOP("Company name")},
        {QStringLiteral("company_id"), QT_TR_NOOP("Company account")},
        {QStringLiteral("country"), QT_TR_NOOP("Country")},
        {QStringLiteral("language"), QT_TR_NOOP("Language")},
        {QStringLiteral("question"), QT_TR_NOOP("Qualifying answer")},
        {QStringLiteral("owner_id"), QT_TR_NOOP("Owner")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("utm_source"), QT_TR_NOOP("UTM source")},
        {QStringLiteral("utm_medium"), QT_TR_NOOP("UTM medium")},
        {QStringLiteral("utm_campaign"), QT_TR_NOOP("UTM campaign")},
        {QStringLiteral("landing_page"), QT_TR_NOOP("Landing page")},
        {QStringLiteral("form_id"), QT_TR_NOOP("Form")},
        {QStringLiteral("form_type"), QT_TR_NOOP("Form type")},
        {QStringLiteral("created_at"), QT_TR_NOOP("Created")},
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? key : tr(*it);
}

QString LeadMerger::displayText(const QString &key, const QJsonValue &value) const
{
    if (isEmpty(value))
        return {};
    if (key == QLatin1String("owner_id")) {
        const auto user = m_store.users.find(static_cast<Id>(value.toDouble()));
        return user ? user->name : tr("User %1").arg(valueText(value));
    }
    if (key == QLatin1String("company_id")) {
        const auto company = m_store.companies.find(static_cast<Id>(value.toDouble()));
        if (!company)
            return tr("Company %1").arg(valueText(value));
        return company->name.isEmpty() ? company->domain : tr("%1 (%2)").arg(company->name, company->domain);
    }
    if (key == QLatin1String("status")) {
        if (const auto s = leadStatusFromKey(value.toString()))
            return displayName(*s);
    }
    if (key == QLatin1String("source")) {
        if (const auto s = leadSourceFromKey(value.toString()))
            return displayName(*s);
    }
    return valueText(value);
}

QList<MergeField> LeadMerger::fieldsFor(const QJsonObject &survivor, const QJsonObject &absorbed) const
{
    const bool absorbedIsNewer = lastSubmission(absorbed) > lastSubmission(survivor);
    QList<MergeField> out;
    for (const FieldDef &def : kFields) {
        MergeField f;
        f.key = QLatin1String(def.key);
        f.label = fieldLabel(f.key);
        f.survivorRaw = survivor.value(f.key);
        f.absorbedRaw = absorbed.value(f.key);
        f.survivorText = displayText(f.key, f.survivorRaw);
        f.absorbedText = displayText(f.key, f.absorbedRaw);
        if (!f.differs()) {
            f.rule = tr("Same value");
        } else if (isEmpty(f.absorbedRaw)) {
            f.rule = tr("Only the kept record has a value");
        } else if (isEmpty(f.survivorRaw)) {
            f.proposed = MergeSide::Absorbed;
            f.rule = tr("Only the other record has a value");
        } else {
            switch (def.rule) {
            case Rule::Contact:
                f.proposed = absorbedIsNewer ? MergeSide::Absorbed : MergeSide::Survivor;
                f.rule = tr("Newer submission");
                break;
            case Rule::Attribution:
                f.rule = tr("First touch keeps the attribution");
                break;
            case Rule::Owner:
                f.rule = tr("Owner of the older record");
                break;
            case Rule::Status:
                if (statusRank(f.absorbedRaw.toString()) > statusRank(f.survivorRaw.toString()))
                    f.proposed = MergeSide::Absorbed;
                f.rule = tr("Further along the funnel");
                break;
            }
        }
        out.append(f);
    }
    return out;
}

Status LeadMerger::checkLeads(const AccessScope &scope, Id survivorId, Id absorbedId) const
{
    if (const Status allowed = DuplicateFinder::mayReview(scope); !allowed)
        return allowed;
    if (survivorId == absorbedId)
        return Status::failure(tr("A lead cannot be merged with itself."));
    if (!m_store.leads.find(scope, survivorId) || !m_store.leads.find(scope, absorbedId))
        return Status::failure(tr("One of the two leads no longer exists or is not visible to you."));
    return {};
}

Result<MergePreview> LeadMerger::preview(const AccessScope &scope, Id first, Id second) const
{
    using R = Result<MergePreview>;
    if (const Status ok = checkLeads(scope, first, second); !ok)
        return R::failure(ok.error());
    MergePreview p;
    p.survivor = *m_store.leads.find(scope, first);
    p.absorbed = *m_store.leads.find(scope, second);
    if (p.absorbed.createdAt < p.survivor.createdAt ||
        (p.absorbed.createdAt == p.survivor.createdAt && p.absorbed.id < p.survivor.id)) {
        std::swap(p.survivor, p.absorbed);
    }
    const auto survivorRow = m_store.merges.leadRow(p.survivor.id);
    const auto absorbedRow = m_store.merges.leadRow(p.absorbed.id);
    if (!survivorRow || !absorbedRow)
        return R::failure(tr("One of the two leads no longer exists or is not visible to you."));
    p.fields = fieldsFor(*survivorRow, *absorbedRow);
    return p;
}

Result<Id> LeadMerger::merge(const AccessScope &scope, Id survivorId, Id absorbedId, const MergeChoices &choices)
{
    using R = Result<Id>;
    if (const Status ok = checkLeads(scope, survivorId, absorbedId); !ok)
        return R::failure(ok.error());
    const Instant now = m_clock.now();
    Transaction tx(m_store.database());
    if (!tx.isActive())
        return R::failure(tx.error());
    const auto survivor = m_store.merges.leadRow(survivorId);
    const auto absorbed = m_store.merges.leadRow(absorbedId);
    if (!survivor || !absorbed)
        return R::failure(tr("One of the two leads no longer exists or is not visible to you."));

    const QList<MergeField> fields = fieldsFor(*survivor, *absorbed);
    for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
        const bool known =
            std::any_of(fields.cbegin(), fields.cend(), [&](const MergeField &f) { return f.key == it.key(); });
        if (!known)
            return R::failure(tr("\"%1\" is not a field a merge can choose.").arg(it.key()));
    }

    QJsonObject before;
    QJsonObject after;
    for (const MergeField &f : fields) {
        const MergeSide side = choices.value(f.key, f.proposed);
        const QJsonValue value = side == MergeSide::Absorbed ? f.absorbedRaw : f.survivorRaw;
        if (value == f.survivorRaw)
            continue;
        before.insert(f.key, f.survivorRaw);
        after.insert(f.key, value);
    }
    if (after.contains(QStringLiteral("email"))) {
        before.insert(QStringLiteral("email_norm"), survivor->value(QStringLiteral("email_norm")));
        after.insert(QStringLiteral("email_norm"),
                     EmailValidator::dedupKey(after.value(QStringLiteral("email")).toString()));
    }
    // The person first showed up when the older of the two records was created.
    const QJsonValue created = absorbed->value(QStringLiteral("created_at"));
    if (created.toDouble() < survivor->value(QStringLiteral("created_at")).toDouble()) {
        before.insert(QStringLiteral("created_at"), survivor->value(QStringLiteral("created_at")));
        after.insert(QStringLiteral("created_at"), created);
    }
    before.insert(QStringLiteral("updated_at"), survivor->value(QStringLiteral("updated_at")));
    after.insert(QStringLiteral("updated_at"), now);

    if (const Status s = m_store.merges.updateLead(survivorId, after); !s)
        return R::failure(s.error());
    const Result<QJsonObject> children = m_store.merges.moveChildren(absorbedId, survivorId);
    if (!children)
        return R::failure(children.error());

    MergeRecord record;
    record.survivorId = survivorId;
    record.absorbedId = absorbedId;
    record.userId = scope.userId;
    record.at = now;
    record.survivorName = nameOf(*survivor);
    record.absorbedName = nameOf(*absorbed);
    record.survivorBefore = before;
    record.survivorAfter = after;
    record.absorbedRow = *absorbed;
    record.children = children.value();
    const Result<Id> mergeId = m_store.merges.record(record);
    if (!mergeId)
        return R::failure(mergeId.error());

    // Both addresses keep leading to the person.
    const QString keptKey = after.contains(QStringLiteral("email_norm"))
                                ? after.value(QStringLiteral("email_norm")).toString()
                                : survivor->value(QStringLiteral("email_norm")).toString();
    for (const QJsonObject *row : {&*absorbed, &*survivor}) {
        const QString key = row->value(QStringLiteral("email_norm")).toString();
        if (key != keptKey) {
            if (const Status s = m_store.merges.addAlias(key, survivorId, mergeId.value()); !s)
                return R::failure(s.error());
        }
    }

    QJsonArray changed;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (it.key() == QLatin1String("updated_at") || it.key() == QLatin1String("email_norm"))
            continue;
        changed.append(it.key());
        const AuditEntry a{0,
                           now,
                           scope.userId,
                           QStringLiteral("lead"),
                           survivorId,
                           QStringLiteral("merge"),
                           it.key(),
                           valueText(before.value(it.key())),
                           valueText(it.value())};
        if (const auto r = m_store.audit.append(a); !r)
            return R::failure(r.error());
    }
    const AuditEntry gone{0,
                          now,
                          scope.userId,
                          QStringLiteral("lead"),
                          absorbedId,
                          QStringLiteral("merge"),
                          QStringLiteral("merged_into"),
                          QString(),
                          QString::number(survivorId)};
    if (const auto r = m_store.audit.append(gone); !r)
        return R::failure(r.error());

    if (const Status s = m_store.merges.deleteLead(absorbedId); !s)
        return R::failure(s.error());
    Event event;
    event.at = now;
    event.type = QStringLiteral("leads_merged");
    event.leadId = survivorId;
    event.userId = scope.userId;
    event.payload = {{QStringLiteral("merge_id"), mergeId.value()},
                     {QStringLiteral("absorbed_id"), absorbedId},
                     {QStringLiteral("absorbed_email"), absorbed->value(QStringLiteral("email"))},
                     {QStringLiteral("fields"), changed}};
    if (const auto r = m_store.events.append(event); !r)
        return R::failure(r.error());
    if (const Status s = tx.commit(); !s)
        return R::failure(s.error());
    return mergeId.value();
}

Result<Id> LeadMerger::undo(const AccessScope &scope, Id mergeId)
{
    using R = Result<Id>;
    if (const Status allowed = DuplicateFinder::mayReview(scope); !allowed)
        return R::failure(allowed.error());
    const auto merge = m_store.merges.find(mergeId);
    if (!merge)
        return R::failure(tr("Merge %1 does not exist.").arg(mergeId));
    if (merge->isUndone())
        return R::failure(tr("This merge was already undone."));
    if (!m_store.leads.find(scope, merge->survivorId)) {
        if (m_store.merges.leadRow(merge->survivorId))
            return R::failure(tr("You may not change %1: the lead is not in your team.").arg(merge->survivorName));
        const Id later = m_store.merges.laterOpenMerge(merge->survivorId, mergeId);
        return R::failure(
            later ? tr("%1 was merged into another lead afterwards. Undo that merge first.").arg(merge->survivorName)
                  : tr("%1 no longer exists, so the merge cannot be undone.").arg(merge->survivorName));
    }
    if (const Id later = m_store.merges.laterOpenMerge(merge->survivorId, mergeId)) {
        const auto other = m_store.merges.find(later);
        return R::failure(tr("%1 was merged again afterwards (with %2). Undo that merge first.")
                              .arg(merge->survivorName, other ? other->absorbedName : QString()));
    }
    const Instant now = m_clock.now();
    Transaction tx(m_store.database());
    if (!tx.isActive())
        return R::failure(tx.error());
    const auto current = m_store.merges.leadRow(merge->survivorId);
    if (!current)
        return R::failure(tr("%1 no longer exists, so the merge cannot be undone.").arg(merge->survivorName));

    // Survivor edits made after the merge win over the undo: refuse rather than lose them.
    QStringList conflicts;
    for (auto it = merge->survivorAfter.begin(); it != merge->survivorAfter.end(); ++it) {
        if (it.key() == QLatin1String("updated_at") || it.key() == QLatin1String("email_norm"))
            continue;
        if (valueText(current->value(it.key())) != valueText(it.value()))
            conflicts.append(fieldLabel(it.key()));
    }
    if (!conflicts.isEmpty()) {
        return R::failure(tr("%1 was edited after the merge (%2). Undoing would overwrite those edits, so "
                             "nothing was changed.")
                              .arg(merge->survivorName, conflicts.join(QStringLiteral(", "))));
    }

    const Result<Id> restored = m_store.merges.insertLead(merge->absorbedRow);
    if (!restored)
        return R::failure(restored.error());
    if (const Status s = m_store.merges.moveChildrenBack(merge->children, merge->survivorId, restored.value()); !s)
        return R::failure(s.error());
    if (const Status s = m_store.merges.updateLead(merge->survivorId, merge->survivorBefore); !s)
        return R::failure(s.error());
    if (const Status s = m_store.merges.removeAliases(mergeId); !s)
        return R::failure(s.error());
    if (const Status s = m_store.merges.markUndone(mergeId, scope.userId, now, restored.value()); !s)
        return R::failure(s.error());

    for (auto it = merge->survivorBefore.begin(); it != merge->survivorBefore.end(); ++it) {
        if (it.key() == QLatin1String("updated_at") || it.key() == QLatin1String("email_norm"))
            continue;
        const AuditEntry a{0,
                           now,
                           scope.userId,
                           QStringLiteral("lead"),
                           merge->survivorId,
                           QStringLiteral("unmerge"),
                           it.key(),
                           valueText(merge->survivorAfter.value(it.key())),
                           valueText(it.value())};
        if (const auto r = m_store.audit.append(a); !r)
            return R::failure(r.error());
    }
    const AuditEntry back{0,
                          now,
                          scope.userId,
                          QStringLiteral("lead"),
                          restored.value(),
                          QStringLiteral("unmerge"),
                          QStringLiteral("merged_into"),
                          QString::number(merge->survivorId),
                          QString()};
    if (const auto r = m_store.audit.append(back); !r)
        return R::failure(r.error());
    Event event;
    event.at = now;
    event.type = QStringLiteral("merge_undone");
    event.leadId = merge->survivorId;
    event.userId = scope.userId;
    event.payload = {{QStringLiteral("merge_id"), mergeId}, {QStringLiteral("restored_id"), restored.value()}};
    if (const auto r = m_store.events.append(event); !r)
        return R::failure(r.error());
    if (const Status s = tx.commit(); !s)
        return R::failure(s.error());
    return restored.value();
}

Result<QList<MergeRecord>> LeadMerger::recent(const AccessScope &scope, int limit) const
{
    if (const Status allowed = DuplicateFinder::mayReview(scope); !allowed)
        return Result<QList<MergeRecord>>::failure(allowed.error());
    return m_store.merges.recent(scope, limit);
}

} // namespace lr
