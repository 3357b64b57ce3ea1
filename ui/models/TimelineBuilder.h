#pragma once

#include "core/domain/Activity.h"
#include "core/domain/Event.h"
#include "core/domain/Task.h"
#include "core/security/AccessScope.h"
#include "ui/models/TimelineEntry.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace lr {
class Store;
}

namespace lr::ui {

/// Turns a lead's events, activities and tasks into readable, translated timeline entries.
/// Reads only through scoped core calls: a lead the scope may not see has an empty timeline.
class TimelineBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(lr::ui::TimelineBuilder)

public:
    explicit TimelineBuilder(Store &store);

    /// Everything that happened to the lead, newest first. Events that only mirror an activity or
    /// task (activity_logged, task_created, task_completed) are left out: the richer row is shown.
    QList<TimelineEntry> build(const AccessScope &scope, Id leadId);

    TimelineEntry describe(const Event &event);
    TimelineEntry describe(const Activity &activity);
    /// The task's creation and, once done, its completion.
    QList<TimelineEntry> describe(const Task &task);

private:
    QString userName(Id id);
    QString byUser(Id id);
    QString stageName(const QJsonObject &payload);
    static QString joinDetail(const QStringList &parts);

    Store &m_store;
    QHash<Id, QString> m_userNames;
};

} // namespace lr::ui
