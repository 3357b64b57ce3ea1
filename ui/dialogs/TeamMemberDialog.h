#pragma once

#include "core/domain/Team.h"
#include "core/domain/User.h"
#include "core/security/AccessScope.h"
#include "ui/widgets/PersonFields.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace lr {
class Clock;
class Store;
} // namespace lr

namespace lr::ui {

/// Edits one person of the team: role and team (admins), languages, territories, segment,
/// capacity, working days and hours, time zone, out-of-office periods and the active flag. Given a
/// user without an id, it adds a new person instead (admins), with a name and a sign-in address.
/// Save goes through core's TeamService, which checks the editor's rights, validates and hands
/// open leads on when the person leaves; a refusal stays in the dialog as a message.
class TeamMemberDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamMemberDialog)

public:
    TeamMemberDialog(Store &store, const Clock &clock, const AccessScope &editor, const User &user,
                     QWidget *parent = nullptr);
    ~TeamMemberDialog() override;

    /// The profile as the fields say now.
    User edited() const;
    /// Open leads handed on by the last successful save.
    int reassignedLeads() const { return m_reassigned; }

    /// The per-weekday grid (0 = Monday … 6 = Sunday): working or not, from, to, and the row's error.
    QCheckBox *dayOnBox(int weekday) const { return m_week.at(weekday).on; }
    QTimeEdit *dayFromEdit(int weekday) const { return m_week.at(weekday).from; }
    QTimeEdit *dayToEdit(int weekday) const { return m_week.at(weekday).to; }
    QLabel *dayErrorLabel(int weekday) const { return m_week.at(weekday).error; }
    QTimeEdit *startEdit() const { return m_start; }
    QTimeEdit *endEdit() const { return m_end; }
    QDateEdit *absenceFromEdit() const { return m_absenceFrom; }
    QDateEdit *absenceToEdit() const { return m_absenceTo; }
    QLineEdit *absenceReasonEdit() const { return m_absenceReason; }
    QPushButton *addAbsenceButton() const { return m_addAbsence; }
    QPushButton *removeAbsenceButton() const { return m_removeAbsence; }
    QListWidget *absenceList() const { return m_absences; }
    QCheckBox *activeBox() const { return m_active; }
    QPushButton *saveButton() const;
    QLabel *errorLabel() const { return m_error; }
    QLineEdit *nameEdit() const { return m_person ? m_person->name : nullptr; }
    QLineEdit *emailEdit() const { return m_person ? m_person->email : nullptr; }

signals:
    /// The profile was stored.
    void saved(lr::Id userId, int reassignedLeads);

private:
    void build();
    void load();
    void addAbsence();
    void removeAbsence();
    void save();
    /// Checks the per-weekday grid; marks each bad row at its fields. False when any is bad.
    bool checkWeek();
    /// Rows that still follow the defaults show the default days and hours again.
    void syncWeekWithDefaults();
    void showAbsences();
    Instant localMidnight(const QDate &date) const;

    bool adding() const { return m_user.id == 0; }

    Store &m_store;
    const Clock &m_clock;
    AccessScope m_editor;
    User m_user;
    QList<Absence> m_absenceData;
    QList<Team> m_teams;
    int m_reassigned = 0;

    QComboBox *m_role = nullptr;
    QComboBox *m_team = nullptr;
    std::optional<PersonFields> m_person; ///< Only when adding a person.
    QLineEdit *m_languages = nullptr;
    QLineEdit *m_territories = nullptr;
    QComboBox *m_segment = nullptr;
    QSpinBox *m_capacity = nullptr;
    QList<QCheckBox *> m_days;
    /// One row of the per-weekday grid; `own` once it was edited (or stored) apart from the defaults.
    struct DayRow
    {
        QCheckBox *on = nullptr;
        QTimeEdit *from = nullptr;
        QTimeEdit *to = nullptr;
        QLabel *error = nullptr;
        bool own = false;
    };
    QList<DayRow> m_week;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QComboBox *m_timeZone = nullptr;
    QListWidget *m_absences = nullptr;
    QDateEdit *m_absenceFrom = nullptr;
    QDateEdit *m_absenceTo = nullptr;
    QLineEdit *m_absenceReason = nullptr;
    QPushButton *m_addAbsence = nullptr;
    QPushButton *m_removeAbsence = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lr::ui
