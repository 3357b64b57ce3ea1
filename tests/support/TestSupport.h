#pragma once

#include "core/common/Clock.h"
#include "core/store/Store.h"

#include <QTemporaryDir>

#include <memory>

namespace lr::test {

/// A fresh store in a temporary folder, removed at the end of the test.
class TempStore
{
public:
    TempStore();
    Store &operator*() { return *m_store; }
    Store *operator->() { return m_store.get(); }
    Store &store() { return *m_store; }
    QString path() const { return m_dir.filePath(QStringLiteral("test.db")); }
    QString dir() const { return m_dir.path(); }
    /// Closes the store (e.g. before reopening the file).
    void close() { m_store.reset(); }
    /// Closes and opens the file again (migrating it, as a start of the app would): false with
    /// `error` filled when it does not open. What held the old store must not be used after.
    bool reopen(QString *error);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

/// Makes `db` look like a store at schema `version`, so reopening runs the later migrations over
/// its rows again: columns later migrations add are dropped (ADD COLUMN runs once), then the
/// version is set. Rows, and whatever else later migrations changed, stay as they are.
bool rewindSchema(Database &db, int version);

/// 2026-11-23T09:00:00Z, the instant tests start at.
constexpr Instant kTestStart = 1795424400000;

} // namespace lr::test
