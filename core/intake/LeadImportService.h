#pragma once

#include "core/intake/CsvLeadImporter.h"

#include <QCoreApplication>

namespace lr {

struct User;

/// Imports a leads file on behalf of a signed-in user: refuses anyone Permissions does not let
/// import (reps), opens the file and runs CsvLeadImporter. Used by the import wizard's worker
/// thread with that thread's own Store connection.
class LeadImportService final
{
    Q_DECLARE_TR_FUNCTIONS(lr::LeadImportService)

public:
    explicit LeadImportService(IntakeProcessor &intake) : m_importer(intake) {}

    Result<ImportSummary> run(const User &user, const QString &path, const QHash<QString, QString> &mapping,
                              const QString &source, const CsvLeadImporter::Progress &progress = {},
                              const std::atomic_bool *cancel = nullptr);

private:
    CsvLeadImporter m_importer;
};

} // namespace lr
