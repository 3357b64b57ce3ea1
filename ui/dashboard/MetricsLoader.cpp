#include "ui/dashboard/MetricsLoader.h"

#include "core/metrics/MetricsService.h"
#include "core/store/Store.h"

#include <QThread>

namespace lr::ui {

MetricsLoader::MetricsLoader(QString databasePath, const Clock &clock, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)), m_clock(clock)
{}

MetricsLoader::~MetricsLoader()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void MetricsLoader::load(const AccessScope &scope, const MetricsFilter &filter)
{
    if (m_thread) {
        m_waiting = Request{scope, filter};
        return;
    }
    start(Request{scope, filter});
}

void MetricsLoader::start(const Request &request)
{
    m_error.clear();
    m_thread = QThread::create([this, request] {
        // Worker thread: its own connection (Qt SQL connections belong to one thread).
        DatabaseError error;
        std::unique_ptr<Store> store = Store::open(m_path, &error);
        if (!store) {
            m_error = tr("Cannot open the store for the dashboard: %1").arg(error.message);
            return;
        }
        MetricsService service(*store, m_clock);
        if (const auto refreshed = service.refresh(); !refreshed) {
            m_error = refreshed.error();
            return;
        }
        const auto current = service.report(request.scope, request.filter);
        if (!current) {
            m_error = current.error();
            return;
        }
        const auto previous = service.report(request.scope, request.filter.previous(), MetricsService::Detail::Kpis);
        if (!previous) {
            m_error = previous.error();
            return;
        }
        m_current = current.value();
        m_previous = previous.value();
    });
    m_thread->setObjectName(QStringLiteral("dashboardMetrics"));
    connect(m_thread, &QThread::finished, this, &MetricsLoader::onFinished);
    m_thread->start();
}

void MetricsLoader::onFinished()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_waiting) {
        const Request next = *m_waiting;
        m_waiting.reset();
        start(next);
        return;
    }
    if (!m_error.isEmpty())
        emit failed(m_error);
    else
        emit loaded(m_current, m_previous);
}

} // namespace lr::ui
