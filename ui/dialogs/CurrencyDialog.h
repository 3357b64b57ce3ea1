#pragma once

#include "core/domain/ExchangeRates.h"
#include "core/security/AccessScope.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lr {
class Clock;
class Store;
} // namespace lr

namespace lr::ui {

/// Tools ▸ Currencies…: the home currency deal sums are made in and the rate of every other
/// currency. Currencies deals use without a rate are listed with an empty rate to fill in. Saving
/// goes through core's CurrencyService (admins only, codes and rates checked); for anyone else
/// the dialog only shows the rates.
class CurrencyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurrencyDialog)

public:
    CurrencyDialog(Store &store, const Clock &clock, const AccessScope &editor, QWidget *parent = nullptr);
    ~CurrencyDialog() override;

    /// The rates as the table shows them; on a bad cell `error` says which and why.
    std::optional<ExchangeRates> shownRates(QString *error) const;

    QComboBox *homeCombo() const { return m_home; }
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *saveButton() const;
    QLabel *errorLabel() const { return m_error; }

signals:
    /// The rates were saved: sums shown elsewhere are out of date.
    void ratesChanged();

public slots:
    void accept() override;

private:
    void fill(const ExchangeRates &rates);
    void fillHomeChoices();
    void changeHome();
    void addRow(const QString &currency, const QString &rate, Instant updatedAt);
    void updateHeader();

    Store &m_store;
    const Clock &m_clock;
    AccessScope m_editor;
    bool m_editable = false;
    QString m_shownHome;
    QMap<QString, Instant> m_updatedAt;
    QComboBox *m_home = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_missing = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lr::ui
