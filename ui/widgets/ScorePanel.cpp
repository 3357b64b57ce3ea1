#include "ui/widgets/ScorePanel.h"

#include "core/store/Store.h"
#include "ui/Theme.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QVBoxLayout>

namespace lr::ui {
namespace {

constexpr int kBarMax = 60; ///< Points of one axis that fill its bar.

QString classColour(const QString &key)
{
    return Theme::scoreClassColour(key).name();
}

} // namespace

ScorePanel::ScorePanel(Store &store, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_store(store), m_clock(clock)
{
    setObjectName(QStringLiteral("scorePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);

    auto *top = new QHBoxLayout;
    m_class = new QLabel(this);
    m_class->setObjectName(QStringLiteral("scoreClassBadge"));
    m_nextStep = new QLabel(this);
    m_nextStep->setObjectName(QStringLiteral("scoreNextStep"));
    m_nextStep->setWordWrap(true); // a long next step wraps in a narrow details pane
    m_sparkline = new ScoreSparkline(this);
    m_sparkline->setObjectName(QStringLiteral("scoreSparkline"));
    m_sparkline->setToolTip(tr("Score history"));
    top->addWidget(m_class, 0, Qt::AlignVCenter); // a badge, whatever the height of a wrapped next step
    top->addWidget(m_nextStep, 1);
    top->addWidget(m_sparkline);
    layout->addLayout(top);

    auto *bars = new QGridLayout;
    for (const ScoreAxis axis : allScoreAxes()) {
        const int i = static_cast<int>(axis);
        m_bars[i] = new QProgressBar(this);
        m_bars[i]->setObjectName(QStringLiteral("scoreBar_%1").arg(toKey(axis)));
        m_bars[i]->setRange(0, kBarMax);
        m_bars[i]->setTextVisible(true);
        bars->addWidget(new QLabel(displayName(axis), this), i, 0);
        bars->addWidget(m_bars[i], i, 1);
    }
    layout->addLayout(bars);

    m_breakdown = new QListWidget(this);
    m_breakdown->setObjectName(QStringLiteral("scoreBreakdown"));
    // Each reason takes two lines (the rule, then what made it fire): see fitBreakdown().
    layout->addWidget(m_breakdown);
    m_breakdown->installEventFilter(this); // a new width may need the horizontal scroll bar, or not
    fitBreakdown();

    // Two answers a row, each under its name: the panel shares its height with the contact form
    // and the timeline, and a combo box keeps the width of half the panel in every language.
    auto *bant = new QGridLayout;
    bant->setVerticalSpacing(2);
    bant->setColumnStretch(0, 1);
    bant->setColumnStretch(1, 1);
    const QStringList *keys[] = {&Bant::budgetKeys(), &Bant::authorityKeys(), &Bant::needKeys(), &Bant::timelineKeys()};
    const QString labels[] = {tr("Budget"), tr("Authority"), tr("Need"), tr("Timeline")};
    for (int i = 0; i < 4; ++i) {
        m_bant[i] = new QComboBox(this);
        m_bant[i]->setObjectName(QStringLiteral("bant_%1").arg(i));
        m_bant[i]->addItem(tr("Unknown"), QString());
        for (const QString &key : *keys[i])
            m_bant[i]->addItem(Bant::displayName(key), key);
        // Sized to its longest answer when there is room, narrower (the list shows it whole) when not.
        m_bant[i]->setMinimumWidth(m_bant[i]->fontMetrics().averageCharWidth() * 12);
        auto *label = new QLabel(labels[i], this);
        label->setBuddy(m_bant[i]);
        bant->addWidget(label, (i / 2) * 2, i % 2);
        bant->addWidget(m_bant[i], (i / 2) * 2 + 1, i % 2);
    }
    m_saveBant = new QPushButton(tr("Save BANT"), this);
    m_saveBant->setObjectName(QStringLiteral("saveBant"));
    bant->addWidget(m_saveBant, 4, 1, Qt::AlignRight);
    layout->addLayout(bant);
    connect(m_saveBant, &QPushButton::clicked, this, &ScorePanel::saveBant);
}

ScorePanel::~ScorePanel() = default;

QProgressBar *ScorePanel::bar(ScoreAxis axis) const
{
    return m_bars[static_cast<int>(axis)];
}

void ScorePanel::showLead(const AccessScope &scope, Id leadId)
{
    m_scope = scope;
    m_leadId = 0;
    const auto why = ScoringService(m_store, m_clock).explain(scope, leadId);
    setEnabled(why.ok());
    if (!why) {
        m_breakdown->clear();
        m_sparkline->setScores({});
        fitBreakdown();
        return;
    }
    m_leadId = leadId;
    showExplanation(why.value());
}

void ScorePanel::showExplanation(const ScoreExplanation &why)
{
    const Lead &lead = why.lead;
    const auto cls = scoreClassFromKey(lead.scoreClass);
    m_class->setText(cls ? tr("%1 · %2").arg(displayName(*cls)).arg(lead.score) : tr("Not scored"));
    m_class->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 8px; "
                                          "padding: 2px 8px; font-weight: 600; }")
                               .arg(classColour(lead.scoreClass)));
    const auto step = nextStepFromKey(lead.nextStep);
    m_nextStep->setText(step ? displayName(*step) : QString());
    const int axes[] = {lead.fit, lead.intent, lead.timing};
    for (const ScoreAxis axis : allScoreAxes()) {
        QProgressBar *b = bar(axis);
        const int points = axes[static_cast<int>(axis)];
        b->setValue(std::clamp(points, 0, kBarMax));
        b->setFormat(QString::number(points));
    }
    m_breakdown->clear();
    if (why.latest) {
        const QLocale locale;
        for (const ScoreLine &line : why.latest->result.lines) {
            QString text =
                (line.points > 0 ? QStringLiteral("+%1 ").arg(line.points) : QStringLiteral("%1 ").arg(line.points)) +
                ScoringConfig::displayName(line.ruleId, line.ruleName);
            if (line.at)
                text += QStringLiteral(", ") +
                        locale.toString(QDateTime::fromMSecsSinceEpoch(line.at).date(), QStringLiteral("d MMM"));
            if (!line.fact.isEmpty()) // why it fired, under the rule: "Industry: Software"
                text += QStringLiteral("\n    ") + line.fact;
            auto *item = new QListWidgetItem(text, m_breakdown);
            item->setToolTip(tr("%1 · %2 · rules version %3")
                                 .arg(displayName(line.axis), line.fact)
                                 .arg(why.latest->result.rulesVersion));
        }
        if (why.latest->result.lines.isEmpty())
            new QListWidgetItem(tr("No rule fired."), m_breakdown);
    }
    QList<int> history;
    for (const ScoreRecord &r : why.history)
        history.append(r.result.score);
    m_sparkline->setScores(history);
    fitBreakdown();
    const QString values[] = {why.bant.budget, why.bant.authority, why.bant.need, why.bant.timeline};
    for (int i = 0; i < 4; ++i) {
        const int index = m_bant[i]->findData(values[i]);
        if (index >= 0) {
            m_bant[i]->setCurrentIndex(index);
        } else {
            m_bant[i]->addItem(values[i], values[i]);
            m_bant[i]->setCurrentIndex(m_bant[i]->count() - 1);
        }
    }
}

void ScorePanel::saveBant()
{
    if (!m_leadId)
        return;
    const auto user = m_store.users.find(m_scope.userId);
    if (!user) {
        emit message(tr("Sign in to edit BANT."));
        return;
    }
    const Bant bant{m_bant[0]->currentData().toString(), m_bant[1]->currentData().toString(),
                    m_bant[2]->currentData().toString(), m_bant[3]->currentData().toString()};
    const auto scored = ScoringService(m_store, m_clock).setBant(*user, m_leadId, bant);
    if (!scored) {
        emit message(scored.error());
        return;
    }
    const Id id = m_leadId;
    showLead(m_scope, id);
    emit message(tr("BANT saved; score %1.").arg(scored->score));
    emit scoreChanged(id);
}

void ScorePanel::fitBreakdown()
{
    // As tall as its lines, up to eight (four reasons), then it scrolls: the contact form and the
    // timeline below get the room a short breakdown does not need.
    int lines = 0;
    int widest = 0;
    const QFontMetrics metrics = m_breakdown->fontMetrics();
    for (int i = 0; i < m_breakdown->count(); ++i) {
        const QStringList parts = m_breakdown->item(i)->text().split(QLatin1Char('\n'));
        lines += static_cast<int>(parts.size());
        for (const QString &part : parts)
            widest = std::max(widest, metrics.horizontalAdvance(part));
    }
    const int frame = 2 * m_breakdown->frameWidth() + 8;
    // A line wider than the list brings the horizontal scroll bar, which must not hide the last line.
    const int bar = widest + frame > m_breakdown->width() ? m_breakdown->horizontalScrollBar()->sizeHint().height() : 0;
    m_breakdown->setFixedHeight(metrics.lineSpacing() * std::clamp(lines, 1, 8) + frame + bar);
}

bool ScorePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_breakdown && event->type() == QEvent::Resize &&
        static_cast<QResizeEvent *>(event)->oldSize().width() != m_breakdown->width())
        fitBreakdown();
    return QWidget::eventFilter(watched, event);
}

void ScoreSparkline::setScores(QList<int> scores)
{
    m_scores = std::move(scores);
    // One score draws no line: the next step beside it gets the room.
    setVisible(m_scores.size() >= 2);
    update();
}

void ScoreSparkline::paintEvent(QPaintEvent *)
{
    if (m_scores.size() < 2)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    const QRectF r = QRectF(rect()).adjusted(2, 2, -2, -2);
    QPolygonF line;
    for (qsizetype i = 0; i < m_scores.size(); ++i) {
        const double x = r.left() + r.width() * static_cast<double>(i) / static_cast<double>(m_scores.size() - 1);
        const double y = r.bottom() - r.height() * std::clamp(m_scores.at(i), 0, 100) / 100.0;
        line.append(QPointF(x, y));
    }
    p.drawPolyline(line);
}

} // namespace lr::ui
