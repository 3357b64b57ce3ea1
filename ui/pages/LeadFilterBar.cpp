#include "ui/pages/LeadFilterBar.h"

#include "ui/Format.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>

namespace lr::ui {

LeadFilterBar::LeadFilterBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("leadFilterBar"));
    setAttribute(Qt::WA_StyledBackground);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search name, email or company…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 30); // its hint is readable when filters give way
    m_search->setToolTip(tr("Find leads by the start of a name, email or company (Ctrl+F)"));

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    m_owner->setToolTip(tr("Show the leads of one owner"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->setToolTip(tr("Show leads in one status"));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    m_source->setToolTip(tr("Show leads from one source"));
    m_class = new QComboBox(this);
    m_class->setObjectName(QStringLiteral("classCombo"));
    m_class->setToolTip(tr("Show leads of one score class"));

    m_reset = new QToolButton(this);
    m_reset->setObjectName(QStringLiteral("resetFiltersButton"));
    m_reset->setText(tr("Clear filters"));
    m_reset->setAutoRaise(true);
    m_reset->setVisible(false);

    fillStatusAndSource();
    setOwners({});

    // Each filter is as wide as its longest choice when there is room; on a laptop in a language
    // with long words they give way (the open list still shows every choice whole).
    for (QComboBox *combo : {m_owner, m_status, m_source, m_class})
        combo->setMinimumWidth(combo->fontMetrics().averageCharWidth() * 10 + 40);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_owner);
    layout->addWidget(m_status);
    layout->addWidget(m_source);
    layout->addWidget(m_class);
    layout->addWidget(m_reset);
    layout->addStretch(1);
    layout->addWidget(m_count);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &LeadFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        updateResetButton();
        m_debounce.start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce.isActive()) {
            m_debounce.stop();
            emit filterChanged();
        }
    });
    for (QComboBox *combo : {m_owner, m_status, m_source, m_class}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateResetButton();
            emit filterChanged();
        });
    }
    connect(m_reset, &QToolButton::clicked, this, [this] {
        reset();
        emit filterChanged();
    });
}

LeadFilterBar::~LeadFilterBar() = default;

void LeadFilterBar::fillStatusAndSource()
{
    m_status->addItem(tr("All statuses"), QVariant());
    for (LeadStatus status : allLeadStatuses())
        m_status->addItem(displayName(status), static_cast<int>(status));
    m_source->addItem(tr("All sources"), QVariant());
    for (LeadSource source : allLeadSources())
        m_source->addItem(displayName(source), static_cast<int>(source));
    m_class->addItem(tr("All classes"), QVariant());
    for (const ScoreClass cls : allScoreClasses())
        m_class->addItem(displayName(cls), static_cast<int>(cls));
}

void LeadFilterBar::setOwners(const QList<User> &owners)
{
    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItem(QIcon(QStringLiteral(":/icons/team.svg")), tr("All owners"), Id(0));
    for (const User &user : owners)
        m_owner->addItem(QIcon(QStringLiteral(":/icons/user.svg")), user.name, user.id);
    m_owner->setVisible(owners.size() > 1);
    updateResetButton();
}

LeadFilter LeadFilterBar::filter() const
{
    LeadFilter f;
    f.text = m_search->text().trimmed();
    f.ownerId = m_owner->currentData().toLongLong();
    if (m_status->currentData().isValid())
        f.status = static_cast<LeadStatus>(m_status->currentData().toInt());
    if (m_source->currentData().isValid())
        f.source = static_cast<LeadSource>(m_source->currentData().toInt());
    if (m_class->currentData().isValid())
        f.scoreClass = static_cast<ScoreClass>(m_class->currentData().toInt());
    return f;
}

void LeadFilterBar::reset()
{
    for (QComboBox *combo : {m_owner, m_status, m_source, m_class}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_debounce.stop();
    updateResetButton();
}

void LeadFilterBar::setCount(qint64 count)
{
    m_count->setText(Format::leadCount(count));
}

void LeadFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LeadFilterBar::updateResetButton()
{
    m_reset->setVisible(!(filter() == LeadFilter{}));
}

} // namespace lr::ui
