#include "core/demo/DemoIntake.h"

#include "core/common/JsonScalar.h"
#include "core/common/Words.h"
#include "core/demo/DemoContext.h"
#include "core/hygiene/EmailValidator.h"
#include "core/intake/IntakeProcessor.h"
#include "core/security/AccessScope.h"
#include "core/store/Store.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace lr {
namespace {

struct Form
{
    const char *id;
    JournalEntry::Channel channel;
    int weight; ///< How much junk it lets through: the admin sees which form to fix first.
};

constexpr Form kForms[] = {{"pricing-page", JournalEntry::Channel::Webhook, 5},
                           {"webinar-signup", JournalEntry::Channel::Webhook, 3},
                           {"trade-fair-list.csv", JournalEntry::Channel::Csv, 2},
                           {"contact-us", JournalEntry::Channel::Webhook, 1}};

/// Addresses a form collects that are no person to call, as people type them.
constexpr const char *kJunk[] = {"test@test.com",
                                 "asdf@asdf.com",
                                 "john.doe@example.com",
                                 "noreply@gmail.com",
                                 "anna.nowak@mailinator.com",
                                 "x@guerrillamail.com",
                                 "qwerty@yopmail.com",
                                 "info@10minutemail.com",
                                 "maria.ivanova@gmial",
                                 "peter.mueller@@firma.de",

                                 "sales@localhost",
                                 "a@b.c"};

constexpr const char *kNames[][2] = {{"test", "test"},  {"Mickey", "Mouse"},  {"asdf", "qwer"},   {"", ""},
                                     {"Anna", "Nowak"}, {"Maria", "Ivanova"}, {"Peter", "Müller"}};

} // namespace

void DemoIntake::run(const QList<Id> &leads)
{
    ManualClock at(m_ctx.now);
    IntakeProcessor intake(m_ctx.store, at);
    int totalWeight = 0;
    for (const Form &f : kForms)
        totalWeight += f.weight;
    const auto pickForm = [&] {
        int roll = m_ctx.rng.below(totalWeight);
        for (const Form &f : kForms) {
            if ((roll -= f.weight) < 0)
                return f;
        }
        return kForms[0];
    };
    // Over the last four weeks, a few a day, oldest first.
    const int rejects = 24 + static_cast<int>(leads.size()) / 60;
    QList<Instant> times;
    for (int i = 0; i < rejects; ++i)
        times.append(m_ctx.now - m_ctx.rng.between64(2 * kHourMs, 28 * kDayMs));
    std::sort(times.begin(), times.end());
    for (const Instant t : std::as_const(times)) {
        if (m_ctx.failed())
            return;
        at.set(t);
        const Form form = pickForm();
        const auto &name = kNames[m_ctx.rng.below(static_cast<int>(std::size(kNames)))];
        if (form.channel == JournalEntry::Channel::Webhook &&
            m_ctx.rng.below(20) == 0) { // a form plug-in that sent half a body
            const QByteArray body = R"({"email":"lena@firma.de","first_name":"Lena")";
            intake.keepRefused(
                JournalEntry::Channel::Webhook, QString::fromLatin1(form.id), body, QStringLiteral("application/json"),
                Words("lr::IntakeProcessor",
                      QT_TRANSLATE_NOOP("lr::IntakeProcessor", "The submission is not a JSON object: %1"),
                      {jsonErrorWords(QJsonParseError::UnterminatedObject)}));
            continue;
        }
        const QJsonObject fields{{QStringLiteral("email"), QString::fromUtf8(kJunk[m_ctx.rng.below(std::size(kJunk))])},
                                 {QStringLiteral("first_name"), QString::fromUtf8(name[0])},
                                 {QStringLiteral("last_name"), QString::fromUtf8(name[1])},
                                 {QStringLiteral("form_id"), QString::fromLatin1(form.id)}};
        const IntakeOutcome out = intake.submit(form.channel, QString::fromLatin1(form.id), fields);
        if (out.status == IntakeOutcome::Status::Failed)
            m_ctx.fail(out.reason);
    }
    // People who fill in a form again: merged into their lead, the form counted as a touch.
    // Each person once, over the last three days, in the order they came. Not people whose company
    // has an open deal: intake would hand them to the deal's owner as the deal stands today.
    const int returning = std::min<int>(static_cast<int>(leads.size()) / 25, 120);
    QSet<Id> picked;
    QList<std::pair<Instant, Lead>> visits;
    for (int i = 0; i < returning * 3 && visits.size() < returning; ++i) {
        const Id id = leads.at(m_ctx.rng.below(static_cast<int>(leads.size())));
        if (picked.contains(id))
            continue;
        picked.insert(id);
        const auto lead = m_ctx.store.leads.find(AccessScope::system(), id);
        // Only a person with one lead: intake merges into the first lead with the address.
        if (!lead || lead->createdAt > m_ctx.now - 4 * kDayMs ||
            m_ctx.store.leads.findIdByEmailKey(EmailValidator::dedupKey(lead->email)) != lead->id ||
            (lead->companyId && m_ctx.store.leads.openDealAtCompany(lead->companyId)))
            continue;
        visits.append({m_ctx.rng.between64(m_ctx.now - 3 * kDayMs, m_ctx.now - kHourMs), *lead});
    }
    std::sort(visits.begin(), visits.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[when, lead] : std::as_const(visits)) {
        if (m_ctx.failed())
            return;
        at.set(when);
        // Through any of the forms, so each form's reject rate is weighed against real traffic.
        const Form &form = kForms[m_ctx.rng.below(static_cast<int>(std::size(kForms)))];
        const QJsonObject fields{{QStringLiteral("email"), lead.email.toUpper()},
                                 {QStringLiteral("first_name"), lead.firstName},
                                 {QStringLiteral("last_name"), lead.lastName},
                                 {QStringLiteral("form_id"), QString::fromLatin1(form.id)}};
        const IntakeOutcome out = intake.submit(form.channel, QString::fromLatin1(form.id), fields);
        if (out.status == IntakeOutcome::Status::Failed)
            m_ctx.fail(out.reason);
    }
}

} // namespace lr
