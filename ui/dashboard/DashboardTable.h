#pragma once

#include <QWidget>

#include <functional>

class QTableWidget;

namespace lr::ui {

/// Asks where to save a file: (suggested name, file filter) → path, empty when cancelled. The page
/// uses a file dialog; tests answer directly.
using SaveFileProvider = std::function<QString(QWidget *parent, const QString &suggested, const QString &filter)>;

/// A titled table of the dashboard with an "Export CSV…" button.
class DashboardTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardTable)

public:
    DashboardTable(const QString &title, const QStringList &headers, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void setRows(const QList<QStringList> &rows);
    void setSaveFileProvider(SaveFileProvider provider) { m_save = std::move(provider); }
    /// Writes the table (headers and rows, as shown) to `path` as UTF-8 CSV.
    bool exportCsv(const QString &path) const;
    /// Asks for a path and exports; returns the path written or empty.
    QString exportWithDialog();

    /// RFC 4180 quoting of one field.
    static QString csvField(const QString &text);

signals:
    void message(const QString &text);

private:
    QString m_title;
    QTableWidget *m_table = nullptr;
    SaveFileProvider m_save;
};

} // namespace lr::ui
