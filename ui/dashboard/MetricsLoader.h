#pragma once

#include "core/metrics/MetricsReport.h"
#include "core/security/AccessScope.h"

#include <QObject>

#include <optional>

class QThread;

namespace lr {
class Clock;
}

namespace lr::ui {

/// Computes the dashboard's figures off the GUI thread, on its own store connection: folds new
/// history into the metric facts, then reads the period and (for the trend arrows) the period
/// before it. A request made while one runs replaces any waiting one.
class MetricsLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsLoader)

public:
    MetricsLoader(QString databasePath, const Clock &clock, QObject *parent = nullptr);
    ~MetricsLoader() override;

    void load(const AccessScope &scope, const MetricsFilter &filter);
    bool isLoading() const { return m_thread != nullptr; }

signals:
    void loaded(const lr::MetricsReport &current, const lr::MetricsReport &previous);
    void failed(const QString &error);

private:
    struct Request
    {
        AccessScope scope;
        MetricsFilter filter;
    };
    void start(const Request &request);
    void onFinished();

    QString m_path;
    const Clock &m_clock;
    QThread *m_thread = nullptr;
    std::optional<Request> m_waiting;
    MetricsReport m_current;
    MetricsReport m_previous;
    QString m_error;
};

} // namespace lr::ui
