#pragma once

#include "core/common/Clock.h"
#include "ui/models/TimelineEntry.h"

#include <QAbstractListModel>
#include <QList>

namespace lr {
class Clock;
}

namespace lr::ui {

/// A lead's timeline for a list view: title as display text, plus roles a delegate paints from.
class TimelineModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    enum ItemRole {
        DetailRole = Qt::UserRole + 1, ///< Secondary line (QString).
        AtRole,                        ///< Instant (qint64).
        KindRole,                      ///< int(TimelineEntry::Kind).
        RelativeTimeRole,              ///< "5 min ago", against the injected clock.
        AbsoluteTimeRole,              ///< Local date and time.
    };

    explicit TimelineModel(const Clock &clock, QObject *parent = nullptr);
    ~TimelineModel() override;

    void setEntries(QList<TimelineEntry> entries);
    const QList<TimelineEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    const Clock &m_clock;
    QList<TimelineEntry> m_entries;
};

} // namespace lr::ui
