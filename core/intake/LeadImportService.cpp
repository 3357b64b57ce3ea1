#include "core/intake/LeadImportService.h"

#include "core/domain/User.h"
#include "core/security/Permissions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lr {

Result<ImportSummary> LeadImportService::run(const User &user, const QString &path,
                                             const QHash<QString, QString> &mapping, const QString &source,
                                             const CsvLeadImporter::Progress &progress, const std::atomic_bool *cancel)
{
    using R = Result<ImportSummary>;
    if (const Status allowed = Permissions::check(user, Permission::ImportLeads); !allowed)
        return R::failure(allowed.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QString name = source.trimmed().isEmpty() ? QFileInfo(path).fileName() : source.trimmed();
    return m_importer.import(&file, mapping, name, progress, cancel);
}

} // namespace lr
