#pragma once

#include <QCoreApplication>
#include <QString>

namespace lr::ui {

/// Human names of the deal fields a file column can be imported as ("expected_close" → "Expected
/// close date").
class DealFieldNames final
{
    Q_DECLARE_TR_FUNCTIONS(lr::ui::DealFieldNames)

public:
    static QString displayName(const QString &field);
};

} // namespace lr::ui
