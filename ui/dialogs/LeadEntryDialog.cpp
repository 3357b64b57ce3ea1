#include "ui/dialogs/LeadEntryDialog.h"

#include "core/common/DisplayNames.h"
#include "core/domain/Enums.h"

#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace lr::ui {
namespace {

const QString kErrorStyle = QStringLiteral("color: #b91c1c;");
const QString kNoteStyle = QStringLiteral("color: #6b7280;");

/// In the alphabet of the language the app speaks ("Österreich" under O in German, "Ålandy" …).
void sortByName(QList<std::pair<QString, QString>> &items)
{
    // Under the C locale (LANG=C) the names are English: sorted as English, not by code point.
    const QCollator collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale());
    std::sort(items.begin(), items.end(), [&collator](const auto &a, const auto &b) {
        const int order = collator.compare(a.first, b.first);
        return order != 0 ? order < 0 : a.second < b.second;
    });
}

void fillCountries(QComboBox *combo)
{
    QList<std::pair<QString, QString>> items;
    for (int t = 1; t <= static_cast<int>(QLocale::LastTerritory); ++t) {
        const auto territory = static_cast<QLocale::Territory>(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() == 2)
            items.append({DisplayNames::country(code), code});
    }
    sortByName(items);
    items.erase(std::unique(items.begin(), items.end()), items.end());
    combo->addItem(QStringLiteral("—"), QString());
    for (const auto &[name, code] : items)
        combo->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
}

void fillLanguages(QComboBox *combo)
{
    QList<std::pair<QString, QString>> items;
    for (int l = 2; l <= static_cast<int>(QLocale::LastLanguage); ++l) {
        const auto language = static_cast<QLocale::Language>(l);
        const QString code = QLocale::languageToCode(language, QLocale::ISO639Part1);
        if (code.size() == 2)
            items.append({DisplayNames::language(code), code});
    }
    sortByName(items);
    items.erase(std::unique(items.begin(), items.end()), items.end());
    combo->addItem(QStringLiteral("—"), QString());
    for (const auto &[name, code] : items)
        combo->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
}

} // namespace

LeadEntryDialog::LeadEntryDialog(Store &store, const Clock &clock, const User &user, QWidget *parent)
    : QDialog(parent), m_store(store), m_clock(clock), m_user(user),
      m_validator(ManualLeadEntry(store, clock).validator())
{
    setObjectName(QStringLiteral("leadEntryDialog"));
    setWindowTitle(tr("New Lead"));

    auto *title = new QLabel(tr("New lead"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto *hint = new QLabel(tr("A lead from a call, a chat or a referral. Only the email is required; it is checked "
                               "as you type, like every web form and import."),
                            this);
    hint->setObjectName(QStringLiteral("pageSubtitle"));
    hint->setWordWrap(true);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("leadEntryBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(kErrorStyle);
    m_banner->hide();

    auto *form = new QFormLayout;
    m_form = form;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(6);

    auto *names = new QHBoxLayout;
    names->addWidget(addEdit(QStringLiteral("first_name"), tr("First name")));
    names->addWidget(addEdit(QStringLiteral("last_name"), tr("Last name")));
    form->addRow(tr("Name:"), names);
    form->addRow(tr("&Email:"), addEdit(QStringLiteral("email"), tr("name@company.com (required)")));
    form->addRow(QString(), addProblemLabel(QStringLiteral("email")));
    m_emailNote = new QLabel(this);
    m_emailNote->setObjectName(QStringLiteral("emailNote"));
    m_emailNote->setWordWrap(true);
    m_emailNote->setStyleSheet(kNoteStyle);
    form->addRow(QString(), m_emailNote);
    form->addRow(tr("&Phone:"), addEdit(QStringLiteral("phone"), tr("+48 601 234 567, or local with a country")));
    form->addRow(QString(), addProblemLabel(QStringLiteral("phone")));
    form->addRow(tr("C&ompany:"), addEdit(QStringLiteral("company"), QString()));
    form->addRow(tr("&Job title:"), addEdit(QStringLiteral("title"), QString()));

    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("countryCombo"));
    fillCountries(m_country);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    fillLanguages(m_language);
    form->addRow(tr("Co&untry:"), m_country);
    form->addRow(tr("&Language:"), m_language);

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    for (const LeadSource source : allLeadSources()) {
        if (source != LeadSource::CsvImport)
            m_source->addItem(displayName(source), toKey(source));
    }
    m_source->setCurrentIndex(m_source->findData(toKey(LeadSource::Manual)));
    form->addRow(tr("&Source:"), m_source);

    m_question = new QPlainTextEdit(this);
    m_question->setObjectName(QStringLiteral("questionEdit"));
    m_question->setPlaceholderText(tr("Company size, use case or budget range"));
    m_question->setTabChangesFocus(true);
    m_question->setFixedHeight(fontMetrics().lineSpacing() * 3 + 14);
    form->addRow(tr("&Question:"), m_question);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Lead"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // messages that appear make room, never overlap
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LeadEntryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_country, &QComboBox::currentIndexChanged, this, &LeadEntryDialog::validate);
    connect(m_language, &QComboBox::currentIndexChanged, this, &LeadEntryDialog::validate);
    setMinimumWidth(560);
    validate();
    m_edits.value(QStringLiteral("first_name"))->setFocus();
}

LeadEntryDialog::~LeadEntryDialog() = default;

QLineEdit *LeadEntryDialog::addEdit(const QString &field, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(field + QStringLiteral("Edit"));
    edit->setPlaceholderText(placeholder);
    m_edits.insert(field, edit);
    connect(edit, &QLineEdit::textChanged, this, &LeadEntryDialog::validate);
    return edit;
}

QLabel *LeadEntryDialog::addProblemLabel(const QString &field)
{
    auto *label = new QLabel(this);
    label->setObjectName(field + QStringLiteral("Problem"));
    label->setWordWrap(true);
    label->setStyleSheet(kErrorStyle);
    m_problems.insert(field, label);
    return label;
}

LeadForm LeadEntryDialog::form() const
{
    LeadForm f;
    f.firstName = m_edits.value(QStringLiteral("first_name"))->text();
    f.lastName = m_edits.value(QStringLiteral("last_name"))->text();
    f.email = m_edits.value(QStringLiteral("email"))->text();
    f.phone = m_edits.value(QStringLiteral("phone"))->text();
    f.company = m_edits.value(QStringLiteral("company"))->text();
    f.title = m_edits.value(QStringLiteral("title"))->text();
    f.country = m_country->currentData().toString();
    f.language = m_language->currentData().toString();
    f.source = m_source->currentData().toString();
    f.question = m_question->toPlainText();
    return f;
}

QString LeadEntryDialog::problem(const QString &field) const
{
    const QLabel *label = m_problems.value(field);
    return label ? label->text() : QString();
}

QPushButton *LeadEntryDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void LeadEntryDialog::validate()
{
    const LeadForm f = form();
    const QHash<QString, QString> issues = m_validator.check(f);
    bool rowsChanged = false;
    for (auto it = m_problems.constBegin(); it != m_problems.constEnd(); ++it) {
        // Nothing typed yet is not an error to shout about; OK stays disabled regardless.
        const bool typed = !m_edits.value(it.key())->text().trimmed().isEmpty();
        const QString text = typed ? issues.value(it.key()) : QString();
        it.value()->setText(text);
        rowsChanged |= m_form->isRowVisible(it.value()) == text.isEmpty();
        m_form->setRowVisible(it.value(), !text.isEmpty());
    }
    const QString note = issues.contains(QStringLiteral("email")) ? QString() : m_validator.emailNote(f.email);
    m_emailNote->setText(note);
    rowsChanged |= m_form->isRowVisible(m_emailNote) == note.isEmpty();
    m_form->setRowVisible(m_emailNote, !note.isEmpty());
    okButton()->setEnabled(issues.isEmpty());
    if (rowsChanged && isVisible()) { // a message went away: give its room back
        layout()->activate();
        resize(width(), sizeHint().height());
    }
}

void LeadEntryDialog::accept()
{
    if (!okButton()->isEnabled())
        return;
    const Result<ManualEntryResult> result = ManualLeadEntry(m_store, m_clock).submit(m_user, form());
    if (!result) {
        m_banner->setText(result.error());
        m_banner->show();
        return;
    }
    m_result = result.value();
    const auto status = m_result->outcome.status;
    if (status == IntakeOutcome::Status::Created || status == IntakeOutcome::Status::Merged) {
        QDialog::accept();
        return;
    }
    // Quarantined or failed: the raw entry is in the journal; keep the form so it can be corrected.
    m_banner->setText(m_result->message());
    m_banner->show();
}

} // namespace lr::ui
