#pragma once

#include "core/domain/User.h"
#include "core/intake/LeadFormValidator.h"
#include "core/intake/ManualLeadEntry.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace lr {
class Clock;
class Store;
} // namespace lr

namespace lr::ui {

/// File ▸ New Lead…: a lead typed in by hand (a call, a chat, a referral). Each field is checked
/// as the person types with the intake's own hygiene (LeadFormValidator); OK stays disabled until
/// the form is valid. OK submits through ManualLeadEntry (journaled first); a created or merged
/// lead closes the dialog, a quarantined one keeps it open with the reason.
class LeadEntryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadEntryDialog)

public:
    LeadEntryDialog(Store &store, const Clock &clock, const User &user, QWidget *parent = nullptr);
    ~LeadEntryDialog() override;

    LeadForm form() const;
    /// The outcome once the lead was submitted.
    const std::optional<ManualEntryResult> &result() const { return m_result; }

    QLineEdit *edit(const QString &field) const { return m_edits.value(field); }
    QComboBox *countryCombo() const { return m_country; }
    QComboBox *languageCombo() const { return m_language; }
    QComboBox *sourceCombo() const { return m_source; }
    /// The inline problem shown under `field` ("email", "phone", …), empty when none.
    QString problem(const QString &field) const;
    QLabel *bannerLabel() const { return m_banner; }
    QPushButton *okButton() const;

public slots:
    void accept() override;

private:
    QLineEdit *addEdit(const QString &field, const QString &placeholder);
    QLabel *addProblemLabel(const QString &field);
    void validate();

    Store &m_store;
    const Clock &m_clock;
    User m_user;
    LeadFormValidator m_validator;
    QFormLayout *m_form = nullptr;
    QHash<QString, QLineEdit *> m_edits;
    QHash<QString, QLabel *> m_problems;
    QComboBox *m_country = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_source = nullptr;
    QPlainTextEdit *m_question = nullptr;
    QLabel *m_emailNote = nullptr;
    QLabel *m_banner = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::optional<ManualEntryResult> m_result;
};

} // namespace lr::ui
