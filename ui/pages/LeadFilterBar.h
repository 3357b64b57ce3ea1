#pragma once

#include "core/domain/User.h"
#include "core/store/LeadRepository.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace lr::ui {

/// Search box (debounced), owner, status, source and score class pickers and the count of matching leads.
/// Emits filterChanged() once the user has stopped typing or picked something.
class LeadFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadFilterBar)

public:
    static constexpr int kDefaultDebounceMs = 250;

    explicit LeadFilterBar(QWidget *parent = nullptr);
    ~LeadFilterBar() override;

    /// Owners the user may filter by (those visible to the scope). Hidden when there is no choice.
    void setOwners(const QList<User> &owners);
    LeadFilter filter() const;
    /// Puts every control back to "all" without emitting filterChanged().
    void reset();
    void setCount(qint64 count);

    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }
    int debounceInterval() const { return m_debounce.interval(); }

    void focusSearch();
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *classCombo() const { return m_class; }

signals:
    void filterChanged();

private:
    void fillStatusAndSource();
    void updateResetButton();

    QLineEdit *m_search = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_class = nullptr;
    QToolButton *m_reset = nullptr;
    QLabel *m_count = nullptr;
    QTimer m_debounce;
};

} // namespace lr::ui
