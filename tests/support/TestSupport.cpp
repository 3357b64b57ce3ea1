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

bool TempStore::reopen(QString *error)
{
    m_store.reset();
    DatabaseError failure;
    m_store = Store::open(path(), &failure);
    if (!m_store && error)
        *error = failure.message;
    return m_store != nullptr;
}

} // namespace lr::test
