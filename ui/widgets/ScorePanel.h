#pragma once

#include "core/domain/User.h"
#include "core/scoring/ScoringService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace lr {
class Clock;
class Store;
} // namespace lr

namespace lr::ui {

class ScoreSparkline;

/// Why a lead has its score: fit, intent and timing as three bars, the class as a badge, the
/// recommended next step, the breakdown ("+25 Demo request form — Form type: demo_request, 12 Nov"),
/// the score history as a sparkline, and the lead's BANT fields, which anyone who may see the lead
/// can edit (core re-scores and checks the scope).
class ScorePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScorePanel)

public:
    ScorePanel(Store &store, const Clock &clock, QWidget *parent = nullptr);
    ~ScorePanel() override;

    /// Shows `leadId` as `scope` may see it; empty when it may not.
    void showLead(const AccessScope &scope, Id leadId);

    QProgressBar *bar(ScoreAxis axis) const;
    QLabel *classBadge() const { return m_class; }
    QListWidget *breakdown() const { return m_breakdown; }
    ScoreSparkline *sparkline() const { return m_sparkline; }
    QComboBox *bantEditor(int index) const { return m_bant[index]; }
    QPushButton *saveBantButton() const { return m_saveBant; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    /// The lead's score changed here (BANT saved); lists should refresh it.
    void scoreChanged(qint64 leadId);
    void message(const QString &text);

private:
    void saveBant();
    void showExplanation(const ScoreExplanation &why);
    void fitBreakdown();

    Store &m_store;
    const Clock &m_clock;
    AccessScope m_scope;
    Id m_leadId = 0;
    QProgressBar *m_bars[3] = {};
    QLabel *m_class = nullptr;
    QLabel *m_nextStep = nullptr;
    QListWidget *m_breakdown = nullptr;
    ScoreSparkline *m_sparkline = nullptr;
    QComboBox *m_bant[4] = {};
    QPushButton *m_saveBant = nullptr;
};

/// The score history as a small line.
class ScoreSparkline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreSparkline)

public:
    explicit ScoreSparkline(QWidget *parent = nullptr) : QWidget(parent) {}
    void setScores(QList<int> scores);
    const QList<int> &scores() const { return m_scores; }
    QSize sizeHint() const override { return {160, 28}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<int> m_scores;
};

} // namespace lr::ui
