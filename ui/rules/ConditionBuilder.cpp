#include "ui/rules/ConditionBuilder.h"

#include "core/domain/BehaviourEvent.h"
#include "core/domain/Enums.h"
#include "core/rules/TitleKeywords.h"
#include "core/scoring/Bant.h"
#include "core/scoring/Qualification.h"
#include "core/scoring/ScoringConfig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace lr::ui {
namespace {

enum Page { EmptyPage, TextPage, ChoicePage, ListPage, RangePage, EventsPage };

constexpr double kOpenBound = -1; ///< A range spin box at its minimum: no bound on that side.

QString invalidStyle(const QString &name)
{
    return QStringLiteral("#%1 { border: 1px solid #c0392b; }").arg(name);
}

QList<std::pair<QString, QString>> keyed(const QStringList &keys, QString (*label)(const QString &) = nullptr)
{
    QList<std::pair<QString, QString>> out;
    for (const QString &k : keys)
        out.append({k, label ? label(k) : k});
    return out;
}

} // namespace

struct ConditionBuilder::Row
{
    QFrame *frame = nullptr;
    QCheckBox *negate = nullptr;
    QComboBox *field = nullptr;
    QComboBox *op = nullptr;
    QStackedWidget *stack = nullptr;
    QLineEdit *text = nullptr;
    QComboBox *choice = nullptr;
    QListWidget *list = nullptr;
    QWidget *range = nullptr;
    QDoubleSpinBox *min = nullptr;
    QDoubleSpinBox *max = nullptr;
    QWidget *events = nullptr;
    QComboBox *eventType = nullptr;
    QLineEdit *url = nullptr;
    QComboBox *formType = nullptr;
    QSpinBox *count = nullptr;
    QSpinBox *days = nullptr;
    QToolButton *remove = nullptr;
    QLabel *problem = nullptr;
    QWidget *flagged = nullptr; ///< The editor that carries the red frame now.
};

ConditionBuilder::ConditionBuilder(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("conditionBuilder"));
    m_match = new QComboBox(this);
    m_match->setObjectName(QStringLiteral("conditionMatch"));
    m_match->addItem(tr("All of these hold"), static_cast<int>(ConditionSet::Match::All));
    m_match->addItem(tr("Any of these holds"), static_cast<int>(ConditionSet::Match::Any));
    m_add = new QPushButton(tr("Add condition"), this);
    m_add->setObjectName(QStringLiteral("addCondition"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_match);
    top->addStretch(1);
    top->addWidget(m_add);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setSpacing(4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(m_rowsLayout);
    layout->addStretch(1);

    connect(m_match, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            emit changed();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        emit changed();
    });
}

ConditionBuilder::~ConditionBuilder()
{
    qDeleteAll(m_rows);
}

QList<std::pair<QString, QString>> ConditionBuilder::knownValues(LeadField field)
{
    switch (field) {
    case LeadField::FormType:
        return keyed(ScoringConfig::knownFormTypes());
    case LeadField::ScoreClass: {
        QList<std::pair<QString, QString>> out;
        for (const ScoreClass c : allScoreClasses())
            out.append({toKey(c), displayName(c)});
        return out;
    }
    case LeadField::Status: {
        QList<std::pair<QString, QString>> out;
        for (const LeadStatus s : allLeadStatuses())
            out.append({toKey(s), displayName(s)});
        return out;
    }
    case LeadField::Source: {
        QList<std::pair<QString, QString>> out;
        for (const LeadSource s : allLeadSources())
            out.append({toKey(s), displayName(s)});
        return out;
    }
    case LeadField::Budget:
        return keyed(Bant::budgetKeys(), &Bant::displayName);
    case LeadField::Authority:
        return keyed(Bant::authorityKeys(), &Bant::displayName);
    case LeadField::Need:
        return keyed(Bant::needKeys(), &Bant::displayName);
    case LeadField::Timeline:
        return keyed(Bant::timelineKeys(), &Bant::displayName);
    default:
        break;
    }
    if (fieldType(field) == FieldType::Bool)
        return {{QStringLiteral("true"), tr("yes")}, {QStringLiteral("false"), tr("no")}};
    return {};
}

QList<ConditionOp> ConditionBuilder::operatorsFor(int field)
{
    if (field == kEventsField)
        return {ConditionOp::EventCount};
    const auto f = static_cast<LeadField>(field);
    switch (fieldType(f)) {
    case FieldType::Bool:
        return {ConditionOp::Equals};
    case FieldType::Number:
        return {ConditionOp::Range, ConditionOp::Equals, ConditionOp::IsEmpty};
    case FieldType::Text:
        break;
    }
    QList<ConditionOp> ops{ConditionOp::Equals, ConditionOp::In};
    if (knownValues(f).isEmpty())
        ops += {ConditionOp::Contains, ConditionOp::Regex};
    ops.append(ConditionOp::IsEmpty);
    if (f == LeadField::Title)
        ops.prepend(ConditionOp::TitleKeyword);
    return ops;
}

ConditionBuilder::Row *ConditionBuilder::createRow()
{
    auto *row = new Row;
    const int index = rowCount();
    row->frame = new QFrame(this);
    row->frame->setObjectName(QStringLiteral("conditionRow%1").arg(index));
    row->frame->setFrameShape(QFrame::StyledPanel);
    row->negate = new QCheckBox(tr("not"), row->frame);
    row->negate->setToolTip(tr("Holds when the test does not"));
    row->field = new QComboBox(row->frame);
    for (const LeadField f : allLeadFields())
        row->field->addItem(displayName(f), static_cast<int>(f));
    row->field->addItem(tr("Behaviour events"), kEventsField);
    row->op = new QComboBox(row->frame);
    row->stack = new QStackedWidget(row->frame);

    row->stack->addWidget(new QWidget(row->stack)); // EmptyPage
    row->text = new QLineEdit(row->stack);
    row->text->setObjectName(QStringLiteral("conditionText%1").arg(index));
    row->stack->addWidget(row->text);
    row->choice = new QComboBox(row->stack);
    row->choice->setObjectName(QStringLiteral("conditionChoice%1").arg(index));
    row->stack->addWidget(row->choice);
    row->list = new QListWidget(row->stack);
    row->list->setObjectName(QStringLiteral("conditionList%1").arg(index));
    row->list->setMaximumHeight(96);
    row->stack->addWidget(row->list);

    row->range = new QWidget(row->stack);
    row->range->setObjectName(QStringLiteral("conditionRange%1").arg(index));
    row->min = new QDoubleSpinBox(row->range);
    row->max = new QDoubleSpinBox(row->range);
    for (QDoubleSpinBox *box : {row->min, row->max}) {
        box->setDecimals(0);
        box->setRange(kOpenBound, 1e12);
        box->setSpecialValueText(tr("any"));
        box->setValue(kOpenBound);
    }
    auto *rangeLayout = new QHBoxLayout(row->range);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    rangeLayout->addWidget(new QLabel(tr("from"), row->range));
    rangeLayout->addWidget(row->min);
    rangeLayout->addWidget(new QLabel(tr("to"), row->range));
    rangeLayout->addWidget(row->max);
    row->stack->addWidget(row->range);

    row->events = new QWidget(row->stack);
    row->events->setObjectName(QStringLiteral("conditionEvents%1").arg(index));
    row->eventType = new QComboBox(row->events);
    for (const BehaviourType t : allBehaviourTypes())
        row->eventType->addItem(displayName(t), toKey(t));
    row->url = new QLineEdit(row->events);
    row->url->setPlaceholderText(tr("URL contains (optional)"));
    row->formType = new QComboBox(row->events);
    row->formType->addItem(tr("any form"), QString());
    for (const QString &t : ScoringConfig::knownFormTypes())
        row->formType->addItem(t, t);
    row->count = new QSpinBox(row->events);
    row->count->setRange(0, 10000);
    row->count->setPrefix(tr("at least "));
    row->days = new QSpinBox(row->events);
    row->days->setRange(0, 3650);
    row->days->setSpecialValueText(tr("ever"));
    row->days->setPrefix(tr("in "));
    row->days->setSuffix(tr(" days"));
    auto *eventsLayout = new QHBoxLayout(row->events);
    eventsLayout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : std::initializer_list<QWidget *>{row->eventType, row->url, row->formType, row->count, row->days})
        eventsLayout->addWidget(w);
    row->stack->addWidget(row->events);

    // A stacked widget is as tall as its tallest page; only the page shown should count, or a
    // plain combo box sits in the height of the value list.
    QStackedWidget *stack = row->stack;
    connect(stack, &QStackedWidget::currentChanged, stack, [stack](int current) {
        for (int i = 0; i < stack->count(); ++i) {
            const auto policy = i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored;
            stack->widget(i)->setSizePolicy(policy, policy);
        }
        stack->updateGeometry();
    });
    for (int i = 1; i < stack->count(); ++i)
        stack->widget(i)->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);

    row->remove = new QToolButton(row->frame);
    row->remove->setText(tr("Remove"));
    row->remove->setToolTip(tr("Remove this condition"));
    row->problem = new QLabel(row->frame);
    row->problem->setObjectName(QStringLiteral("conditionProblem%1").arg(index));
    row->problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    row->problem->setWordWrap(true);
    row->problem->hide();

    // Field and operator on the first line, the value below at full width: the rule panel stays
    // narrow enough for a laptop screen even with the event editor's five parts.
    auto *line = new QHBoxLayout;
    line->addWidget(row->negate);
    line->addWidget(row->field, 1);
    line->addWidget(row->op, 1);
    line->addWidget(row->remove);
    auto *rowLayout = new QVBoxLayout(row->frame);
    rowLayout->setContentsMargins(4, 4, 4, 4);
    rowLayout->addLayout(line);
    rowLayout->addWidget(row->stack);
    rowLayout->addWidget(row->problem);
    m_rowsLayout->addWidget(row->frame);

    const auto edited = [this, row] { onRowEdited(row); };
    connect(row->field, &QComboBox::currentIndexChanged, this, [this, row] {
        if (m_loading)
            return;
        fillOperators(row);
        fillValueEditors(row);
        showEditor(row);
        onRowEdited(row);
    });
    connect(row->op, &QComboBox::currentIndexChanged, this, [this, row] {
        if (m_loading)
            return;
        fillValueEditors(row);
        showEditor(row);
        onRowEdited(row);
    });
    connect(row->negate, &QCheckBox::toggled, this, edited);
    connect(row->text, &QLineEdit::textChanged, this, edited);
    connect(row->choice, &QComboBox::currentIndexChanged, this, edited);
    connect(row->list, &QListWidget::itemChanged, this, edited);
    connect(row->min, &QDoubleSpinBox::valueChanged, this, edited);
    connect(row->max, &QDoubleSpinBox::valueChanged, this, edited);
    connect(row->eventType, &QComboBox::currentIndexChanged, this, edited);
    connect(row->url, &QLineEdit::textChanged, this, edited);
    connect(row->formType, &QComboBox::currentIndexChanged, this, edited);
    connect(row->count, &QSpinBox::valueChanged, this, edited);
    connect(row->days, &QSpinBox::valueChanged, this, edited);
    connect(row->remove, &QToolButton::clicked, this, [this, row] {
        removeRow(static_cast<int>(m_rows.indexOf(row)));
        emit changed();
    });
    m_rows.append(row);
    return row;
}

void ConditionBuilder::fillOperators(Row *row)
{
    const QSignalBlocker block(row->op);
    const QVariant before = row->op->currentData();
    row->op->clear();
    for (const ConditionOp op : operatorsFor(row->field->currentData().toInt()))
        row->op->addItem(displayName(op), static_cast<int>(op));
    row->op->setCurrentIndex(std::max(0, row->op->findData(before)));
}

void ConditionBuilder::fillValueEditors(Row *row)
{
    const int field = row->field->currentData().toInt();
    const auto op = static_cast<ConditionOp>(row->op->currentData().toInt());
    const QSignalBlocker blockChoice(row->choice);
    const QSignalBlocker blockList(row->list);
    row->choice->clear();
    row->list->clear();
    if (field == kEventsField)
        return;
    QList<std::pair<QString, QString>> values;
    if (op == ConditionOp::TitleKeyword) {
        for (const TitleCategory c : TitleKeywords::all())
            values.append({TitleKeywords::toKey(c), TitleKeywords::displayName(c)});
    } else {
        values = knownValues(static_cast<LeadField>(field));
    }
    for (const auto &[key, label] : values) {
        row->choice->addItem(label, key);
        auto *item = new QListWidgetItem(label, row->list);
        item->setData(Qt::UserRole, key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void ConditionBuilder::showEditor(Row *row)
{
    const int field = row->field->currentData().toInt();
    const auto op = static_cast<ConditionOp>(row->op->currentData().toInt());
    const bool known = field != kEventsField && !knownValues(static_cast<LeadField>(field)).isEmpty();
    Page page = TextPage;
    switch (op) {
    case ConditionOp::IsEmpty:
        page = EmptyPage;
        break;
    case ConditionOp::Range:
        page = RangePage;
        break;
    case ConditionOp::EventCount:
        page = EventsPage;
        break;
    case ConditionOp::TitleKeyword:
        page = ListPage;
        break;
    case ConditionOp::In:
        page = known ? ListPage : TextPage;
        break;
    case ConditionOp::Equals:
        page = known ? ChoicePage : TextPage;
        break;
    case ConditionOp::Contains:
    case ConditionOp::Regex:
        page = TextPage;
        break;
    }
    row->stack->setCurrentIndex(page);
    row->negate->setEnabled(true);
    if (page == TextPage) {
        row->text->setPlaceholderText(op == ConditionOp::In      ? tr("Values, separated by commas")
                                      : op == ConditionOp::Regex ? tr("Regular expression")
                                                                 : tr("Value"));
    }
}

void ConditionBuilder::loadRow(Row *row, const Condition &c)
{
    m_loading = true;
    const int field = c.op == ConditionOp::EventCount ? kEventsField : static_cast<int>(c.field);
    row->field->setCurrentIndex(row->field->findData(field));
    fillOperators(row);
    row->op->setCurrentIndex(std::max(0, row->op->findData(static_cast<int>(c.op))));
    if (row->op->currentData().toInt() != static_cast<int>(c.op)) { // stored with an operator the picker hides
        row->op->addItem(displayName(c.op), static_cast<int>(c.op));
        row->op->setCurrentIndex(row->op->count() - 1);
    }
    fillValueEditors(row);
    showEditor(row);
    row->negate->setChecked(c.negate);
    switch (row->stack->currentIndex()) {
    case TextPage:
        row->text->setText(c.op == ConditionOp::In ? c.values.join(QStringLiteral(", ")) : c.value);
        break;
    case ChoicePage: {
        int i = row->choice->findData(c.value);
        if (i < 0 && !c.value.isEmpty()) { // a value outside the known list stays as it is
            row->choice->addItem(c.value, c.value);
            i = row->choice->count() - 1;
        }
        row->choice->setCurrentIndex(i);
        break;
    }
    case ListPage:
        for (const QString &v : c.values) {
            bool found = false;
            for (int i = 0; i < row->list->count(); ++i) {
                if (row->list->item(i)->data(Qt::UserRole).toString() == v) {
                    row->list->item(i)->setCheckState(Qt::Checked);
                    found = true;
                }
            }
            if (!found) {
                auto *item = new QListWidgetItem(v, row->list);
                item->setData(Qt::UserRole, v);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Checked);
            }
        }
        break;
    case RangePage:
        row->min->setValue(c.min.value_or(kOpenBound));
        row->max->setValue(c.max.value_or(kOpenBound));
        break;
    case EventsPage:
        row->eventType->setCurrentIndex(std::max(0, row->eventType->findData(c.eventType)));
        row->url->setText(c.urlContains);
        row->formType->setCurrentIndex(std::max(0, row->formType->findData(c.formType)));
        row->count->setValue(c.minCount);
        row->days->setValue(c.withinDays);
        break;
    default:
        break;
    }
    m_loading = false;
    checkRow(row);
}

Condition ConditionBuilder::conditionOf(const Row *row) const
{
    Condition c;
    const int field = row->field->currentData().toInt();
    c.op = static_cast<ConditionOp>(row->op->currentData().toInt());
    if (field != kEventsField)
        c.field = static_cast<LeadField>(field);
    c.negate = row->negate->isChecked();
    switch (row->stack->currentIndex()) {
    case TextPage:
        if (c.op == ConditionOp::In) {
            for (const QString &part : row->text->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!part.trimmed().isEmpty())
                    c.values.append(part.trimmed());
            }
        } else {
            c.value = c.op == ConditionOp::Regex ? row->text->text() : row->text->text().trimmed();
        }
        break;
    case ChoicePage:
        c.value = row->choice->currentData().toString();
        break;
    case ListPage:
        for (int i = 0; i < row->list->count(); ++i) {
            if (row->list->item(i)->checkState() == Qt::Checked)
                c.values.append(row->list->item(i)->data(Qt::UserRole).toString());
        }
        break;
    case RangePage:
        if (row->min->value() > kOpenBound)
            c.min = row->min->value();
        if (row->max->value() > kOpenBound)
            c.max = row->max->value();
        break;
    case EventsPage:
        c.eventType = row->eventType->currentData().toString();
        c.urlContains = row->url->text().trimmed();
        c.formType = row->formType->currentData().toString();
        c.minCount = row->count->value();
        c.withinDays = row->days->value();
        break;
    default:
        break;
    }
    return c;
}

void ConditionBuilder::checkRow(Row *row)
{
    const QString problem = conditionOf(row).check();
    if (row->flagged) {
        row->flagged->setStyleSheet(QString());
        row->flagged->setToolTip(QString());
        row->flagged = nullptr;
    }
    row->problem->setText(problem);
    row->problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        return;
    QWidget *editor = row->stack->currentWidget();
    if (row->stack->currentIndex() == EmptyPage)
        editor = row->op;
    if (editor->objectName().isEmpty())
        editor->setObjectName(QStringLiteral("conditionEditor%1").arg(m_rows.indexOf(row)));
    editor->setStyleSheet(invalidStyle(editor->objectName()));
    editor->setToolTip(problem);
    row->flagged = editor;
}

void ConditionBuilder::onRowEdited(Row *row)
{
    if (m_loading)
        return;
    checkRow(row);
    emit changed();
}

void ConditionBuilder::setConditions(const ConditionSet &set)
{
    m_loading = true;
    m_match->setCurrentIndex(m_match->findData(static_cast<int>(set.match)));
    while (!m_rows.isEmpty())
        removeRow(rowCount() - 1);
    m_loading = false;
    for (const Condition &c : set.conditions)
        loadRow(createRow(), c);
}

ConditionSet ConditionBuilder::conditions() const
{
    ConditionSet set;
    set.match = static_cast<ConditionSet::Match>(m_match->currentData().toInt());
    for (const Row *row : m_rows)
        set.conditions.append(conditionOf(row));
    return set;
}

QStringList ConditionBuilder::problems() const
{
    QStringList out;
    for (const Row *row : m_rows)
        out.append(conditionOf(row).check());
    return out;
}

bool ConditionBuilder::isValid() const
{
    if (m_rows.isEmpty())
        return false;
    for (const QString &p : problems()) {
        if (!p.isEmpty())
            return false;
    }
    return true;
}

int ConditionBuilder::addRow()
{
    Condition c;
    c.field = allLeadFields().value(0);
    loadRow(createRow(), c);
    return rowCount() - 1;
}

void ConditionBuilder::removeRow(int index)
{
    if (index < 0 || index >= rowCount())
        return;
    Row *row = m_rows.takeAt(index);
    m_rowsLayout->removeWidget(row->frame);
    row->frame->hide();
    row->frame->deleteLater();
    delete row;
}

QComboBox *ConditionBuilder::fieldBox(int row) const
{
    return m_rows.value(row) ? m_rows.value(row)->field : nullptr;
}

QComboBox *ConditionBuilder::operatorBox(int row) const
{
    return m_rows.value(row) ? m_rows.value(row)->op : nullptr;
}

QCheckBox *ConditionBuilder::negateBox(int row) const
{
    return m_rows.value(row) ? m_rows.value(row)->negate : nullptr;
}

QToolButton *ConditionBuilder::removeButton(int row) const
{
    return m_rows.value(row) ? m_rows.value(row)->remove : nullptr;
}

QWidget *ConditionBuilder::currentValueEditor(int row) const
{
    const Row *r = m_rows.value(row);
    return r && r->stack->currentIndex() != EmptyPage ? r->stack->currentWidget() : nullptr;
}

QLineEdit *ConditionBuilder::textEdit(int row) const
{
    return m_rows.value(row) ? m_rows.value(row)->text : nullptr;
}

QComboBox *ConditionBuilder::choiceBox(int row) const
{
    return m_rows.value(row) ? m_rows.value(row)->choice : nullptr;
}

QListWidget *ConditionBuilder::choiceList(int row) const
{
    return m_rows.value(row) ? m_rows.value(row)->list : nullptr;
}

QDoubleSpinBox *ConditionBuilder::minBox(int row) const
{
    return m_rows.value(row) ? m_rows.value(row)->min : nullptr;
}

QDoubleSpinBox *ConditionBuilder::maxBox(int row) const
{
    return m_rows.value(row) ? m_rows.value(row)->max : nullptr;
}

QComboBox *ConditionBuilder::eventTypeBox(int row) const
{
    return m_rows.value(row) ? m_rows.value(row)->eventType : nullptr;
}

QLineEdit *ConditionBuilder::urlEdit(int row) const
{
    return m_rows.value(row) ? m_rows.value(row)->url : nullptr;
}

QComboBox *ConditionBuilder::eventFormTypeBox(int row) const
{
    return m_rows.value(row) ? m_rows.value(row)->formType : nullptr;
}

QSpinBox *ConditionBuilder::countBox(int row) const
{
    return m_rows.value(row) ? m_rows.value(row)->count : nullptr;
}

QSpinBox *ConditionBuilder::daysBox(int row) const
{
    return m_rows.value(row) ? m_rows.value(row)->days : nullptr;
}

QLabel *ConditionBuilder::problemLabel(int row) const
{
    return m_rows.value(row) ? m_rows.value(row)->problem : nullptr;
}

} // namespace lr::ui
