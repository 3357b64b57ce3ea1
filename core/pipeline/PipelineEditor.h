#pragma once

#include "core/common/Result.h"
#include "core/common/Words.h"
#include "core/domain/Pipeline.h"

#include <QCoreApplication>
#include <QStringList>

namespace lr {

class Store;
struct User;

/// Admins edit pipelines here (requirements §7: "only admins edit stages"): the ordered stages of
/// a pipeline with their probabilities, rot days, stale limits, exit criteria and facts, and new
/// pipelines. Every change is checked here, so the stage editor and any other caller share the
/// rules.
class PipelineEditor final
{
    Q_DECLARE_TR_FUNCTIONS(lr::PipelineEditor)

public:
    explicit PipelineEditor(Store &store) : m_store(store) {}

    /// What is wrong with `stages` as a pipeline (translated; empty when fine): a name missing or
    /// used twice, a probability or percentage off 0–100, days off 0–3650, an unknown required
    /// field, no open stage, not exactly one won and one lost stage, a fact on two stages or on a
    /// stage of the wrong kind.
    static QStringList problems(const QList<Stage> &stages);
    /// The stages LeadRelay ships (the seed values of the migrations), without ids.
    static QList<Stage> shippedDefaults();
    /// A stage's name as people read it: a shipped stage ("Closed Won") in the reader's language,
    /// a stage the admin named as they named it.
    static QString stageLabel(const QString &storedName);
    static Words stageWords(const QString &storedName); ///< The same, untranslated, for stored text.

    /// Saves the stages of `pipelineId` in the given order; administrators only.
    Status saveStages(const User &user, Id pipelineId, const QList<Stage> &stages);
    /// A new pipeline called `name` with a copy of the stages of `copyFrom` (the shipped stages when
    /// 0); administrators only.
    Result<Id> createPipeline(const User &user, const QString &name, Id copyFrom = 0);

private:
    Store &m_store;
};

} // namespace lr
