#pragma once

#include "core/intake/QuarantineService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace lr::ui {

class RejectsByFormModel;

/// Which form produces most rejects over the last 7, 30 or 90 days: counts and reject rate per
/// form, as share bars. Clicking a form asks the page to filter the review list by it.
class RejectsByFormPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectsByFormPanel)

public:
    RejectsByFormPanel(QuarantineService &service, const AccessScope &scope, QWidget *parent = nullptr);
    ~RejectsByFormPanel() override;

    void setScope(const AccessScope &scope);
    void refresh();
    int days() const;
    void setDays(int days);

    QComboBox *periodBox() const { return m_period; }
    QTableView *table() const { return m_table; }
    RejectsByFormModel *model() const { return m_model; }

signals:
    void sourceActivated(const QString &source);

private:
    QuarantineService &m_service;
    AccessScope m_scope;
    QComboBox *m_period = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_table = nullptr;
    RejectsByFormModel *m_model = nullptr;
};

} // namespace lr::ui
