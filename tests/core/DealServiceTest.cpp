#include "core/pipeline/DealService.h"
#include "core/pipeline/DealFields.h"
#include "core/store/Store.h"
#include "tests/core/DealFixture.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>

using namespace lr;

namespace {

using DealServiceTest = test::DealFixture;

TEST_F(DealServiceTest, ProposalSentRefusesWithoutValueAndDecisionMaker)
{
    const MoveOutcome out = m_service.move(m_anna, m_annaDeal, stage(QStringLiteral("Proposal Sent")));
    EXPECT_EQ(out.kind, MoveOutcome::Kind::MissingFields);
    EXPECT_EQ(out.missingFields, (QStringList{DealFields::Value, DealFields::DecisionMaker}));
    EXPECT_TRUE(out.message.contains(QStringLiteral("Decision maker"))) << out.message.toStdString();
    EXPECT_EQ(deal(m_annaDeal).stageId, stage(QStringLiteral("New Lead")));
    EXPECT_EQ(m_store->deals.history(m_annaDeal).size(), 1);

    // Only the value given: the decision maker is still missing and nothing is saved.
    const MoveOutcome half = m_service.move(m_anna, m_annaDeal, stage(QStringLiteral("Proposal Sent")),
                                            {{DealFields::Value, QStringLiteral("8400")}});
    EXPECT_EQ(half.missingFields, QStringList{DealFields::DecisionMaker});
    EXPECT_EQ(deal(m_annaDeal).valueCents, 0);
}

TEST_F(DealServiceTest, ProposalSentCompletesWithFieldsInTheSameMove)
{
    const MoveOutcome out = m_service.move(m_anna, m_annaDeal, stage(QStringLiteral("Proposal Sent")),
                                           {{DealFields::Value, QStringLiteral("8400.50")},
                                            {DealFields::DecisionMaker, QStringLiteral("Jana Novak (CFO)")}});
    ASSERT_EQ(out.kind, MoveOutcome::Kind::Moved) << out.message.toStdString();
    const Deal d = deal(m_annaDeal);
    EXPECT_EQ(d.stageId, stage(QStringLiteral("Proposal Sent")));
    EXPECT_EQ(d.valueCents, 840050);
    EXPECT_EQ(d.decisionMaker, QStringLiteral("Jana Novak (CFO)"));
    EXPECT_EQ(d.stageEnteredAt, test::kTestStart);
    const auto history = m_store->deals.history(m_annaDeal);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.last().userId, m_anna.userId);
    EXPECT_EQ(m_store->events.countOfType(events::StageChanged), 1);
}

TEST_F(DealServiceTest, ClosedWonNeedsVatIdAndBillingEmail)
{
    const MoveOutcome out = m_service.move(m_anna, m_annaDeal, stage(QStringLiteral("Closed Won")));
    EXPECT_EQ(out.missingFields, (QStringList{DealFields::VatId, DealFields::BillingEmail}));
    const MoveOutcome badEmail = m_service.move(
        m_anna, m_annaDeal, stage(QStringLiteral("Closed Won")),
        {{DealFields::VatId, QStringLiteral("DE123456789")}, {DealFields::BillingEmail, QStringLiteral("billing@")}});
    EXPECT_EQ(badEmail.kind, MoveOutcome::Kind::Refused);
    EXPECT_TRUE(badEmail.message.contains(QStringLiteral("billing@"))) << badEmail.message.toStdString();
    EXPECT_TRUE(deal(m_annaDeal).vatId.isEmpty());

    const MoveOutcome won = m_service.move(m_anna, m_annaDeal, stage(QStringLiteral("Closed Won")),
                                           {{DealFields::VatId, QStringLiteral("DE123456789")},
                                            {DealFields::BillingEmail, QStringLiteral("billing@firma.de")}});
    ASSERT_EQ(won.kind, MoveOutcome::Kind::Moved) << won.message.toStdString();
    EXPECT_EQ(deal(m_annaDeal).closedAt, test::kTestStart);
}

TEST_F(DealServiceTest, ClosedLostNeedsAReasonFromTheList)
{
    const Id lost = stage(QStringLiteral("Closed Lost"));
    EXPECT_EQ(m_service.move(m_anna, m_annaDeal, lost).missingFields, QStringList{DealFields::LostReason});
    const MoveOutcome offList =
        m_service.move(m_anna, m_annaDeal, lost, {{DealFields::LostReason, QStringLiteral("they hated us")}});
    EXPECT_EQ(offList.kind, MoveOutcome::Kind::Refused);
    EXPECT_TRUE(offList.message.contains(QStringLiteral("competitor"))) << offList.message.toStdString();
    const MoveOutcome ok =
        m_service.move(m_anna, m_annaDeal, lost, {{DealFields::LostReason, QStringLiteral("No response")}});
    ASSERT_TRUE(ok.ok()) << ok.message.toStdString();
    EXPECT_EQ(deal(m_annaDeal).lostReason, QStringLiteral("no_response"));
}

TEST_F(DealServiceTest, RefusesBadInputWithClearMessages)
{
    const MoveOutcome negative = m_service.move(m_anna, m_annaDeal, stage(QStringLiteral("Connected")),
                                                {{DealFields::Value, QStringLiteral("-5")}});
    EXPECT_EQ(negative.kind, MoveOutcome::Kind::Refused);
    EXPECT_TRUE(negative.message.contains(QStringLiteral("negative"))) << negative.message.toStdString();

    const MoveOutcome past = m_service.move(m_anna, m_annaDeal, stage(QStringLiteral("Connected")),
                                            {{DealFields::ExpectedClose, QStringLiteral("2024-01-31")}});
    EXPECT_EQ(past.kind, MoveOutcome::Kind::Refused);
    EXPECT_TRUE(past.message.contains(QStringLiteral("2024-01-31"))) << past.message.toStdString();

    const MoveOutcome unknownStage = m_service.move(m_anna, m_annaDeal, 9999);
    EXPECT_EQ(unknownStage.kind, MoveOutcome::Kind::Refused);
    EXPECT_TRUE(unknownStage.message.contains(QStringLiteral("9999")));
    EXPECT_FALSE(m_service.findStage(m_pipeline.id, QStringLiteral("Nowhere")).ok());
    EXPECT_EQ(m_service.findStage(m_pipeline.id, QStringLiteral("closed won"))->id,
              stage(QStringLiteral("Closed Won")));

    const MoveOutcome unknownField = m_service.move(m_anna, m_annaDeal, stage(QStringLiteral("Connected")),
                                                    {{QStringLiteral("colour"), QStringLiteral("red")}});
    EXPECT_EQ(unknownField.kind, MoveOutcome::Kind::Refused);
    EXPECT_EQ(deal(m_annaDeal).stageId, stage(QStringLiteral("New Lead")));
}

TEST_F(DealServiceTest, AnOpenDealWithACloseDateLongPastNeedsANewOne)
{
    Deal d = deal(m_annaDeal);
    d.expectedCloseAt = test::kTestStart - 400 * kDayMs;
    ASSERT_TRUE(m_store->deals.update(d));
    const MoveOutcome out = m_service.move(m_anna, m_annaDeal, stage(QStringLiteral("Connected")));
    EXPECT_EQ(out.missingFields, QStringList{DealFields::ExpectedClose});
    const MoveOutcome fixed = m_service.move(m_anna, m_annaDeal, stage(QStringLiteral("Connected")),
                                             {{DealFields::ExpectedClose, QStringLiteral("2027-01-15")}});
    EXPECT_EQ(fixed.kind, MoveOutcome::Kind::Moved) << fixed.message.toStdString();
    // Closing is fine with an old date: it only matters for open stages.
    d = deal(m_borisDeal);
    d.expectedCloseAt = test::kTestStart - 400 * kDayMs;
    ASSERT_TRUE(m_store->deals.update(d));
    EXPECT_TRUE(m_service
                    .move(m_boris, m_borisDeal, stage(QStringLiteral("Closed Lost")),
                          {{DealFields::LostReason, QStringLiteral("timing")}})
                    .ok());
}

TEST_F(DealServiceTest, AWonDealDoesNotMoveBack)
{
    ASSERT_TRUE(m_service
                    .move(m_anna, m_annaDeal, stage(QStringLiteral("Closed Won")),
                          {{DealFields::VatId, QStringLiteral("DE1")},
                           {DealFields::BillingEmail, QStringLiteral("ap@firma.de")}})
                    .ok());
    const MoveOutcome back = m_service.move(m_anna, m_annaDeal, stage(QStringLiteral("Negotiation")));
    EXPECT_EQ(back.kind, MoveOutcome::Kind::Refused);
    EXPECT_TRUE(back.message.contains(QStringLiteral("Closed Won"))) << back.message.toStdString();
    EXPECT_EQ(deal(m_annaDeal).stageId, stage(QStringLiteral("Closed Won")));
}

TEST_F(DealServiceTest, RepsMoveOnlyTheirOwnDealsManagersTheirTeams)
{
    const MoveOutcome foreign = m_service.move(m_anna, m_borisDeal, stage(QStringLiteral("Connected")));
    EXPECT_EQ(foreign.kind, MoveOutcome::Kind::Refused);
    EXPECT_TRUE(foreign.message.contains(QStringLiteral("may move"))) << foreign.message.toStdString();
    EXPECT_EQ(deal(m_borisDeal).stageId, stage(QStringLiteral("New Lead")));

    EXPECT_TRUE(m_service.move(m_manager, m_borisDeal, stage(QStringLiteral("Connected"))).ok());
    EXPECT_EQ(m_service.move(m_manager, m_carlaDeal, stage(QStringLiteral("Connected"))).kind,
              MoveOutcome::Kind::Refused);
    EXPECT_TRUE(m_service.move(AccessScope::system(), m_carlaDeal, stage(QStringLiteral("Connected"))).ok());
}

TEST_F(DealServiceTest, RottingFollowsTheLastRealActivityAndTheClock)
{
    const Stage connected = *m_store->pipelines.stage(stage(QStringLiteral("Connected")));
    ASSERT_EQ(connected.rotDays, 10);
    ASSERT_TRUE(m_service.move(m_anna, m_annaDeal, connected.id).ok());
    Deal d = deal(m_annaDeal);
    EXPECT_FALSE(m_service.health(d, connected, 0).rotting);
    m_clock.advance(11 * kDayMs);
    DealHealth h = m_service.health(d, connected, 0);
    EXPECT_TRUE(h.rotting);
    EXPECT_EQ(h.daysInStage, 11);
    EXPECT_EQ(h.idleDays, 11);
    // A call three days ago keeps it fresh.
    h = m_service.health(d, connected, m_clock.now() - 3 * kDayMs);
    EXPECT_FALSE(h.rotting);
    EXPECT_EQ(h.idleDays, 3);
}

TEST_F(DealServiceTest, NegotiationDropsToTenPercentAfterThirtyDays)
{
    const Stage negotiation = *m_store->pipelines.stage(stage(QStringLiteral("Negotiation")));
    EXPECT_EQ(negotiation.probability, 80);
    EXPECT_EQ(m_service.probability(negotiation, m_clock.now() - 30 * kDayMs), 80);
    EXPECT_EQ(m_service.probability(negotiation, m_clock.now() - 31 * kDayMs), 10);
    const Stage proposal = *m_store->pipelines.stage(stage(QStringLiteral("Proposal Sent")));
    EXPECT_EQ(m_service.probability(proposal, m_clock.now() - 300 * kDayMs), 60);
}

TEST_F(DealServiceTest, ForecastWeighsByStageMonthAndOwner)
{
    const Id proposal = stage(QStringLiteral("Proposal Sent"));
    const Id negotiation = stage(QStringLiteral("Negotiation"));
    const Id won = stage(QStringLiteral("Closed Won"));
    const Instant dec = test::kTestStart + 10 * kDayMs; // 2026-12
    const Instant jan = test::kTestStart + 50 * kDayMs; // 2027-01
    const QList<DealFigures> figures{
        {1, proposal, 7, 1000000, dec, test::kTestStart, QStringLiteral("EUR")},   // 60 % of 10,000.00
        {2, negotiation, 7, 500000, dec, test::kTestStart, QStringLiteral("EUR")}, // 80 % of 5,000.00
        {3, negotiation, 8, 200000, jan, test::kTestStart - 40 * kDayMs,
         QStringLiteral("EUR")},                                           // stale: 10 % of 2,000.00
        {4, won, 7, 999900, dec, test::kTestStart, QStringLiteral("PLN")}, // closed: not forecast
    };
    const QList<ForecastCell> cells = m_service.forecastOf(figures, m_pipeline);
    ASSERT_EQ(cells.size(), 2);
    EXPECT_EQ(cells.at(0).month, QStringLiteral("2026-12"));
    EXPECT_EQ(cells.at(0).ownerId, 7);
    EXPECT_EQ(cells.at(0).count, 2);
    EXPECT_EQ(cells.at(0).valueCents, 1500000);
    EXPECT_EQ(cells.at(0).weightedCents, 600000 + 400000);
    EXPECT_EQ(cells.at(0).currency, QStringLiteral("EUR"));
    EXPECT_EQ(cells.at(1).month, QStringLiteral("2027-01"));
    EXPECT_EQ(cells.at(1).weightedCents, 20000);

    const QHash<Id, StageTotals> totals = m_service.totalsOf(figures, m_pipeline);
    EXPECT_EQ(totals.value(negotiation).count, 2);
    EXPECT_EQ(totals.value(negotiation).valueCents, 700000);
    EXPECT_EQ(totals.value(negotiation).weightedCents, 400000 + 20000);
    EXPECT_EQ(totals.value(won).weightedCents, 999900);
    EXPECT_EQ(totals.value(negotiation).currency, QStringLiteral("EUR"));
    EXPECT_EQ(totals.value(won).currency, QStringLiteral("PLN"));
    EXPECT_EQ(commonCurrency(QStringLiteral("EUR"), QStringLiteral("PLN"), false), QString());
    EXPECT_EQ(totals.value(stage(QStringLiteral("Invalid"))).count, 0);
}

TEST_F(DealServiceTest, TotalsAndCardsFollowTheScope)
{
    ASSERT_TRUE(m_service
                    .move(AccessScope::system(), m_carlaDeal, stage(QStringLiteral("Connected")),
                          {{DealFields::Value, QStringLiteral("1000")}})
                    .ok());
    const Id newLead = stage(QStringLiteral("New Lead"));
    EXPECT_EQ(m_service.totals(m_anna, m_pipeline).value(newLead).count, 1);
    EXPECT_EQ(m_service.totals(m_manager, m_pipeline).value(newLead).count, 2);
    EXPECT_EQ(m_service.totals(AccessScope::system(), m_pipeline).value(newLead).count, 2);
    EXPECT_EQ(m_service.totals(AccessScope::system(), m_pipeline, m_boris.userId).value(newLead).count, 1);
    const QList<DealCard> cards = m_store->deals.cards(m_manager, newLead, 0, 0, 10);
    ASSERT_EQ(cards.size(), 2);
    EXPECT_EQ(cards.first().ownerName, QStringLiteral("Boris Ivanov")); // same arrival: newest id first
    EXPECT_EQ(cards.last().deal.id, m_annaDeal);
    EXPECT_EQ(m_store->deals.cards(m_manager, newLead, 0, 1, 10).size(), 1);
    EXPECT_EQ(m_store->deals.cardCount(m_carla, stage(QStringLiteral("Connected")), 0), 1);
    EXPECT_EQ(m_store->deals.cardCount(m_anna, stage(QStringLiteral("Connected")), 0), 0);
}

} // namespace

TEST_F(DealServiceTest, EditsFieldsInPlaceButNeverClearsWhatTheStageRequires)
{
    ASSERT_TRUE(m_service
                    .move(m_anna, m_annaDeal, stage(QStringLiteral("Proposal Sent")),
                          {{QStringLiteral("value"), QStringLiteral("5000")},
                           {QStringLiteral("decision_maker"), QStringLiteral("Eva Braun")}})
                    .ok());
    const MoveOutcome next =
        m_service.edit(m_anna, m_annaDeal, {{QStringLiteral("next_step"), QStringLiteral("Call")}});
    EXPECT_EQ(next.kind, MoveOutcome::Kind::Unchanged);
    EXPECT_EQ(deal(m_annaDeal).nextStep, QStringLiteral("Call"));
    const MoveOutcome cleared = m_service.edit(m_anna, m_annaDeal, {{QStringLiteral("decision_maker"), QString()}});
    EXPECT_EQ(cleared.kind, MoveOutcome::Kind::Refused);
    EXPECT_TRUE(cleared.message.contains(QStringLiteral("Decision maker")));
    EXPECT_EQ(m_service.edit(m_carla, m_annaDeal, {{QStringLiteral("next_step"), QStringLiteral("x")}}).kind,
              MoveOutcome::Kind::Refused)
        << "another team's rep";
}

TEST_F(DealServiceTest, DetailsShowHistoryActivitiesAndOnlyToThoseWhoMaySeeTheDeal)
{
    ASSERT_TRUE(m_service.move(m_anna, m_annaDeal, stage(QStringLiteral("Connected"))).ok());
    const auto details = m_service.details(m_manager, m_annaDeal);
    ASSERT_TRUE(details);
    ASSERT_EQ(details->history.size(), 2);
    EXPECT_EQ(details->history.at(1).fromStage, QStringLiteral("New Lead"));
    EXPECT_EQ(details->history.at(1).toStage, QStringLiteral("Connected"));
    EXPECT_EQ(details->history.at(1).userName, QStringLiteral("Anna Nowak"));
    EXPECT_EQ(details->card.ownerName, QStringLiteral("Anna Nowak"));
    EXPECT_TRUE(details->editableFields.contains(QStringLiteral("value")));
    EXPECT_FALSE(m_service.details(m_boris, m_annaDeal)) << "a rep never sees another rep's deal";
    EXPECT_FALSE(m_service.details(m_carla, m_annaDeal));
}
