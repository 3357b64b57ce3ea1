#include "ui/models/TimelineModel.h"

#include "ui/Format.h"

namespace lr::ui {

TimelineModel::TimelineModel(const Clock &clock, QObject *parent) : QAbstractListModel(parent), m_clock(clock) {}

TimelineModel::~TimelineModel() = default;

void TimelineModel::setEntries(QList<TimelineEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.title;
    case Qt::ToolTipRole:
        return entry.detail.isEmpty() ? entry.title + QLatin1Char('\n') + Format::dateTime(entry.at, true)
                                      : entry.title + QLatin1Char('\n') + entry.detail + QLatin1Char('\n') +
                                            Format::dateTime(entry.at, true);
    case DetailRole:
        return entry.detail;
    case AtRole:
        return entry.at;
    case KindRole:
        return static_cast<int>(entry.kind);
    case RelativeTimeRole:
        return Format::relative(entry.at, m_clock.now());
    case AbsoluteTimeRole:
        return Format::dateTime(entry.at, true);
    default:
        return {};
    }
}

} // namespace lr::ui
