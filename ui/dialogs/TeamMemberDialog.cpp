#include "ui/dialogs/TeamMemberDialog.h"

#include "core/routing/TeamService.h"
#include "core/store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
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

} // namespace

TeamMemberDialog::TeamMemberDialog(Store &store, const Clock &clock, const AccessScope &editor, const User &user,
                                   QWidget *parent)
    : QDialog(parent), m_store(store), m_clock(clock), m_editor(editor), m_user(user), m_absenceData(user.absences),
      m_teams(store.teams.all())
{
    setObjectName(QStringLiteral("teamMemberDialog"));
    setWindowTitle(tr("Edit %1").arg(user.name));
    build();
    load();
}

TeamMemberDialog::~TeamMemberDialog() = default;

void TeamMemberDialog::build()
{
    const bool admin = m_editor.role == Role::Admin;
    m_role = new QComboBox(this);
    for (const Role r : allRoles())
        m_role->addItem(displayName(r), static_cast<int>(r));
    m_role->setEnabled(admin);
    m_team = new QComboBox(this);
    m_team->addItem(tr("No team"), Id(0));
    for (const Team &t : std::as_const(m_teams))
        m_team->addItem(t.name, t.id);
    m_team->setEnabled(admin);
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
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamMemberDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Team"), m_team);
    form->addRow(tr("Languages"), m_languages);
    form->addRow(tr("Territories"), m_territories);
    form->addRow(tr("Segment"), m_segment);
    form->addRow(tr("Capacity"), m_capacity);
    form->addRow(tr("Working days"), days);
    form->addRow(tr("Working hours"), hours);
    form->addRow(tr("Time zone"), m_timeZone);
    form->addRow(tr("Out of office"), m_absences);
    form->addRow(QString(), absenceRow);
    form->addRow(QString(), m_active);
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
    m_timeZone->setCurrentText(m_user.timeZone);
    m_active->setChecked(m_user.active);
    showAbsences();
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
    u.timeZone = m_timeZone->currentText().trimmed();
    u.absences = m_absenceData;
    u.active = m_active->isChecked();
    return u;
}

QPushButton *TeamMemberDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void TeamMemberDialog::save()
{
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
