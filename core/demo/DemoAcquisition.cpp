#include "core/demo/DemoAcquisition.h"

#include "core/demo/DemoCatalog.h"
#include "core/demo/DemoContext.h"
#include "core/demo/DemoRandom.h"

#include <QDateTime>
#include <QMap>
#include <QTimeZone>

namespace lr {
namespace {

const QString kSite = QStringLiteral("https://www.leadrelay.example");

QString monthTag(Instant at)
{
    return QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()).toString(QStringLiteral("yyyy_MM"));
}

QString companySize(int employees)
{
    if (employees < 11)
        return QStringLiteral("1–10");
    if (employees < 50)
        return QStringLiteral("11–49");
    if (employees <= 200)
        return QStringLiteral("50–200");
    if (employees <= 500)
        return QStringLiteral("201–500");
    return QStringLiteral("500+");
}

} // namespace

void DemoAcquisition::fill(DemoLeadDraft &draft, const DemoCountry &country)
{
    Lead &lead = draft.lead;
    static const QList<LeadSource> sources{LeadSource::WebForm,   LeadSource::Ads,  LeadSource::Event,
                                           LeadSource::CsvImport, LeadSource::Chat, LeadSource::Referral,
                                           LeadSource::Manual};
    lead.source = sources.at(m_rng.weighted({34, 20, 10, 10, 8, 8, 10}));
    switch (lead.source) {
    case LeadSource::WebForm:
        lead.formType = webForm(lead, country);
        break;
    case LeadSource::Ads:
        lead.formType = paidAd(lead, country);
        break;
    case LeadSource::Event:
        lead.formType = event(lead, country);
        break;
    case LeadSource::CsvImport:
        listImport(lead);
        break;
    case LeadSource::Chat:
        lead.formType = QStringLiteral("contact");
        lead.formId = QStringLiteral("chat-widget");
        lead.landingPage = kSite + country.localePath +
                           m_rng.pick(QStringList{QStringLiteral("/pricing"), QStringLiteral("/features/routing"),
                                                  QStringLiteral("/")});
        break;
    case LeadSource::Referral:
        lead.utmSource = QStringLiteral("partner");
        lead.utmMedium = QStringLiteral("referral");
        lead.utmCampaign = QStringLiteral("partner_program");
        break;
    case LeadSource::Manual:
        break;
    }
    draft.hot = lead.formType == QLatin1String("demo_request") || lead.formType == QLatin1String("pricing");
    formPage(lead, country);
    qualifyingAnswer(draft);
}

QString DemoAcquisition::webForm(Lead &lead, const DemoCountry &country)
{
    switch (m_rng.weighted({30, 20, 25, 10, 15})) {
    case 0:
        lead.utmSource = QStringLiteral("google");
        lead.utmMedium = QStringLiteral("organic");
        break;
    case 1:
        lead.utmSource = QStringLiteral("newsletter");
        lead.utmMedium = QStringLiteral("email");
        lead.utmCampaign = QStringLiteral("newsletter_") + monthTag(lead.createdAt);
        break;
    case 2:
        lead.utmSource = QStringLiteral("google");
        lead.utmMedium = QStringLiteral("cpc");
        lead.utmCampaign = m_rng.pick(QStringList{QStringLiteral("brand_search"), QStringLiteral("competitor_terms"),
                                                  QStringLiteral("search_%1_demo").arg(country.language)});
        break;
    case 3:
        lead.utmSource = QStringLiteral("linkedin");
        lead.utmMedium = QStringLiteral("social");
        break;
    default: // direct: no UTM at all
        break;
    }
    static const QStringList kinds{QStringLiteral("demo_request"), QStringLiteral("contact"), QStringLiteral("pricing"),
                                   QStringLiteral("newsletter"), QStringLiteral("webinar")};
    return kinds.at(m_rng.weighted({35, 25, 20, 10, 10}));
}

QString DemoAcquisition::paidAd(Lead &lead, const DemoCountry &country)
{
    static const QStringList networks{QStringLiteral("google"), QStringLiteral("linkedin"), QStringLiteral("facebook"),
                                      QStringLiteral("bing"), QStringLiteral("capterra")};
    const int network = m_rng.weighted({45, 30, 10, 10, 5});
    lead.utmSource = networks.at(network);
    lead.utmMedium = network == 1 || network == 2 ? QStringLiteral("paid_social") : QStringLiteral("cpc");
    const bool america = country.code == QLatin1String("US") || country.code == QLatin1String("CA");
    if (network == 1)
        lead.utmCampaign =
            america ? QStringLiteral("abm_enterprise_na") : QStringLiteral("leadgen_") + country.code.toLower();
    else if (network == 2)
        lead.utmCampaign = QStringLiteral("retargeting_pricing");
    else
        lead.utmCampaign = QStringLiteral("search_%1_demo").arg(country.language);
    static const QStringList kinds{QStringLiteral("demo_request"), QStringLiteral("pricing"),
                                   QStringLiteral("contact")};
    return kinds.at(m_rng.weighted({50, 30, 20}));
}

QString DemoAcquisition::event(Lead &lead, const DemoCountry &country)
{
    lead.utmSource = QStringLiteral("event");
    if (m_rng.chance(0.5)) {
        lead.utmMedium = QStringLiteral("webinar");
        lead.utmCampaign = QStringLiteral("webinar_speed_to_lead");
        return QStringLiteral("webinar");
    }
    // A badge scan at the trade fair of the market.
    static const QMap<QString, QString> fairs{{QStringLiteral("BG"), QStringLiteral("webit_sofia")},
                                              {QStringLiteral("PL"), QStringLiteral("infoshare_gdansk")},
                                              {QStringLiteral("RO"), QStringLiteral("how_to_web_bucharest")},
                                              {QStringLiteral("US"), QStringLiteral("saastr_annual")},
                                              {QStringLiteral("CA"), QStringLiteral("saastr_annual")}};
    lead.utmMedium = QStringLiteral("offline");
    lead.utmCampaign = fairs.value(country.code, QStringLiteral("dmexco_cologne"));
    return {};
}

void DemoAcquisition::listImport(Lead &lead)
{
    if (m_rng.chance(0.6)) {
        lead.utmSource = QStringLiteral("linkedin");
        lead.utmMedium = QStringLiteral("lead_gen_form");
        lead.utmCampaign = QStringLiteral("li_leadgen_") + monthTag(lead.createdAt);
    } else {
        lead.utmSource = QStringLiteral("trade_show");
        lead.utmMedium = QStringLiteral("offline");
        lead.utmCampaign = QStringLiteral("badge_scans_") + monthTag(lead.createdAt);
    }
}

void DemoAcquisition::formPage(Lead &lead, const DemoCountry &country)
{
    const QString &type = lead.formType;
    if (type.isEmpty() || !lead.formId.isEmpty())
        return;
    static const QMap<QString, QString> pages{{QStringLiteral("demo_request"), QStringLiteral("/demo")},
                                              {QStringLiteral("contact"), QStringLiteral("/contact")},
                                              {QStringLiteral("pricing"), QStringLiteral("/pricing")},
                                              {QStringLiteral("newsletter"), QStringLiteral("/blog")},
                                              {QStringLiteral("webinar"), QStringLiteral("/webinars/speed-to-lead")}};
    lead.landingPage = kSite + country.localePath + pages.value(type);
    if (type == QLatin1String("newsletter"))
        lead.formId = QStringLiteral("newsletter-footer");
    else if (type == QLatin1String("webinar"))
        lead.formId = QStringLiteral("webinar-") + monthTag(lead.createdAt).replace(QLatin1Char('_'), QLatin1Char('-'));
    else
        lead.formId = QString(type).replace(QLatin1Char('_'), QLatin1Char('-')) + QLatin1Char('-') + country.language;
}

void DemoAcquisition::qualifyingAnswer(DemoLeadDraft &draft)
{
    Lead &lead = draft.lead;
    const QString &type = lead.formType;
    if (type == QLatin1String("demo_request") || type == QLatin1String("webinar")) {
        lead.question = demoText(QT_TRANSLATE_NOOP("lr::DemoText", "Company size: %1"))
                            .arg(companySize(draft.company ? draft.company->employees : m_rng.between(1, 40)));
    } else if (type == QLatin1String("pricing")) {
        const QStringList budgets = demoTexts({QT_TRANSLATE_NOOP("lr::DemoText", "Budget: under 5,000 per year"),
                                               QT_TRANSLATE_NOOP("lr::DemoText", "Budget: 5,000–20,000 per year"),
                                               QT_TRANSLATE_NOOP("lr::DemoText", "Budget: over 20,000 per year"),
                                               QT_TRANSLATE_NOOP("lr::DemoText", "Budget: not decided yet")});
        lead.question = m_rng.pick(budgets);
    } else if (type == QLatin1String("contact") || lead.source == LeadSource::Referral) {
        const QStringList cases =
            demoTexts({QT_TRANSLATE_NOOP("lr::DemoText", "Use case: answer inbound leads within 5 minutes"),
                       QT_TRANSLATE_NOOP("lr::DemoText", "Use case: replace our spreadsheet pipeline"),
                       QT_TRANSLATE_NOOP("lr::DemoText", "Use case: route leads across countries and languages"),
                       QT_TRANSLATE_NOOP("lr::DemoText", "Use case: measure speed-to-lead per rep"),
                       QT_TRANSLATE_NOOP("lr::DemoText", "Use case: stop losing leads after trade shows")});
        lead.question = m_rng.pick(cases);
    }
}

} // namespace lr
