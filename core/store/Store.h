#pragma once

#include "core/store/ActivityRepository.h"
#include "core/store/AuditLog.h"
#include "core/store/CompanyRepository.h"
#include "core/store/Database.h"
#include "core/store/DealRepository.h"
#include "core/store/DuplicateRepository.h"
#include "core/store/EnrichmentRepository.h"
#include "core/store/EventLog.h"
#include "core/store/ExchangeRateRepository.h"
#include "core/store/FirmographicsRepository.h"
#include "core/store/HygieneListRepository.h"
#include "core/store/IntakeJournal.h"
#include "core/store/LeadRepository.h"
#include "core/store/MeetingRepository.h"
#include "core/store/MergeRepository.h"
#include "core/store/PipelineRepository.h"
#include "core/store/RuleRepository.h"
#include "core/store/ScoreRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/TaskRepository.h"
#include "core/store/TeamRepository.h"
#include "core/store/Transaction.h"
#include "core/store/UserRepository.h"

#include <memory>

namespace lr {

/// An open store and one repository per aggregate, sharing its connection.
/// Built once by the composition root (app/) and passed by reference.
class Store final
{
    Q_DISABLE_COPY_MOVE(Store)

public:
    explicit Store(std::unique_ptr<Database> db)
        : m_db(std::move(db)), leads(*m_db), users(*m_db), teams(*m_db), companies(*m_db), pipelines(*m_db),
          deals(*m_db), activities(*m_db), tasks(*m_db), meetings(*m_db), events(*m_db), audit(*m_db), journal(*m_db),
          settings(*m_db), firmographics(*m_db), enrichment(*m_db), hygieneLists(*m_db), duplicates(*m_db),
          merges(*m_db), rules(*m_db), scores(*m_db), exchangeRates(*m_db)
    {}

    /// Opens the store at `path`; nullptr and `error` filled when it cannot be used.
    static std::unique_ptr<Store> open(const QString &path, DatabaseError *error = nullptr)
    {
        auto db = Database::open(path, error);
        return db ? std::make_unique<Store>(std::move(db)) : nullptr;
    }

    Database &database() { return *m_db; }

private:
    std::unique_ptr<Database> m_db;

public:
    LeadRepository leads;
    UserRepository users;
    TeamRepository teams;
    CompanyRepository companies;
    PipelineRepository pipelines;
    DealRepository deals;
    ActivityRepository activities;
    TaskRepository tasks;
    MeetingRepository meetings;
    EventLog events;
    AuditLog audit;
    IntakeJournal journal;
    SettingsRepository settings;
    FirmographicsRepository firmographics;
    EnrichmentRepository enrichment;
    HygieneListRepository hygieneLists;
    DuplicateRepository duplicates;
    MergeRepository merges;
    RuleRepository rules;
    ScoreRepository scores;
    ExchangeRateRepository exchangeRates;
};

} // namespace lr
