#include "core/intake/IntakeProcessor.h"

#include "core/common/DateParser.h"
#include "core/common/JsonScalar.h"
#include "core/enrichment/Enricher.h"
#include "core/enrichment/FirmographicsParser.h"
#include "core/hygiene/NameNormaliser.h"
#include "core/hygiene/PhoneNormaliser.h"
#include "core/intake/EventIntake.h"
#include "core/intake/OpenDealAttacher.h"
#include "core/routing/LeadDispatcher.h"
#include "core/scoring/ScoringService.h"
#include "core/store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QUrl>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

#include <optional>

namespace lr {
namespace {

QString field(const QJsonObject &fields, const char *name)
{
    const QJsonValue v = fields.value(QLatin1String(name));
    if (v.isDouble()) {
        // A phone sent as a number has 15+ digits: write it out whole, never as 4.9e+15.
        const double d = v.toDouble();
        constexpr double kExactInteger = 9007199254740992.0; // 2^53
        if (std::abs(d) < kExactInteger && d == std::floor(d))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString().trimmed();
}

/// "pl", "pl-PL", "en_US", "pol", "Polish", "polski" → "pl"; empty when it names no language.
QString languageCode(const QString &text)
{
    static const QRegularExpression regionPart(QStringLiteral("[-_]"));
    const QString head = text.trimmed().section(regionPart, 0, 0).toLower();
    if (head.size() == 2 || head.size() == 3) {
        if (const QLocale::Language l = QLocale::codeToLanguage(head); l != QLocale::AnyLanguage) {
            if (const QString code = QLocale::languageToCode(l, QLocale::ISO639Part1); code.size() == 2)
                return code;
        }
    }
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> t;
        for (int i = 2; i <= static_cast<int>(QLocale::LastLanguage); ++i) {
            const auto language = static_cast<QLocale::Language>(i);
            if (const QString code = QLocale::languageToCode(language, QLocale::ISO639Part1); code.size() == 2)
                t.insert(QLocale::languageToString(language).toLower(), code);
        }
        const QList<QLocale> locales =
            QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &locale : locales) {
            const QString code = QLocale::languageToCode(locale.language(), QLocale::ISO639Part1);
            if (code.size() == 2 && !locale.nativeLanguageName().isEmpty())
                t.insert(locale.nativeLanguageName().toLower(), code);
        }
        return t;
    }();
    return names.value(text.trimmed().toLower());
}

/// "Smith, John" → (John, Smith); "Dr. Emily Carter" → (Emily, Carter); "Jan Maria Rokita" → (Jan, Maria Rokita).
std::pair<QString, QString> splitFullName(QString full)
{
    if (const qsizetype comma = full.indexOf(QLatin1Char(',')); comma > 0)
        return {full.mid(comma + 1).trimmed(), full.left(comma).trimmed()};
    static const QRegularExpression honorific(
        QStringLiteral("^(?:mr|mrs|ms|miss|mx|dr|prof|sir|herr|frau|pan|pani|г-н|г-жа|д-р)\\.?\\s+"),
        QRegularExpression::CaseInsensitiveOption);
    full.remove(honorific);
    full = full.simplified();
    return {full.section(QLatin1Char(' '), 0, 0), full.section(QLatin1Char(' '), 1)};
}

/// "https://www.Firma.de/about" → "firma.de"
QString domainFromWebsite(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QUrl url = QUrl::fromUserInput(text);
    QString host = url.host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    return host;
}

/// Fills `target` from `value` only when `target` is empty (survivorship: never overwrite a
/// known value with an empty one, never lose what the person told us first).
bool fill(QString &target, const QString &value)
{
    if (!target.isEmpty() || value.isEmpty())
        return false;
    target = value;
    return true;
}

LeadSource sourceFor(JournalEntry::Channel channel, const QString &given)
{
    if (const auto s = leadSourceFromLabel(given))
        return *s;
    switch (channel) {
    case JournalEntry::Channel::Csv:
        return LeadSource::CsvImport;
    case JournalEntry::Channel::Manual:
        return LeadSource::Manual;
    default:
        return LeadSource::WebForm;
    }
}

} // namespace

struct PreparedSubmission
{
    EmailCheck email;
    Lead incoming;
    Words quarantine; ///< Why it is quarantined; empty when it goes on.
    Words warnings;   ///< What was left out or taken as given (a phone that cannot exist, an unknown country, …).
};

IntakeProcessor::IntakeProcessor(Store &store, const Clock &clock, EmailValidator validator)
    : m_store(store), m_clock(clock), m_validator(validator),
      m_scoring(std::make_unique<ScoringService>(store, clock, validator)),
      m_dispatcher(std::make_unique<LeadDispatcher>(store, clock))
{}

IntakeProcessor::~IntakeProcessor() = default;

QString IntakeOutcome::key(Status s)
{
    switch (s) {
    case Status::Created:
        return QStringLiteral("created");
    case Status::Merged:
        return QStringLiteral("merged");
    case Status::Quarantined:
        return QStringLiteral("quarantined");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<JournalEntry> IntakeProcessor::journal(JournalEntry::Channel channel, const QString &source,
                                                     const QByteArray &body, const QString &contentType,
                                                     IntakeOutcome &out)
{
    JournalEntry entry;
    entry.receivedAt = m_clock.now();
    entry.channel = channel;
    entry.source = source;
    entry.contentType = contentType;
    entry.body = body;
    const Result<Id> id = m_store.journal.append(entry);
    if (!id) {
        out.reason = tr("The submission could not be stored: %1").arg(id.error());
        return std::nullopt;
    }
    entry.id = id.value();
    return entry;
}

IntakeOutcome IntakeProcessor::submit(JournalEntry::Channel channel, const QString &source, const QJsonObject &fields,
                                      const QByteArray &body, const QString &contentType)
{
    IntakeOutcome out;
    const bool raw = !body.isEmpty();
    const auto entry = journal(channel, source, raw ? body : QJsonDocument(fields).toJson(QJsonDocument::Compact),
                               raw && !contentType.isEmpty() ? contentType : QStringLiteral("application/json"), out);
    if (!entry)
        return out;
    return apply(entry->id, *entry, fields, prepare(*entry, fields, m_validator.withAdminLists(m_store.hygieneLists)));
}

IntakeOutcome IntakeProcessor::keepRefused(JournalEntry::Channel channel, const QString &source, const QByteArray &body,
                                           const QString &contentType, const Words &reason)
{
    IntakeOutcome out;
    const auto entry = journal(channel, source, body, contentType, out);
    if (!entry)
        return out;
    out.status = IntakeOutcome::Status::Quarantined;
    out.journalId = entry->id;
    out.reason = reason.text();
    m_store.journal.finish(entry->id, JournalEntry::State::Quarantined, reason, 0, m_clock.now());
    return out;
}

IntakeOutcome IntakeProcessor::process(const JournalEntry &entry)
{
    if (entry.channel == JournalEntry::Channel::Event) { // a behaviour event (page_view, …), not a lead
        const EventOutcome event = EventIntake(m_store, m_clock).process(entry);
        IntakeOutcome out;
        out.journalId = entry.id;
        out.leadId = event.leadId;
        out.reason = event.reason;
        out.status = IntakeOutcome::Status::Merged;
        if (event.status == EventOutcome::Status::Rejected)
            out.status = IntakeOutcome::Status::Quarantined;
        else if (event.status == EventOutcome::Status::Failed)
            out.status = IntakeOutcome::Status::Failed;
        return out;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(entry.body, &parseError);
    if (!doc.isObject()) {
        IntakeOutcome out;
        out.status = IntakeOutcome::Status::Quarantined;
        out.journalId = entry.id;
        const Words why =
            words(QT_TR_NOOP("The submission is not a JSON object: %1"), {jsonErrorWords(parseError.error)});
        out.reason = why.text();
        m_store.journal.finish(entry.id, JournalEntry::State::Quarantined, why, 0, m_clock.now());
        return out;
    }
    const QJsonObject fields = doc.object();
    return apply(entry.id, entry, fields, prepare(entry, fields, m_validator.withAdminLists(m_store.hygieneLists)));
}

QList<IntakeOutcome> IntakeProcessor::submitBatch(JournalEntry::Channel channel, const QString &source,
                                                  const QList<QJsonObject> &batch)
{
    QList<JournalEntry> entries;
    entries.reserve(batch.size());
    QString error;
    {
        Transaction journalTx(m_store.database());
        error = journalTx.error();
        for (const QJsonObject &fields : batch) {
            if (!error.isEmpty())
                break;
            JournalEntry entry;
            entry.receivedAt = m_clock.now();
            entry.channel = channel;
            entry.source = source;
            entry.contentType = QStringLiteral("application/json");
            entry.body = QJsonDocument(fields).toJson(QJsonDocument::Compact);
            const Result<Id> id = m_store.journal.append(entry);
            if (!id) {
                error = id.error();
                break;
            }
            entry.id = id.value();
            entries.append(std::move(entry));
        }
        if (error.isEmpty()) {
            if (const Status s = journalTx.commit(); !s)
                error = s.error();
        }
    }
    if (!error.isEmpty()) {
        IntakeOutcome failed;
        failed.reason = tr("The submission could not be stored: %1").arg(error);
        return QList<IntakeOutcome>(batch.size(), failed);
    }
    return processBatch(entries, batch);
}

QList<IntakeOutcome> IntakeProcessor::processBatch(const QList<JournalEntry> &entries, const QList<QJsonObject> &fields,
                                                   bool *committedOut)
{
    QList<IntakeOutcome> outcomes;
    Status committed;
    // First pass without a savepoint per row: a savepoint makes SQLite flush the full-text index on
    // every statement, which costs more than the rest of the row. If any row fails, that pass is
    // rolled back whole and the batch runs again with a savepoint per row, so the failing row rolls
    // back alone and the others are kept.
    // Inside the batch's transaction nothing edits rules, users or teams: read them once per pass.
    struct KeepRules
    {
        LeadDispatcher &dispatcher;
        ScoringService &scoring;
        ~KeepRules()
        {
            dispatcher.keepRulesForBatch(false);
            scoring.keepForBatch(nullptr);
        }
    } keepRules{*m_dispatcher, *m_scoring};
    // Hygiene (above all libphonenumber) runs on the thread pool, in order, while this thread
    // writes the rows prepared so far; the workers read only the frozen admin lists.
    std::optional<FixedAdminDomainLists> adminLists;
    const EmailValidator validator = m_validator.frozen(m_store.hygieneLists, adminLists);
    QList<qsizetype> rows(entries.size());
    std::iota(rows.begin(), rows.end(), 0);
    QFuture<PreparedSubmission> prepared =
        QtConcurrent::mapped(rows, [&](qsizetype i) { return prepare(entries.at(i), fields.at(i), validator); });
    const auto joinWorkers = qScopeGuard([&] { prepared.waitForFinished(); }); // they read our locals
    for (const bool optimistic : {true, false}) {
        m_optimistic = optimistic;
        m_rowFailed = false;
        outcomes.clear();
        outcomes.reserve(entries.size());
        Transaction tx(m_store.database());
        m_dispatcher->keepRulesForBatch(tx.isActive());
        m_scoring->keepForBatch(tx.isActive() ? &validator : nullptr);
        for (qsizetype i = 0; i < entries.size() && !m_rowFailed; ++i)
            outcomes.append(apply(entries.at(i).id, entries.at(i), fields.at(i), prepared.resultAt(i)));
        if (optimistic && m_rowFailed)
            continue; // tx rolls back
        committed = tx.isActive() ? tx.commit() : Status::failure(tx.error());
        break;
    }
    m_optimistic = false;
    if (committedOut)
        *committedOut = committed.ok();
    if (!committed) {
        // Journaled, so not lost: the entries stay pending and the next start processes them.
        for (IntakeOutcome &out : outcomes) {
            out.status = IntakeOutcome::Status::Failed;
            out.leadId = 0;
            out.reason =
                tr("Saved, but not processed yet (%1); it will be processed on the next start.").arg(committed.error());
        }
    }
    return outcomes;
}

int IntakeProcessor::processPending()
{
    int handled = 0;
    while (true) {
        const QList<JournalEntry> batch = m_store.journal.inState(JournalEntry::State::Pending, 1000);
        if (batch.isEmpty())
            return handled;
        QList<JournalEntry> parsed;
        QList<QJsonObject> fields;
        for (const JournalEntry &entry : batch) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(entry.body, &parseError);
            if (doc.isObject()) {
                parsed.append(entry);
                fields.append(doc.object());
            } else {
                process(entry); // quarantines it with the parse error
            }
        }
        bool committed = true;
        processBatch(parsed, fields, &committed);
        if (!committed)
            return handled; // still pending (store locked or full): the next start tries again
        handled += static_cast<int>(batch.size());
    }
}

PreparedSubmission IntakeProcessor::prepare(const JournalEntry &entry, const QJsonObject &fields,
                                            const EmailValidator &validator)
{
    PreparedSubmission out;
    // A row whose CSV quoting broke, a footer line or a row with more values than the header is
    // kept but never routed: say why. Only the importer writes this (a web form that sends the
    // field gets no say), and it stays until an admin saves the entry from the editor, which drops
    // it (QuarantineService::reprocess): re-processing a selection unread keeps such rows here.
    if (entry.channel == JournalEntry::Channel::Csv) {
        if (const QJsonValue csvError = fields.value(QLatin1String("_csv_error")); !csvError.isUndefined()) {
            out.quarantine = Words::fromJson(csvError);
            return out;
        }
    }
    // The email decides whether this is a routable person at all.
    out.email = validator.check(field(fields, "email"));
    if (!out.email.isValid()) {
        out.quarantine = out.email.reason;
        return out;
    }
    const EmailCheck &email = out.email;
    Lead &incoming = out.incoming;
    incoming.email = email.address;
    incoming.emailKey = EmailValidator::dedupKey(email.address);
    QString first = field(fields, "first_name");
    QString last = field(fields, "last_name");
    const QString full = field(fields, "full_name");
    if (first.isEmpty() && last.isEmpty() && !full.isEmpty())
        std::tie(first, last) = splitFullName(full);
    out.warnings += out.email.note;
    incoming.firstName = NameNormaliser::normalise(first);
    incoming.lastName = NameNormaliser::normalise(last);
    incoming.title = field(fields, "title");
    incoming.companyName = field(fields, "company");
    // "Germany", "Deutschland", "de" and "DE" are one country; a name nobody knows is left out, not cut to "GE".
    if (const QString country = field(fields, "country"); !country.isEmpty()) {
        if (const Result<QString> code = FirmographicsParser::country(country))
            incoming.country = code.value();
        else
            out.warnings += words(QT_TR_NOOP("The country \"%1\" is not known; it was left empty."), {country});
    }
    if (const QString language = field(fields, "language"); !language.isEmpty()) {
        incoming.language = languageCode(language);
        if (incoming.language.isEmpty())
            out.warnings += words(QT_TR_NOOP("The language \"%1\" is not known; it was left empty."), {language});
    }
    incoming.source = sourceFor(entry.channel, field(fields, "source"));
    incoming.utmSource = field(fields, "utm_source");
    incoming.utmMedium = field(fields, "utm_medium");
    incoming.utmCampaign = field(fields, "utm_campaign");
    incoming.landingPage = field(fields, "landing_page");
    incoming.formId = field(fields, "form_id").isEmpty() ? entry.source : field(fields, "form_id");
    incoming.formType = field(fields, "form_type");
    incoming.question = field(fields, "question");
    const QString submitted = field(fields, "submitted_at");
    incoming.submittedAt = entry.receivedAt;
    if (!submitted.isEmpty()) {
        // The person is real whatever the date says: a time that cannot be read, or one in the
        // future, gives way to the time the submission arrived.
        const auto at = parseInstant(submitted);
        if (!at) {
            out.warnings += words(QT_TR_NOOP("The submission time \"%1\" is not a date; the time it arrived was used."),
                                  {submitted});
        } else if (*at > entry.receivedAt + kDayMs) {
            out.warnings += words(
                QT_TR_NOOP("The submission time \"%1\" is in the future; the time it arrived was used."), {submitted});
        } else {
            incoming.submittedAt = *at;
        }
    }
    const QString rawPhone = field(fields, "phone").isEmpty() ? field(fields, "mobile") : field(fields, "phone");
    if (!rawPhone.isEmpty()) {
        // A number without its country code is read in the lead's country, else in the country
        // of its website's or company address's domain ("601 234 567" of anna@nowak-it.pl is
        // Polish). Never a free-mail domain's: gmx.de and mail.ru serve whole regions. A country
        // only guessed so is not stored; one the number itself says (+41 …) is.
        QString region = incoming.country;
        bool guessed = false;
        if (region.isEmpty()) {
            region = PhoneNormaliser::regionOfDomain(domainFromWebsite(field(fields, "company_domain")));
            if (region.isEmpty() && !email.freeMail)
                region = PhoneNormaliser::regionOfDomain(email.domain);
            guessed = !region.isEmpty();
        }
        const PhoneCheck phone = PhoneNormaliser::normalise(rawPhone, region);
        if (phone.valid) {
            incoming.phone = phone.e164;
            const bool ownCountryCode =
                rawPhone.trimmed().startsWith(QLatin1Char('+')) || rawPhone.trimmed().startsWith(QLatin1String("00"));
            if (incoming.country.isEmpty() && (!guessed || ownCountryCode))
                incoming.country = phone.region;
        } else {
            out.warnings += phone.reason; // the person is real; the number is not kept
        }
    }
    return out;
}

IntakeOutcome IntakeProcessor::apply(Id journalId, const JournalEntry &entry, const QJsonObject &fields,
                                     const PreparedSubmission &prepared)
{
    using S = IntakeOutcome::Status;
    IntakeOutcome out;
    out.journalId = journalId;
    const Instant now = m_clock.now();
    if (!prepared.quarantine.isEmpty()) {
        out.status = S::Quarantined;
        out.reason = prepared.quarantine.text();
        m_store.journal.finish(journalId, JournalEntry::State::Quarantined, prepared.quarantine, 0, now);
        return out;
    }
    const EmailCheck &email = prepared.email;
    Lead incoming = prepared.incoming;
    const Words &warnings = prepared.warnings;

    std::optional<Transaction> tx; // none in a batch's optimistic pass (see processBatch)
    if (!m_optimistic) {
        tx.emplace(m_store.database());
        if (!tx->isActive()) {
            out.reason = tx->error();
            m_store.journal.finish(journalId, JournalEntry::State::Failed, Words::plain(out.reason), 0, now);
            return out;
        }
    }
    auto fail = [&](const QString &reason) {
        if (tx)
            tx->rollback();
        else
            m_rowFailed = true; // the caller rolls the pass back and retries with savepoints
        out.status = S::Failed;
        out.reason = reason;
        m_store.journal.finish(journalId, JournalEntry::State::Failed, Words::plain(reason), 0, now);
        return out;
    };

    // Company: from the website field, else from a corporate email domain — never free-mail.
    QString domain = domainFromWebsite(field(fields, "company_domain"));
    if (domain.isEmpty() && !email.freeMail)
        domain = email.domain;
    if (!domain.isEmpty()) {
        if (const auto company = m_store.companies.findByDomain(domain)) {
            incoming.companyId = company->id;
        } else {
            Company c;
            c.name = incoming.companyName;
            c.domain = domain;
            c.industry = field(fields, "industry");
            c.employees = field(fields, "employees").toInt();
            c.country = incoming.country;
            c.createdAt = now;
            const Result<Id> id = m_store.companies.create(c);
            if (!id)
                return fail(id.error());
            incoming.companyId = id.value();
        }
    }

    // Dedup: the same email key first, then the same name at the same (corporate) company.
    Id existingId = m_store.leads.findIdByEmailKey(incoming.emailKey);
    if (!existingId) // an address a manual merge absorbed still leads to the person
        existingId = m_store.merges.leadForAlias(incoming.emailKey);
    if (!existingId)
        existingId = m_store.leads.findIdByCompanyAndName(incoming.companyId, incoming.firstName, incoming.lastName);

    Event event;
    event.at = now;
    Id companyId = incoming.companyId;
    Id ownerId = 0;
    if (existingId) {
        Lead lead = *m_store.leads.find(AccessScope::system(), existingId);
        QStringList changed;
        const std::pair<QString *, const QString *> pairs[] = {{&lead.firstName, &incoming.firstName},
                                                               {&lead.lastName, &incoming.lastName},
                                                               {&lead.title, &incoming.title},
                                                               {&lead.companyName, &incoming.companyName},
                                                               {&lead.phone, &incoming.phone},
                                                               {&lead.country, &incoming.country},
                                                               {&lead.language, &incoming.language},
                                                               {&lead.utmSource, &incoming.utmSource},
                                                               {&lead.utmMedium, &incoming.utmMedium},
                                                               {&lead.utmCampaign, &incoming.utmCampaign},
                                                               {&lead.landingPage, &incoming.landingPage},
                                                               {&lead.formId, &incoming.formId},
                                                               {&lead.formType, &incoming.formType},
                                                               {&lead.question, &incoming.question}};
        static const char *names[] = {"first_name",   "last_name", "title",      "company",    "phone",
                                      "country",      "language",  "utm_source", "utm_medium", "utm_campaign",
                                      "landing_page", "form_id",   "form_type",  "question"};
        for (std::size_t i = 0; i < std::size(pairs); ++i) {
            const QString old = *pairs[i].first;
            if (fill(*pairs[i].first, *pairs[i].second)) {
                changed.append(QString::fromLatin1(names[i]));
                AuditEntry a{0,
                             now,
                             0,
                             QStringLiteral("lead"),
                             lead.id,
                             QStringLiteral("merge"),
                             QString::fromLatin1(names[i]),
                             old,
                             *pairs[i].second};
                if (const auto r = m_store.audit.append(a); !r)
                    return fail(r.error());
            }
        }
        if (!lead.companyId)
            lead.companyId = incoming.companyId;
        companyId = lead.companyId;
        ownerId = lead.ownerId;
        fill(lead.email, incoming.email);
        lead.emailKey = EmailValidator::dedupKey(lead.email);
        lead.updatedAt = now;
        if (const Status s = m_store.leads.update(lead); !s)
            return fail(s.error());
        event.type = QStringLiteral("lead_merged");
        event.leadId = lead.id;
        event.payload = {{QStringLiteral("journal_id"), journalId},
                         {QStringLiteral("email"), incoming.email},
                         {QStringLiteral("fields"), QJsonArray::fromStringList(changed)}};
        out.status = S::Merged;
        out.leadId = lead.id;
        if (entry.channel == JournalEntry::Channel::Webhook) {
            // The person filled in a web form again: a sign of life and a marketing touch, which
            // scoring counts like any form submission the website reports (a later demo request
            // earns its points, the silence starts over). A list import or a rep's entry is not.
            Event again;
            again.at = std::min(incoming.submittedAt, now);
            again.type = events::FormSubmit;
            again.leadId = lead.id;
            again.payload = {{QStringLiteral("journal_id"), journalId},
                             {QStringLiteral("form_id"), incoming.formId},
                             {QStringLiteral("form_type"), incoming.formType},
                             {QStringLiteral("url"), incoming.landingPage},
                             {QStringLiteral("source"), toKey(incoming.source)}};
            if (const auto r = m_store.events.append(again); !r)
                return fail(r.error());
        }
    } else {
        incoming.createdAt = now;
        incoming.updatedAt = now;
        const Result<Id> id = m_store.leads.create(incoming);
        if (!id)
            return fail(id.error());
        event.type = events::LeadCreated;
        event.leadId = id.value();
        event.payload = {{QStringLiteral("journal_id"), journalId},
                         {QStringLiteral("source"), toKey(incoming.source)},
                         {QStringLiteral("form_id"), incoming.formId}};
        out.status = S::Created;
        out.leadId = id.value();
    }
    // Enrich: empty company fields (and this lead's company name/country) from the local table.
    if (const auto enriched = Enricher(m_store, m_clock).enrichLeadLocally(out.leadId); !enriched)
        return fail(enriched.error());
    // Qualify: the person's earlier behaviour events join the lead, which is scored and classed.
    if (const auto scored = m_scoring->qualify(out.leadId, event.type); !scored)
        return fail(scored.error());
    if (!warnings.isEmpty())
        event.payload.insert(QStringLiteral("warnings"), warnings.toJson());
    if (const auto r = m_store.events.append(event); !r)
        return fail(r.error());
    // The company already has an open deal: its owner takes the contact, no parallel work.
    const auto attached = OpenDealAttacher(m_store).attach(out.leadId, ownerId, companyId, now);
    if (!attached)
        return fail(attached.error());
    Words said; // what the caller hears and the journal keeps, in no language
    if (attached->has_value())
        said = (*attached)->reason;
    // Route and respond: a new lead gets its owner, call task, SLA clock and ladder in this step.
    if (out.status == S::Created) {
        Id enteredBy = 0; // a rep or manager typing a lead in owns it
        if (entry.channel == JournalEntry::Channel::Manual) {
            if (const auto user = m_store.users.findByEmail(entry.source); user && user->role != Role::Admin)
                enteredBy = user->id;
        }
        if (const auto routed = m_dispatcher->dispatchNew(out.leadId, enteredBy); !routed)
            return fail(routed.error());
    }
    // The caller (the webhook's reply, the import summary) hears what was left out, too.
    said += warnings;
    out.reason = said.text();
    if (const Status s = m_store.journal.finish(journalId, JournalEntry::State::Processed, said, out.leadId, now); !s)
        return fail(s.error());
    if (tx) {
        if (const Status s = tx->commit(); !s)
            return fail(s.error());
    }
    return out;
}

} // namespace lr
