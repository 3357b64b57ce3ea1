#pragma once

#include "core/demo/DemoLeadFactory.h"

namespace lr {

class DemoRandom;
struct DemoCountry;

/// How a demo lead found us: source, UTM source/medium/campaign, landing page, form id and type,
/// and the answer to the form's qualifying question — in the mix a B2B SaaS sees (web forms and
/// paid ads first, then events, list imports, chat, referrals and hand-entered leads).
class DemoAcquisition final
{
public:
    explicit DemoAcquisition(DemoRandom &rng) : m_rng(rng) {}

    /// Fills the acquisition fields of `draft.lead` (created_at already set) and `draft.hot`.
    void fill(DemoLeadDraft &draft, const DemoCountry &country);

private:
    QString webForm(Lead &lead, const DemoCountry &country);
    QString paidAd(Lead &lead, const DemoCountry &country);
    QString event(Lead &lead, const DemoCountry &country);
    void listImport(Lead &lead);
    void formPage(Lead &lead, const DemoCountry &country);
    void qualifyingAnswer(DemoLeadDraft &draft);

    DemoRandom &m_rng;
};

} // namespace lr
