#pragma once

#include "core/demo/DemoLeadFactory.h"
#include "core/domain/Deal.h"
#include "core/domain/Pipeline.h"

#include "core/common/Words.h"

#include <QCoreApplication>
#include <QList>

namespace lr {

class DemoContext;

/// A qualified or converted demo lead that may become a deal.
struct DemoDealCandidate
{
    Id leadId = 0;
    Id ownerId = 0;
    const DemoCompany *company = nullptr;
    QString person;
    QString title;
    QString country;
    bool senior = false;
    bool converted = false; ///< Converted leads always get a deal; qualified ones sometimes.
    Instant since = 0;      ///< When the lead qualified or converted: the deal starts there.
};

/// Turns qualified and converted demo leads into deals spread over every stage of the default
/// pipeline (older deals mostly closed, recent ones early), each created at an early stage and moved
/// forward over time with DealRepository::setStage, so stage history and velocity look real.
class DemoDealFactory final
{
    Q_DECLARE_TR_FUNCTIONS(lr::DemoDealFactory)
    LR_DECLARE_WORDS(lr::DemoDealFactory)

public:
    DemoDealFactory(DemoContext &context, DemoLeadFactory &people) : m_ctx(context), m_people(people) {}

    void add(const DemoDealCandidate &candidate) { m_candidates.append(candidate); }

    /// Creates the deals; every stage gets at least one once there are as many candidates as stages.
    void create();

private:
    QList<int> assignStages(const QList<DemoDealCandidate> &deals);
    void createDeal(const DemoDealCandidate &candidate, int target);
    QList<Instant> moveTimes(const DemoDealCandidate &candidate, qsizetype moves, bool closed);
    Deal makeDeal(const DemoDealCandidate &candidate, int target, const QList<int> &path, const QList<Instant> &times);
    void writeMoves(const Deal &deal, const QList<int> &path, const QList<Instant> &times);
    void writeNextAction(const DemoDealCandidate &candidate, const Deal &deal, int target);
    static QString buyer(const DemoDealCandidate &candidate);
    QList<int> pathTo(int target);
    QString vatId(const QString &country);

    DemoContext &m_ctx;
    DemoLeadFactory &m_people;
    QList<DemoDealCandidate> m_candidates;
    Pipeline m_pipeline;
    QList<int> m_open; ///< Indexes of open stages in m_pipeline.stages, in board order.
    int m_won = -1;
    int m_lost = -1;
    int m_invalid = -1;
};

} // namespace lr
