#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/demo/DemoRandom.h"
#include "core/domain/Activity.h"
#include "core/domain/Event.h"
#include "core/domain/Meeting.h"
#include "core/domain/Task.h"

#include <QJsonObject>

namespace lr {

class Store;

/// Demo content people would have typed — notes, next steps, reasons, answers to the form's
/// question — in the language the app speaks when the demo is made, as a team in that country
/// writes it. Marked with QT_TRANSLATE_NOOP("lr::DemoText", …).
QString demoText(const char *source);
/// demoText() of each.
QStringList demoTexts(std::initializer_list<const char *> sources);

/// What the parts of the demo generator share while they fill one store: the repositories, the
/// random source, "now", the running counts and the first error (after which every write is skipped,
/// and the generator rolls the whole transaction back).
class DemoContext final
{
    Q_DISABLE_COPY_MOVE(DemoContext)

public:
    DemoContext(Store &store, const DemoOptions &options, Instant now)
        : store(store), rng(options.seed), now(now), options(options)
    {}

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    /// The value of `result`, or 0 after recording its error.
    Id take(const Result<Id> &result)
    {
        if (result)
            return result.value();
        fail(result.error());
        return 0;
    }

    void check(const Status &status)
    {
        if (!status)
            fail(status.error());
    }

    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    Id event(const QString &type, Instant at, Id leadId, Id dealId, Id userId, const QJsonObject &payload = {});
    Id activity(const Activity &activity);
    Id task(const Task &task);
    Id meeting(const Meeting &meeting);

    Store &store;
    DemoRandom rng;
    const Instant now;
    const DemoOptions options;
    DemoSummary summary;

private:
    QString m_error;
};

} // namespace lr
