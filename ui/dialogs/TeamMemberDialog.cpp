#include "ui/dialogs/TeamMemberDialog.h"

#include "core/routing/TeamService.h"
#include "core/store/Store.h"
#include "ui/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace lr::ui {
namespace {

QStringList splitCodes(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        out.append(part.trimmed());
    return out;
}

QString segmentName(const QString &key)
{
    if (key == QLatin1String("smb"))
        return TeamMemberDialog::tr("SMB");
    if (key == QLatin1String("mid_market"))
        return TeamMemberDialog::tr("Mid-market");
    if (key == QLatin1String("enterprise"))
        return TeamMemberDialog::tr("Enterprise");
    return TeamMemberDialog::tr("Any");
}

int minuteOf(const QTime &t, bool isEnd)
{
    // 23:59 as an end means the end of the day (a QTimeEdit cannot show 24:00).
    return isEnd && t == QTime(23, 59) ? 24 * 60 : t.msecsSinceStartOfDay() / 60000;
}

QTime timeOf(int minute)
{
    return minute >= 24 * 60 ? QTime(23, 59) : QTime(0, 0).addSecs(std::max(0, minute) * 60);
}

} // namespace

TeamMemberDialog::TeamMemberDialog(Store &store, const Clock &clock, const AccessScope &editor, const User &user,
                                   QWidget *parent)
    : QDialog(parent), m_store(store), m_clock(clock), m_editor(editor), m_user(user), m_absenceData(user.absences),
      m_teams(store.teams.all())
{
    setObjectName(QStringLiteral("teamMemberDialog"));
    setWindowTitle(adding() ? tr("Add a Person") : tr("Edit %1").arg(user.name));
    build();
    load();
    if (adding()) {
        // The name and address come first on screen, and so in the tab order.
        setTabOrder(m_person->name, m_person->email);
        setTabOrder(m_person->email, m_role);
        m_person->name->setFocus();
    }
}

TeamMemberDialog::~TeamMemberDialog() = default;

void TeamMemberDialog::build()
{
    const bool admin = m_editor.role == Role::Admin;
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (const Role r : allRoles())
        m_role->addItem(displayName(r), static_cast<int>(r));
    m_role->setEnabled(admin);
    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("teamCombo"));
    m_team->addItem(tr("No team"), Id(0));
    for (const Team &t : std::as_const(m_teams))
        m_team->addItem(t.name, t.id);
    m_team->setEnabled(admin);
    if (adding()) {
        m_person.emplace(this);
    }
    m_languages = new QLineEdit(this);
    m_languages->setPlaceholderText(tr("de, en"));
    m_territories = new QLineEdit(this);
    m_territories->setPlaceholderText(tr("DE, AT, CH"));
    m_segment = new QComboBox(this);
    for (const QString &s : TeamService::segments())
        m_segment->addItem(segmentName(s), s);
    m_capacity = new QSpinBox(this);
    m_capacity->setRange(0, 10000);
    m_capacity->setSuffix(tr(" open leads"));

    auto *days = new QWidget(this);
    auto *daysLayout = new QHBoxLayout(days);
    daysLayout->setContentsMargins(0, 0, 0, 0);
    for (int d = 0; d < 7; ++d) {
        auto *box = new QCheckBox(QLocale().dayName(d + 1, QLocale::ShortFormat), days);
        box->setObjectName(QStringLiteral("day%1").arg(d));
        m_days.append(box);
        daysLayout->addWidget(box);
    }
    m_start = new QTimeEdit(this);
    m_start->setObjectName(QStringLiteral("workStart"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end = new QTimeEdit(this);
    m_end->setObjectName(QStringLiteral("workEnd"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *hours = new QWidget(this);
    auto *hoursLayout = new QHBoxLayout(hours);
    hoursLayout->setContentsMargins(0, 0, 0, 0);
    hoursLayout->addWidget(m_start);
    hoursLayout->addWidget(new QLabel(tr("to"), hours));
    hoursLayout->addWidget(m_end);
    hoursLayout->addStretch(1);
    auto *week = new QWidget(this);
    week->setObjectName(QStringLiteral("workWeek"));
    auto *weekGrid = new QGridLayout(week);
    weekGrid->setContentsMargins(0, 0, 0, 0);
    weekGrid->addWidget(new QLabel(tr("Day"), week), 0, 0);
    weekGrid->addWidget(new QLabel(tr("From"), week), 0, 1);
    weekGrid->addWidget(new QLabel(tr("To"), week), 0, 2);
    for (int d = 0; d < 7; ++d) {
        DayRow row;
        row.on = new QCheckBox(QLocale().dayName(d + 1, QLocale::ShortFormat), week);
        row.on->setObjectName(QStringLiteral("dayHoursOn%1").arg(d));
        row.on->setToolTip(tr("Works on this day"));
        row.from = new QTimeEdit(week);
        row.from->setObjectName(QStringLiteral("dayHoursFrom%1").arg(d));
        row.from->setDisplayFormat(QStringLiteral("HH:mm"));
        row.to = new QTimeEdit(week);
        row.to->setObjectName(QStringLiteral("dayHoursTo%1").arg(d));
        row.to->setDisplayFormat(QStringLiteral("HH:mm"));
        row.to->setToolTip(tr("23:59 means until midnight"));
        row.error = new QLabel(week);
        row.error->setObjectName(QStringLiteral("dayHoursError%1").arg(d));
        row.error->setStyleSheet(QStringLiteral("color: #b3261e;"));
        row.error->hide();
        weekGrid->addWidget(row.on, d + 1, 0);
        weekGrid->addWidget(row.from, d + 1, 1);
        weekGrid->addWidget(row.to, d + 1, 2);
        weekGrid->addWidget(row.error, d + 1, 3);
        m_week.append(row);
        // Editing a row gives the day its own hours, apart from the defaults above.
        auto own = [this, d] {
            m_week[d].own = true;
            m_week[d].from->setEnabled(m_week[d].on->isChecked());
            m_week[d].to->setEnabled(m_week[d].on->isChecked());
            m_week[d].error->hide();
            m_week[d].to->setStyleSheet(QString());
        };
        connect(row.on, &QCheckBox::toggled, this, own);
        connect(row.from, &QTimeEdit::timeChanged, this, own);
        connect(row.to, &QTimeEdit::timeChanged, this, own);
    }
    weekGrid->setColumnStretch(3, 1);
    for (QCheckBox *box : std::as_const(m_days))
        connect(box, &QCheckBox::toggled, this, &TeamMemberDialog::syncWeekWithDefaults);
    connect(m_start, &QTimeEdit::timeChanged, this, &TeamMemberDialog::syncWeekWithDefaults);
    connect(m_end, &QTimeEdit::timeChanged, this, &TeamMemberDialog::syncWeekWithDefaults);

    m_timeZone = new QComboBox(this);
    m_timeZone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));

    m_absences = new QListWidget(this);
    m_absences->setObjectName(QStringLiteral("absenceList"));
    m_absences->setMaximumHeight(fontMetrics().height() * 6);
    m_absenceFrom = new QDateEdit(this);
    m_absenceFrom->setObjectName(QStringLiteral("absenceFrom"));
    m_absenceFrom->setCalendarPopup(true);
    m_absenceTo = new QDateEdit(this);
    m_absenceTo->setObjectName(QStringLiteral("absenceTo"));
    m_absenceTo->setCalendarPopup(true);
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.now(), QTimeZone(m_user.timeZone.toUtf8())).date();
    m_absenceFrom->setDate(today);
    m_absenceTo->setDate(today);
    m_absenceReason = new QLineEdit(this);
    m_absenceReason->setPlaceholderText(tr("Holiday"));
    m_addAbsence = new QPushButton(tr("Add"), this);
    m_addAbsence->setObjectName(QStringLiteral("addAbsence"));
    m_removeAbsence = new QPushButton(tr("Remove"), this);
    m_removeAbsence->setObjectName(QStringLiteral("removeAbsence"));
    auto *absenceRow = new QWidget(this);
    auto *absenceLayout = new QHBoxLayout(absenceRow);
    absenceLayout->setContentsMargins(0, 0, 0, 0);
    absenceLayout->addWidget(m_absenceFrom);
    absenceLayout->addWidget(new QLabel(tr("to"), absenceRow));
    absenceLayout->addWidget(m_absenceTo);
    absenceLayout->addWidget(m_absenceReason, 1);
    absenceLayout->addWidget(m_addAbsence);
    absenceLayout->addWidget(m_removeAbsence);
    connect(m_addAbsence, &QPushButton::clicked, this, &TeamMemberDialog::addAbsence);
    connect(m_removeAbsence, &QPushButton::clicked, this, &TeamMemberDialog::removeAbsence);

    m_active = new QCheckBox(tr("Active (takes new leads; unticking hands their open leads on)"), this);
    m_active->setObjectName(QStringLiteral("activeBox"));
    m_error = Theme::errorLabel(this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamMemberDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    if (adding()) {
        m_person->addTo(form);
        // A new person starts active, with no time off yet: both are edited later.
        m_absences->hide();
        absenceRow->hide();
        m_active->hide();
    }
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Team"), m_team);
    form->addRow(tr("Languages"), m_languages);
    form->addRow(tr("Territories"), m_territories);
    form->addRow(tr("Segment"), m_segment);
    form->addRow(tr("Capacity"), m_capacity);
    form->addRow(tr("Working days"), days);
    form->addRow(tr("Working hours"), hours);
    form->addRow(tr("Hours per day"), week);
    form->addRow(tr("Time zone"), m_timeZone);
    if (!adding()) {
        form->addRow(tr("Out of office"), m_absences);
        form->addRow(QString(), absenceRow);
        form->addRow(QString(), m_active);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
}

void TeamMemberDialog::load()
{
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(m_user.role)));
    m_team->setCurrentIndex(std::max(0, m_team->findData(m_user.teamId)));
    m_languages->setText(m_user.languages.join(QStringLiteral(", ")));
    m_territories->setText(m_user.territories.join(QStringLiteral(", ")));
    m_segment->setCurrentIndex(std::max(0, m_segment->findData(m_user.segment)));
    m_capacity->setValue(m_user.capacity);
    for (int d = 0; d < 7; ++d)
        m_days.at(d)->setChecked(m_user.workDays & (1 << d));
    m_start->setTime(QTime(0, 0).addSecs(m_user.workStartMinute * 60));
    m_end->setTime(m_user.workEndMinute >= 24 * 60 ? QTime(23, 59) : QTime(0, 0).addSecs(m_user.workEndMinute * 60));
    for (int d = 0; d < 7; ++d) {
        DayRow &row = m_week[d];
        const std::optional<WorkSpan> &own = m_user.workWeek[static_cast<size_t>(d)];
        const QSignalBlocker blockOn(row.on), blockFrom(row.from), blockTo(row.to);
        row.own = own.has_value();
        const bool on = own ? !own->isOff() : (m_user.workDays & (1 << d)) != 0;
        row.on->setChecked(on);
        row.from->setTime(timeOf(own && on ? own->startMinute : m_user.workStartMinute));
        row.to->setTime(timeOf(own && on ? own->endMinute : m_user.workEndMinute));
        row.from->setEnabled(on);
        row.to->setEnabled(on);
    }
    m_timeZone->setCurrentText(m_user.timeZone);
    m_active->setChecked(m_user.active);
    showAbsences();
}

void TeamMemberDialog::syncWeekWithDefaults()
{
    for (int d = 0; d < 7; ++d) {
        DayRow &row = m_week[d];
        if (row.own)
            continue;
        const QSignalBlocker blockOn(row.on), blockFrom(row.from), blockTo(row.to);
        row.on->setChecked(m_days.at(d)->isChecked());
        row.from->setTime(m_start->time());
        row.to->setTime(m_end->time());
        row.from->setEnabled(row.on->isChecked());
        row.to->setEnabled(row.on->isChecked());
    }
}

bool TeamMemberDialog::checkWeek()
{
    bool ok = true;
    for (DayRow &row : m_week) {
        const bool bad =
            row.own && row.on->isChecked() && minuteOf(row.to->time(), true) <= minuteOf(row.from->time(), false);
        row.error->setText(bad ? tr("Must end after it starts") : QString());
        row.error->setVisible(bad);
        row.to->setStyleSheet(bad ? QStringLiteral("border: 1px solid #b3261e;") : QString());
        row.to->setToolTip(bad ? tr("The hours of this day must end after they start.")
                               : tr("23:59 means until midnight"));
        ok = ok && !bad;
    }
    return ok;
}

Instant TeamMemberDialog::localMidnight(const QDate &date) const
{
    QTimeZone zone(m_timeZone->currentText().toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    return QDateTime(date, QTime(0, 0), zone).toMSecsSinceEpoch();
}

void TeamMemberDialog::showAbsences()
{
    m_absences->clear();
    QTimeZone zone(m_timeZone->currentText().toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QLocale locale;
    for (const Absence &a : std::as_const(m_absenceData)) {
        const QDate from = QDateTime::fromMSecsSinceEpoch(a.startsAt, zone).date();
        const QDate to = QDateTime::fromMSecsSinceEpoch(a.endsAt - 1, zone).date();
        const QString span =
            tr("%1 – %2").arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat));
        m_absences->addItem(a.reason.isEmpty() ? span : tr("%1 (%2)").arg(span, a.reason));
    }
}

void TeamMemberDialog::addAbsence()
{
    const QDate from = m_absenceFrom->date();
    const QDate to = m_absenceTo->date();
    if (to < from) {
        m_error->setText(tr("An absence must end on or after its first day."));
        m_error->show();
        return;
    }
    Absence a;
    a.startsAt = localMidnight(from);
    a.endsAt = localMidnight(to.addDays(1)); // the last day is included
    a.reason = m_absenceReason->text().trimmed();
    m_absenceData.append(a);
    std::sort(m_absenceData.begin(), m_absenceData.end(),
              [](const Absence &x, const Absence &y) { return x.startsAt < y.startsAt; });
    m_absenceReason->clear();
    m_error->hide();
    showAbsences();
}

void TeamMemberDialog::removeAbsence()
{
    const int row = m_absences->currentRow();
    if (row < 0 || row >= m_absenceData.size())
        return;
    m_absenceData.removeAt(row);
    showAbsences();
}

User TeamMemberDialog::edited() const
{
    User u = m_user;
    u.role = static_cast<Role>(m_role->currentData().toInt());
    u.teamId = m_team->currentData().toLongLong();
    u.languages.clear();
    for (const QString &l : splitCodes(m_languages->text()))
        u.languages.append(l.toLower());
    u.territories.clear();
    for (const QString &c : splitCodes(m_territories->text()))
        u.territories.append(c.toUpper());
    u.segment = m_segment->currentData().toString();
    u.capacity = m_capacity->value();
    u.workDays = 0;
    for (int d = 0; d < 7; ++d) {
        if (m_days.at(d)->isChecked())
            u.workDays |= 1 << d;
    }
    u.workStartMinute = m_start->time().msecsSinceStartOfDay() / 60000;
    u.workEndMinute = m_end->time() == QTime(23, 59) ? 24 * 60 : m_end->time().msecsSinceStartOfDay() / 60000;
    for (int d = 0; d < 7; ++d) {
        const DayRow &row = m_week.at(d);
        std::optional<WorkSpan> &own = u.workWeek[static_cast<size_t>(d)];
        own.reset();
        if (!row.own)
            continue;
        const bool on = row.on->isChecked();
        const WorkSpan span =
            on ? WorkSpan{minuteOf(row.from->time(), false), minuteOf(row.to->time(), true)} : WorkSpan{};
        const bool sameAsDefault =
            on == ((u.workDays & (1 << d)) != 0) &&
            (!on || (span.startMinute == u.workStartMinute && span.endMinute == u.workEndMinute));
        if (!sameAsDefault)
            own = span;
    }
    u.timeZone = m_timeZone->currentText().trimmed();
    u.absences = m_absenceData;
    u.active = m_active->isChecked();
    if (adding()) {
        u.name = m_person->name->text();
        u.email = m_person->email->text();
        u.active = true;
    }
    return u;
}

QPushButton *TeamMemberDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void TeamMemberDialog::save()
{
    if (!checkWeek()) {
        m_error->setText(tr("Some days end before they start: correct the marked hours."));
        m_error->show();
        return;
    }
    if (adding()) {
        const Result<Id> id = TeamService(m_store, m_clock).add(m_editor, edited());
        if (!id) {
            m_error->setText(id.error());
            m_error->show();
            return;
        }
        emit saved(id.value(), 0);
        accept();
        return;
    }
    const Result<UserUpdate> r = TeamService(m_store, m_clock).save(m_editor, edited());
    if (!r) {
        m_error->setText(r.error());
        m_error->show();
        return;
    }
    m_reassigned = r->reassignedLeads;
    emit saved(m_user.id, m_reassigned);
    accept();
}

} // namespace lr::ui
