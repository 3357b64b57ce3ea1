#include "ui/pages/LeadDetailPanel.h"
#include "ui/widgets/ScorePanel.h"

#include "core/common/DisplayNames.h"
#include "core/scoring/Qualification.h"
#include "core/store/Store.h"
#include "ui/Format.h"
#include "ui/models/TimelineBuilder.h"
#include "ui/models/TimelineModel.h"
#include "ui/widgets/StatusBadge.h"
#include "ui/widgets/TimelineDelegate.h"

#include <QFormLayout>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace lr::ui {
namespace {

QString countryName(const QString &code)
{
    if (code.isEmpty())
        return {};
    const QString name = DisplayNames::country(code);
    return name == code ? name : QStringLiteral("%1 (%2)").arg(name, code.toUpper());
}

QString languageName(const QString &code)
{
    if (code.isEmpty())
        return {};
    const QString name = DisplayNames::language(code);
    return name == code ? name : QStringLiteral("%1 (%2)").arg(name, code.toLower());
}

QString linkHtml(const QString &href, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

LeadDetailPanel::LeadDetailPanel(Store &store, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_store(store), m_clock(clock)
{
    setObjectName(QStringLiteral("leadDetailPanel"));
    setAttribute(Qt::WA_StyledBackground);
    m_timeline = new TimelineModel(m_clock, this);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("detailStack"));
    m_stack->addWidget(createEmptyState());
    m_stack->addWidget(createDetails());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

LeadDetailPanel::~LeadDetailPanel() = default;

QWidget *LeadDetailPanel::createEmptyState()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("detailEmptyState"));
    auto *icon = new QLabel(page);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/lead.svg")).pixmap(48, 48, QIcon::Disabled));
    icon->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Select a lead to see its details"), page);
    text->setObjectName(QStringLiteral("emptyStateText"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(icon);
    layout->addWidget(text);
    layout->addStretch(2);
    return page;
}

QWidget *LeadDetailPanel::createDetails()
{
    auto *page = new QWidget(this);
    m_splitter = new QSplitter(Qt::Vertical, page);
    m_splitter->setObjectName(QStringLiteral("detailSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_scorePanel = new ScorePanel(m_store, m_clock, m_splitter); // fit, intent, timing and why
    m_splitter->addWidget(m_scorePanel);
    m_splitter->addWidget(createForm());
    m_splitter->addWidget(createTimeline());
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createHeader());
    layout->addWidget(m_splitter, 1);
    return page;
}

QWidget *LeadDetailPanel::createHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("detailHeader"));
    m_name = new QLabel(header);
    m_name->setObjectName(QStringLiteral("detailName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long names wrap instead of pushing the status badge out of a narrow panel.
    m_name->setWordWrap(true);
    m_name->setMinimumWidth(0);
    m_badge = new StatusBadge(header);
    m_company = new QLabel(header);
    m_company->setObjectName(QStringLiteral("detailCompany"));
    m_company->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_score = new QLabel(header);
    m_score->setObjectName(QStringLiteral("detailScore"));

    auto *close = new QToolButton(header);
    close->setObjectName(QStringLiteral("detailClose"));
    close->setIcon(QIcon(QStringLiteral(":/icons/close.svg")));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close the details (Esc)"));
    close->setAccessibleName(tr("Close the details"));
    connect(close, &QToolButton::clicked, this, &LeadDetailPanel::closeRequested);

    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    top->addWidget(m_name, 1);
    top->addWidget(m_badge, 0, Qt::AlignVCenter);
    top->addWidget(close, 0, Qt::AlignTop);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_company, 1);
    bottom->addWidget(m_score);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(bottom);
    return header;
}

QWidget *LeadDetailPanel::createForm()
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("detailForm"));
    auto *form = new QFormLayout(content);
    form->setContentsMargins(16, 4, 16, 12);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(6);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    addSection(form, tr("Contact"));
    addField(form, Field::Email, tr("Email"));
    addField(form, Field::Phone, tr("Phone"));
    addField(form, Field::Title, tr("Job title"));
    addField(form, Field::Company, tr("Company"));
    addField(form, Field::Domain, tr("Domain"));
    addField(form, Field::Country, tr("Country"));
    addField(form, Field::Language, tr("Language"));
    addSection(form, tr("Origin"));
    addField(form, Field::Source, tr("Source"));
    addField(form, Field::Owner, tr("Owner"));
    addField(form, Field::UtmSource, tr("UTM source"));
    addField(form, Field::UtmMedium, tr("UTM medium"));
    addField(form, Field::UtmCampaign, tr("UTM campaign"));
    addField(form, Field::LandingPage, tr("Landing page"));
    addField(form, Field::FormId, tr("Form ID"));
    addField(form, Field::FormType, tr("Form type"));
    addField(form, Field::SubmittedAt, tr("Submitted"));
    addField(form, Field::Question, tr("Question"));
    addSection(form, tr("Response"));
    addField(form, Field::Created, tr("Created"));
    addField(form, Field::FirstTouch, tr("First touch"));

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

QWidget *LeadDetailPanel::createTimeline()
{
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("timelineBox"));
    m_timelineTitle = new QLabel(box);
    m_timelineTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_timelineView = new QListView(box);
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setItemDelegate(new TimelineDelegate(m_timelineView));
    m_timelineView->setUniformItemSizes(true);
    m_timelineView->setSelectionMode(QAbstractItemView::NoSelection);
    m_timelineView->setFocusPolicy(Qt::NoFocus);
    m_timelineView->setFrameShape(QFrame::NoFrame);
    m_timelineView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(16, 10, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_timelineTitle);
    layout->addWidget(m_timelineView, 1);
    return box;
}

void LeadDetailPanel::addSection(QFormLayout *form, const QString &title)
{
    auto *label = new QLabel(title.toUpper(), form->parentWidget());
    label->setObjectName(QStringLiteral("sectionTitle"));
    label->setContentsMargins(0, form->rowCount() == 0 ? 4 : 12, 0, 2);
    form->addRow(label);
}

void LeadDetailPanel::addField(QFormLayout *form, Field field, const QString &label)
{
    auto *value = new QLabel(form->parentWidget());
    value->setTextInteractionFlags(Qt::TextBrowserInteraction);
    value->setOpenExternalLinks(true);
    value->setWordWrap(true);
    value->setTextFormat(Qt::RichText);
    value->setMinimumWidth(60);
    static const char *const names[] = {"detailEmail",       "detailPhone",     "detailTitle",     "detailCompanyName",
                                        "detailDomain",      "detailCountry",   "detailLanguage",  "detailSource",
                                        "detailOwner",       "detailUtmSource", "detailUtmMedium", "detailUtmCampaign",
                                        "detailLandingPage", "detailFormId",    "detailFormType",  "detailSubmittedAt",
                                        "detailQuestion",    "detailCreated",   "detailFirstTouch"};
    static_assert(std::size(names) == static_cast<std::size_t>(Field::Count));
    value->setObjectName(QLatin1String(names[static_cast<int>(field)]));
    auto *caption = new QLabel(label, form->parentWidget());
    caption->setObjectName(QStringLiteral("fieldLabel"));
    form->addRow(caption, value);
    m_fields.insert(field, value);
}

void LeadDetailPanel::setField(Field field, const QString &text, const QString &link)
{
    QLabel *label = m_fields.value(field);
    m_plainText.insert(field, text);
    if (text.isEmpty())
        label->setText(QStringLiteral("<span style=\"color:#9ca3af\">%1</span>").arg(Format::missing()));
    else if (!link.isEmpty())
        label->setText(linkHtml(link, text));
    else
        label->setText(text.toHtmlEscaped());
}

QString LeadDetailPanel::fieldText(Field field) const
{
    return m_plainText.value(field);
}

void LeadDetailPanel::clear()
{
    m_leadId = 0;
    m_timeline->setEntries({});
    m_stack->setCurrentIndex(0);
}

void LeadDetailPanel::showLead(const AccessScope &scope, Id leadId)
{
    const auto lead = m_store.leads.find(scope, leadId);
    if (!lead) {
        clear();
        return;
    }
    m_leadId = leadId;
    fill(*lead);
    TimelineBuilder builder(m_store);
    m_timeline->setEntries(builder.build(scope, leadId));
    m_timelineTitle->setText(tr("TIMELINE · %1").arg(m_timeline->rowCount()));
    m_timelineView->scrollToTop();
    m_scorePanel->showLead(scope, leadId);
    m_stack->setCurrentIndex(1);
}

void LeadDetailPanel::fill(const Lead &lead)
{
    m_name->setText(lead.fullName().isEmpty() ? lead.email : lead.fullName());
    m_badge->setStatus(lead.status);
    QStringList company;
    if (!lead.title.isEmpty())
        company << lead.title;
    if (!lead.companyName.isEmpty())
        company << lead.companyName;
    m_company->setText(company.join(QStringLiteral(" · ")));
    m_score->setVisible(lead.score != 0 || !lead.scoreClass.isEmpty());
    const std::optional<ScoreClass> cls = scoreClassFromKey(lead.scoreClass);
    m_score->setText(cls ? tr("Score %1 · %2").arg(lead.score).arg(displayName(*cls)) : tr("Score %1").arg(lead.score));

    setField(Field::Email, lead.email, lead.email.isEmpty() ? QString() : QStringLiteral("mailto:") + lead.email);
    setField(Field::Phone, lead.phone, lead.phone.isEmpty() ? QString() : QStringLiteral("tel:") + lead.phone);
    setField(Field::Title, lead.title);
    setField(Field::Company, lead.companyName);
    setField(Field::Domain, lead.companyDomain,
             lead.companyDomain.isEmpty() ? QString() : QStringLiteral("https://") + lead.companyDomain);
    setField(Field::Country, countryName(lead.country));
    setField(Field::Language, languageName(lead.language));
    setField(Field::Source, displayName(lead.source));
    setField(Field::Owner, lead.ownerName.isEmpty() ? tr("Unassigned") : lead.ownerName);
    setField(Field::UtmSource, lead.utmSource);
    setField(Field::UtmMedium, lead.utmMedium);
    setField(Field::UtmCampaign, lead.utmCampaign);
    const QUrl landing(lead.landingPage);
    const bool webLink = landing.isValid() && landing.scheme().startsWith(QLatin1String("http"));
    setField(Field::LandingPage, lead.landingPage, webLink ? lead.landingPage : QString());
    setField(Field::FormId, lead.formId);
    setField(Field::FormType, lead.formType);
    setField(Field::SubmittedAt, Format::dateTime(lead.submittedAt));
    setField(Field::Question, lead.question);
    setField(Field::Created, QStringLiteral("%1 (%2)").arg(Format::dateTime(lead.createdAt),
                                                           Format::relative(lead.createdAt, m_clock.now())));
    if (lead.firstTouchAt == 0) {
        setField(Field::FirstTouch, tr("Not yet"));
    } else {
        const qint64 response = std::max<qint64>(0, lead.firstTouchAt - lead.createdAt);
        setField(Field::FirstTouch,
                 tr("%1 (after %2)").arg(Format::dateTime(lead.firstTouchAt), Format::duration(response)));
    }
}

QByteArray LeadDetailPanel::saveState() const
{
    return m_splitter->saveState();
}

void LeadDetailPanel::restoreState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_splitter->restoreState(state);
}

} // namespace lr::ui
