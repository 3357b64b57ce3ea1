#include "ui/dialogs/ExitCriteriaDialog.h"

#include "core/pipeline/DealFields.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lr::ui {

ExitCriteriaDialog::ExitCriteriaDialog(const Deal &deal, const QString &stageName, const QStringList &missingFields,
                                       Instant now, Submit submit, QWidget *parent)
    : QDialog(parent), m_submit(std::move(submit)), m_fields(missingFields)
{
    setObjectName(QStringLiteral("exitCriteriaDialog"));
    setWindowTitle(tr("Move to %1").arg(stageName));
    setMinimumWidth(420);

    auto *intro = new QLabel(tr("<b>%1</b> needs a few details before it can enter <b>%2</b>.")
                                 .arg(deal.title.toHtmlEscaped(), stageName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const QString &key : missingFields) {
        QWidget *editor = createEditor(key, deal, now);
        m_editors.insert(key, editor);
        form->addRow(DealFields::label(key) + QLatin1Char(':'), editor);
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("exitCriteriaError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Move to %1").arg(stageName));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("exitCriteriaOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExitCriteriaDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    if (!m_fields.isEmpty())
        m_editors.value(m_fields.first())->setFocus();
}

QWidget *ExitCriteriaDialog::createEditor(const QString &key, const Deal &deal, Instant now)
{
    QWidget *editor = nullptr;
    if (key == DealFields::LostReason) {
        auto *combo = new QComboBox(this);
        combo->addItem(tr("Choose a reason…"), QString());
        for (const QString &reason : LostReasons::keys())
            combo->addItem(LostReasons::displayName(reason), reason);
        editor = combo;
    } else if (key == DealFields::ExpectedClose) {
        auto *date = new QDateEdit(this);
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        date->setDate(QDateTime::fromMSecsSinceEpoch(now + 30 * kDayMs, Qt::UTC).date());
        editor = date;
    } else {
        auto *line = new QLineEdit(DealFields::text(deal, key), this);
        if (key == DealFields::Value)
            line->setPlaceholderText(tr("e.g. 12500 (%1)").arg(deal.currency));
        else if (key == DealFields::BillingEmail)
            line->setPlaceholderText(tr("billing@company.com"));
        else if (key == DealFields::DecisionMaker)
            line->setPlaceholderText(tr("Name and role, e.g. Jana Novak (CFO)"));
        else if (key == DealFields::VatId)
            line->setPlaceholderText(tr("e.g. DE123456789"));
        editor = line;
    }
    editor->setObjectName(QStringLiteral("field_%1").arg(key));
    return editor;
}

QWidget *ExitCriteriaDialog::editor(const QString &key) const
{
    return m_editors.value(key);
}

QString ExitCriteriaDialog::error() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QMap<QString, QString> ExitCriteriaDialog::values() const
{
    QMap<QString, QString> out;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (auto *line = qobject_cast<QLineEdit *>(it.value()))
            out.insert(it.key(), line->text());
        else if (auto *combo = qobject_cast<QComboBox *>(it.value()))
            out.insert(it.key(), combo->currentData().toString());
        else if (auto *date = qobject_cast<QDateEdit *>(it.value()))
            out.insert(it.key(), date->date().toString(Qt::ISODate));
    }
    return out;
}

void ExitCriteriaDialog::accept()
{
    const QString problem = m_submit ? m_submit(values()) : QString();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace lr::ui
