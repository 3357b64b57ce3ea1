#pragma once

#include "core/domain/Lead.h"
#include "core/security/AccessScope.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QListView;
class QSplitter;
class QStackedWidget;

namespace lr {
class Clock;
class Store;
} // namespace lr

namespace lr::ui {

class ScorePanel;
class StatusBadge;
class TimelineModel;

/// The selected lead: name, company and status, every captured field, and its timeline
/// (events, activities and tasks, newest first). Shows an empty state when nothing is selected.
class LeadDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadDetailPanel)

public:
    enum class Field {
        Email,
        Phone,
        Title,
        Company,
        Domain,
        Country,
        Language,
        Source,
        Owner,
        UtmSource,
        UtmMedium,
        UtmCampaign,
        LandingPage,
        FormId,
        FormType,
        SubmittedAt,
        Question,
        Created,
        FirstTouch,
        Count
    };

    LeadDetailPanel(Store &store, const Clock &clock, QWidget *parent = nullptr);
    ~LeadDetailPanel() override;

    /// Reads the lead and its timeline through `scope`; shows the empty state if it is not visible.
    void showLead(const AccessScope &scope, Id leadId);
    void clear();
    /// The lead on show; 0 in the empty state.
    Id leadId() const { return m_leadId; }
    /// The text shown for `field` (plain text, without links).
    QString fieldText(Field field) const;
    TimelineModel *timelineModel() const { return m_timeline; }
    ScorePanel *scorePanel() const { return m_scorePanel; }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    /// The close button was clicked.
    void closeRequested();

private:
    QWidget *createEmptyState();
    QWidget *createDetails();
    QWidget *createHeader();
    QWidget *createForm();
    QWidget *createTimeline();
    void addSection(QFormLayout *form, const QString &title);
    void addField(QFormLayout *form, Field field, const QString &label);
    void setField(Field field, const QString &text, const QString &link = {});
    void fill(const Lead &lead);

    Store &m_store;
    const Clock &m_clock;
    Id m_leadId = 0;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_company = nullptr;
    QLabel *m_score = nullptr;
    StatusBadge *m_badge = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_timelineTitle = nullptr;
    QListView *m_timelineView = nullptr;
    TimelineModel *m_timeline = nullptr;
    ScorePanel *m_scorePanel = nullptr;
    QHash<Field, QLabel *> m_fields;
    QHash<Field, QString> m_plainText;
};

} // namespace lr::ui
