#include "ui/dashboard/DashboardTable.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lr::ui {

DashboardTable::DashboardTable(const QString &title, const QStringList &headers, QWidget *parent)
    : QWidget(parent), m_title(title)
{
    auto *label = new QLabel(title, this);
    label->setObjectName(QStringLiteral("sectionTitle"));
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    connect(exportButton, &QPushButton::clicked, this, [this] { exportWithDialog(); });
    m_table = new QTableWidget(0, static_cast<int>(headers.size()), this);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(160);
    m_save = [](QWidget *p, const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(p, tr("Export"), suggested, filter);
    };
    auto *header = new QHBoxLayout;
    header->addWidget(label, 1);
    header->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);
}

void DashboardTable::setRows(const QList<QStringList> &rows)
{
    m_table->setSortingEnabled(false);
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size() && c < m_table->columnCount(); ++c) {
            auto *item = new QTableWidgetItem(rows.at(r).at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
}

QString DashboardTable::csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool DashboardTable::exportCsv(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_table->columnCount(); ++c)
        header << csvField(m_table->horizontalHeaderItem(c)->text());
    lines << header.join(QLatin1Char(','));
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < m_table->columnCount(); ++c)
            fields << csvField(m_table->item(r, c) ? m_table->item(r, c)->text() : QString());
        lines << fields.join(QLatin1Char(','));
    }
    const QByteArray data = (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
    return file.write(data) == data.size();
}

QString DashboardTable::exportWithDialog()
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\w]+"));
    const QString suggested = m_title.toLower().replace(unsafe, QStringLiteral("-")) + QStringLiteral(".csv");
    const QString path = m_save ? m_save(this, suggested, tr("CSV files (*.csv)")) : QString();
    if (path.isEmpty())
        return {};
    if (!exportCsv(path)) {
        emit message(tr("Could not write %1.").arg(path));
        return {};
    }
    emit message(tr("Exported %1.").arg(path));
    return path;
}

} // namespace lr::ui
