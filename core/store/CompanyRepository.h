#pragma once

#include "core/common/Result.h"
#include "core/domain/Company.h"

#include <QCoreApplication>

#include <optional>

namespace lr {

class Database;

/// Companies, unique by web domain.
class CompanyRepository final
{
    Q_DECLARE_TR_FUNCTIONS(lr::CompanyRepository)

public:
    explicit CompanyRepository(Database &db) : m_db(db) {}

    /// Stores a company; a duplicate domain is refused.
    Result<Id> create(const Company &company);
    std::optional<Company> find(Id id) const;
    std::optional<Company> findByDomain(const QString &domain) const;
    /// The oldest company called `name` (case-insensitive), for imports that know only names.
    std::optional<Company> findByName(const QString &name) const;
    qint64 count() const;

private:
    std::optional<Company> selectOne(const QString &where, const QVariant &bind) const;
    Database &m_db;
};

} // namespace lr
