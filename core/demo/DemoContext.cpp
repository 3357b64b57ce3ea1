#include "core/demo/DemoContext.h"

#include "core/store/Store.h"

#include <QCoreApplication>

namespace lr {

QString demoText(const char *source)
{
    return QCoreApplication::translate("lr::DemoText", source);
}

QStringList demoTexts(std::initializer_list<const char *> sources)
{
    QStringList out;
    for (const char *source : sources)
        out.append(demoText(source));
    return out;
}

Id DemoContext::event(const QString &type, Instant at, Id leadId, Id dealId, Id userId, const QJsonObject &payload)
{
    if (failed())
        return 0;
    Event e;
    e.type = type;
    e.at = at;
    e.leadId = leadId;
    e.dealId = dealId;
    e.userId = userId;
    e.payload = payload;
    const Id id = take(store.events.append(e));
    if (id)
        ++summary.events;
    return id;
}

Id DemoContext::activity(const Activity &activity)
{
    if (failed())
        return 0;
    const Id id = take(store.activities.create(activity));
    if (id)
        ++summary.activities;
    return id;
}

Id DemoContext::task(const Task &task)
{
    if (failed())
        return 0;
    const Id id = take(store.tasks.create(task));
    if (id)
        ++summary.tasks;
    return id;
}

Id DemoContext::meeting(const Meeting &meeting)
{
    if (failed())
        return 0;
    const Id id = take(store.meetings.create(meeting));
    if (id)
        ++summary.meetings;
    return id;
}

} // namespace lr
