#pragma once

#include <QCoreApplication>
#include <QString>

namespace lr::ui {

/// Human names of the lead fields a file column can be imported as ("first_name" → "First name").
class LeadFieldNames final
{
    Q_DECLARE_TR_FUNCTIONS(lr::ui::LeadFieldNames)

public:
    static QString displayName(const QString &field);
};

} // namespace lr::ui
