#include "core/pipeline/PipelineEditor.h"

#include "core/domain/User.h"
#include "core/pipeline/DealFields.h"
#include "core/security/Permissions.h"
#include "core/store/Store.h"

#include <QSet>

namespace lr {

QList<Stage> PipelineEditor::shippedDefaults()
{
    const auto stage = [](const char *name, int probability, StageKind kind, int rotDays, QStringList required = {},
                          int staleDays = 0, int staleProbability = 0, const char *fact = "") {
        Stage s;
        s.name = QString::fromLatin1(name);
        s.probability = probability;
        s.kind = kind;
        s.rotDays = rotDays;
        s.requiredFields = std::move(required);
        s.staleAfterDays = staleDays;
        s.staleProbability = staleProbability;
        s.enteredOnFact = QString::fromLatin1(fact);
        return s;
    };
    QList<Stage> stages{
        stage(QT_TRANSLATE_NOOP("lr::PipelineEditor", "New Lead"), 5, StageKind::Open, 7),
        stage(QT_TRANSLATE_NOOP("lr::PipelineEditor", "Attempted Contact"), 10, StageKind::Open, 7),
        stage(QT_TRANSLATE_NOOP("lr::PipelineEditor", "Connected"), 15, StageKind::Open, 10),
        stage(QT_TRANSLATE_NOOP("lr::PipelineEditor", "Discovery Booked"), 20, StageKind::Open, 14, {}, 0, 0,
              "meeting_booked"),
        stage(QT_TRANSLATE_NOOP("lr::PipelineEditor", "Proposal Sent"), 60, StageKind::Open, 14,
              {DealFields::Value, DealFields::DecisionMaker}),
        stage(QT_TRANSLATE_NOOP("lr::PipelineEditor", "Negotiation"), 80, StageKind::Open, 30, {}, 30, 10),
        stage(QT_TRANSLATE_NOOP("lr::PipelineEditor", "Closed Won"), 100, StageKind::Won, 0,
              {DealFields::VatId, DealFields::BillingEmail}, 0, 0, "contract_signed"),
        stage(QT_TRANSLATE_NOOP("lr::PipelineEditor", "Closed Lost"), 0, StageKind::Lost, 0, {DealFields::LostReason}),
        stage(QT_TRANSLATE_NOOP("lr::PipelineEditor", "Invalid"), 0, StageKind::Invalid, 0, {}, 0, 0, "bounce"),
    };
    for (int i = 0; i < stages.size(); ++i)
        stages[i].position = i + 1;
    return stages;
}

QString PipelineEditor::stageLabel(const QString &storedName)
{
    return stageWords(storedName).text();
}

Words PipelineEditor::stageWords(const QString &storedName)
{
    // The shipped stages are stored in English (migration 002); a stage the admin named is theirs.
    static const QList<Stage> shipped = shippedDefaults();
    for (const Stage &s : shipped) {
        if (Words words = Words::shipped("lr::PipelineEditor", s.name.toLatin1().constData(), storedName);
            !words.isPlain())
            return words;
    }
    return Words::plain(storedName);
}

QStringList PipelineEditor::problems(const QList<Stage> &stages)
{
    QStringList out;
    QSet<QString> names;
    QSet<QString> facts;
    int open = 0;
    int won = 0;
    int lost = 0;
    for (const Stage &s : stages) {
        const QString name = s.name.trimmed();
        if (name.isEmpty())
            out.append(tr("Every stage needs a name."));
        else if (names.contains(name.toLower()))
            out.append(tr("Two stages are called %1.").arg(name));
        names.insert(name.toLower());
        if (s.probability < 0 || s.probability > 100)
            out.append(tr("The probability of %1 must be from 0 to 100 %.").arg(name));
        if (s.staleProbability < 0 || s.staleProbability > 100)
            out.append(tr("The stale probability of %1 must be from 0 to 100 %.").arg(name));
        if (s.rotDays < 0 || s.rotDays > 3650 || s.staleAfterDays < 0 || s.staleAfterDays > 3650)
            out.append(tr("The days of %1 must be from 0 to 3650.").arg(name));
        for (const QString &field : s.requiredFields) {
            if (!DealFields::isKnown(field))
                out.append(tr("%1 requires \"%2\", which is no deal field.").arg(name, field));
        }
        if (!s.enteredOnFact.isEmpty()) {
            if (facts.contains(s.enteredOnFact))
                out.append(tr("Two stages are entered on the same fact (%1).").arg(s.enteredOnFact));
            facts.insert(s.enteredOnFact);
            const bool fits = (s.enteredOnFact == QLatin1String("meeting_booked") && s.isOpen()) ||
                              (s.enteredOnFact == QLatin1String("contract_signed") && s.kind == StageKind::Won) ||
                              (s.enteredOnFact == QLatin1String("bounce") && s.kind == StageKind::Invalid);
            if (!fits)
                out.append(tr("%1 cannot be entered on the fact %2.").arg(name, s.enteredOnFact));
        }
        open += s.kind == StageKind::Open ? 1 : 0;
        won += s.kind == StageKind::Won ? 1 : 0;
        lost += s.kind == StageKind::Lost ? 1 : 0;
    }
    if (open == 0)
        out.append(tr("A pipeline needs at least one open stage."));
    if (won != 1 || lost != 1)
        out.append(tr("A pipeline needs exactly one won and one lost stage."));
    return out;
}

Status PipelineEditor::saveStages(const User &user, Id pipelineId, const QList<Stage> &stages)
{
    if (const Status allowed = Permissions::check(user, Permission::EditPipeline); !allowed)
        return allowed;
    if (const QStringList wrong = problems(stages); !wrong.isEmpty())
        return Status::failure(wrong.join(QLatin1Char('\n')));
    return m_store.pipelines.saveStages(pipelineId, stages);
}

Result<Id> PipelineEditor::createPipeline(const User &user, const QString &name, Id copyFrom)
{
    if (const Status allowed = Permissions::check(user, Permission::EditPipeline); !allowed)
        return Result<Id>::failure(allowed.error());
    if (name.trimmed().isEmpty())
        return Result<Id>::failure(tr("A pipeline needs a name."));
    QList<Stage> stages = shippedDefaults();
    if (copyFrom) {
        const auto source = m_store.pipelines.find(copyFrom);
        if (!source)
            return Result<Id>::failure(tr("There is no pipeline %1.").arg(copyFrom));
        stages = source->stages;
    }
    for (Stage &s : stages)
        s.id = 0;
    Transaction tx(m_store.database());
    if (!tx.isActive())
        return Result<Id>::failure(tx.error());
    const Result<Id> id = m_store.pipelines.createPipeline(name);
    if (!id)
        return id;
    if (const Status s = m_store.pipelines.saveStages(id.value(), stages); !s)
        return Result<Id>::failure(s.error());
    if (const Status s = tx.commit(); !s)
        return Result<Id>::failure(s.error());
    return id;
}

} // namespace lr
