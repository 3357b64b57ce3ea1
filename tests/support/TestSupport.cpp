#include "tests/support/TestSupport.h"

#include <stdexcept>

namespace lr::test {

TempStore::TempStore()
{
    DatabaseError error;
    m_store = Store::open(path(), &error);
    if (!m_store)
        throw std::runtime_error(error.message.toStdString());
}

} // namespace lr::test
