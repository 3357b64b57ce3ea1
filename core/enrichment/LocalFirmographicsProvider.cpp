#include "core/enrichment/LocalFirmographicsProvider.h"

#include "core/store/FirmographicsRepository.h"

namespace lr {

Result<std::optional<Firmographics>> LocalFirmographicsProvider::lookup(const QString &domain)
{
    return m_table.find(domain);
}

} // namespace lr
