#include "ui/dialogs/CurrencyDialog.h"

#include "core/pipeline/CurrencyService.h"
#include "core/store/Store.h"
#include "ui/Format.h"
#include "ui/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lr::ui {
namespace {

enum Column { CurrencyColumn, RateColumn, ChangedColumn };

/// Without thousands separators, which a rate is never read with ("1.450" is 1.45 in German too).
QString shownRate(double rate)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(rate, 'g', 8);
}

} // namespace

CurrencyDialog::CurrencyDialog(Store &store, const Clock &clock, const AccessScope &editor, QWidget *parent)
    : QDialog(parent), m_store(store), m_clock(clock), m_editor(editor), m_editable(editor.role == Role::Admin)
{
    setObjectName(QStringLiteral("currencyDialog"));
    setWindowTitle(tr("Currencies"));
    auto *hint = new QLabel(tr("Deals keep their own currency. Column sums, the forecast and the dashboard add them "
                               "up in the home currency at these rates. A currency without a rate is added as it "
                               "is, and a sum of several such currencies reads \"mixed\"."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #5e6c84;"));
    m_home = new QComboBox(this);
    m_home->setObjectName(QStringLiteral("homeCurrency"));
    m_home->setEnabled(m_editable);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("rateTable"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(CurrencyColumn, QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(RateColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ChangedColumn, QHeaderView::Fixed);
    if (!m_editable)
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("missingRates"));
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("color: #b45309;"));
    m_add = new QPushButton(tr("Add Currency"), this);
    m_add->setObjectName(QStringLiteral("addCurrency"));
    m_remove = new QPushButton(tr("Remove Currency"), this);
    m_remove->setObjectName(QStringLiteral("removeCurrency"));
    m_add->setVisible(m_editable);
    m_remove->setVisible(m_editable);
    m_error = Theme::errorLabel(this);
    m_buttons = new QDialogButtonBox(
        m_editable ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CurrencyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow(QString(), QString(), 0);
        m_table->setCurrentCell(m_table->rowCount() - 1, CurrencyColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, CurrencyColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const int row = m_table->currentRow(); row >= 0)
            m_table->removeRow(row);
        fillHomeChoices();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == CurrencyColumn) {
            const QSignalBlocker block(m_table);
            item->setText(item->text().trimmed().toUpper());
        }
        fillHomeChoices();
    });
    connect(m_home, &QComboBox::currentTextChanged, this, &CurrencyDialog::changeHome);

    auto *form = new QFormLayout;
    form->addRow(tr("Home currency"), m_home);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_add);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_missing);
    layout->addLayout(rowButtons);
    if (!m_editable) {
        auto *readOnly = new QLabel(tr("Only an admin can change the exchange rates."), this);
        readOnly->setStyleSheet(QStringLiteral("color: #5e6c84;"));
        layout->addWidget(readOnly);
    }
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumSize(fontMetrics().averageCharWidth() * 72, fontMetrics().height() * 24);

    const CurrencyService service(m_store, m_clock);
    m_updatedAt = service.updatedAt();
    fill(service.rates());
    const QStringList missing = service.missingRates();
    for (const QString &currency : missing)
        addRow(currency, QString(), 0);
    m_missing->setText(missing.isEmpty() ? QString()
                                         : tr("Deals in %1 have no rate yet: their values are added as they are.")
                                               .arg(QLocale().createSeparatedList(missing)));
    m_missing->setVisible(!missing.isEmpty());
    fillHomeChoices();
}

CurrencyDialog::~CurrencyDialog() = default;

QPushButton *CurrencyDialog::saveButton() const
{
    return m_buttons->button(m_editable ? QDialogButtonBox::Save : QDialogButtonBox::Close);
}

void CurrencyDialog::fill(const ExchangeRates &rates)
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    m_shownHome = rates.home;
    for (auto it = rates.perHome.cbegin(); it != rates.perHome.cend(); ++it) {
        if (it.key() != rates.home) {
            addRow(it.key(), shownRate(it.value()), m_updatedAt.value(it.key()));
            // The exact rate, kept while the cell still shows it (a rebased one has more digits).
            m_table->item(m_table->rowCount() - 1, RateColumn)->setData(Qt::UserRole, it.value());
        }
    }
    updateHeader();
}

void CurrencyDialog::addRow(const QString &currency, const QString &rate, Instant updatedAt)
{
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, CurrencyColumn, new QTableWidgetItem(currency));
    auto *rateItem = new QTableWidgetItem(rate);
    rateItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, RateColumn, rateItem);
    auto *changed = new QTableWidgetItem(updatedAt > 0 ? Format::dateTime(updatedAt) : Format::missing());
    changed->setFlags(changed->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(row, ChangedColumn, changed);
}

void CurrencyDialog::updateHeader()
{
    m_table->setHorizontalHeaderLabels({tr("Currency"), tr("Units for 1 %1").arg(m_shownHome), tr("Last changed")});
    // The header is drawn bold: size the fixed columns for their bold titles in every language.
    QFont bold = m_table->horizontalHeader()->font();
    bold.setBold(true);
    const QFontMetrics title(bold);
    const int padding = fontMetrics().averageCharWidth() * 4;
    m_table->setColumnWidth(CurrencyColumn, title.horizontalAdvance(tr("Currency")) + padding);
    m_table->setColumnWidth(ChangedColumn, std::max(title.horizontalAdvance(tr("Last changed")),
                                                    fontMetrics().horizontalAdvance(Format::dateTime(m_clock.now()))) +
                                               padding);
}

void CurrencyDialog::fillHomeChoices()
{
    QStringList choices{m_shownHome};
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString code = m_table->item(row, CurrencyColumn)->text();
        if (CurrencyService::isCurrencyCode(code) && !m_table->item(row, RateColumn)->text().trimmed().isEmpty() &&
            !choices.contains(code))
            choices.append(code);
    }
    std::sort(choices.begin(), choices.end());
    const QSignalBlocker block(m_home);
    m_home->clear();
    m_home->addItems(choices);
    m_home->setCurrentText(m_shownHome);
}

std::optional<ExchangeRates> CurrencyDialog::shownRates(QString *error) const
{
    ExchangeRates rates;
    rates.home = m_shownHome;
    rates.perHome = {{m_shownHome, 1.0}};
    QSet<QString> seen{m_shownHome};
    // "1.080" is not a thousand and eighty in German: no group separators in a rate.
    QLocale locale;
    locale.setNumberOptions(QLocale::RejectGroupSeparator);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString code = m_table->item(row, CurrencyColumn)->text().trimmed().toUpper();
        const QString text = m_table->item(row, RateColumn)->text().trimmed();
        if (code.isEmpty() && text.isEmpty())
            continue; // an added row left empty
        if (!CurrencyService::isCurrencyCode(code)) {
            *error = tr("Row %1: \"%2\" is not a currency code: use three capital letters, like PLN.")
                         .arg(row + 1)
                         .arg(code);
            return std::nullopt;
        }
        if (seen.contains(code)) {
            *error = tr("%1 is listed twice.").arg(code);
            return std::nullopt;
        }
        seen.insert(code);
        if (text.isEmpty())
            continue; // no rate yet: its deals are added as they are
        const QVariant exact = m_table->item(row, RateColumn)->data(Qt::UserRole);
        if (exact.isValid() && text == shownRate(exact.toDouble())) {
            rates.perHome.insert(code, exact.toDouble());
            continue;
        }
        bool ok = false;
        double rate = locale.toDouble(text, &ok);
        if (!ok)
            rate = QLocale::c().toDouble(text, &ok);
        if (!ok || !(rate > 0)) {
            *error = tr("The rate of %1, \"%2\", is not a number above 0.").arg(code, text);
            return std::nullopt;
        }
        rates.perHome.insert(code, rate);
    }
    return rates;
}

void CurrencyDialog::changeHome()
{
    const QString home = m_home->currentText();
    if (home.isEmpty() || home == m_shownHome)
        return;
    QString error;
    std::optional<ExchangeRates> rates = shownRates(&error);
    Result<ExchangeRates> rebased =
        rates ? CurrencyService::rebased(*rates, home) : Result<ExchangeRates>::failure(error);
    if (!rebased) {
        m_error->setText(rebased.error());
        m_error->show();
        const QSignalBlocker block(m_home);
        m_home->setCurrentText(m_shownHome);
        return;
    }
    // Rows without a rate stay listed without one.
    QStringList unrated;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString code = m_table->item(row, CurrencyColumn)->text();
        if (!code.isEmpty() && m_table->item(row, RateColumn)->text().trimmed().isEmpty())
            unrated.append(code);
    }
    m_error->hide();
    m_updatedAt.clear(); // every rate changes with the home currency
    fill(*rebased);
    for (const QString &code : std::as_const(unrated))
        addRow(code, QString(), 0);
    fillHomeChoices();
}

void CurrencyDialog::accept()
{
    if (!m_editable) {
        QDialog::accept();
        return;
    }
    QString error;
    const std::optional<ExchangeRates> rates = shownRates(&error);
    CurrencyService service(m_store, m_clock);
    const bool changed = rates && service.rates() != *rates;
    const Status saved = rates ? service.save(m_editor, *rates) : Status::failure(error);
    if (!saved) {
        m_error->setText(saved.error());
        m_error->show();
        return;
    }
    if (changed)
        emit ratesChanged();
    QDialog::accept();
}

} // namespace lr::ui
