#include "core/intake/CsvDealImporter.h"

#include "core/common/DateParser.h"
#include "core/common/DayPhrases.h"
#include "core/domain/Event.h"
#include "core/domain/User.h"
#include "core/hygiene/EmailValidator.h"
#include "core/intake/CsvReader.h"
#include "core/intake/DealFieldMap.h"
#include "core/pipeline/DealFields.h"
#include "core/pipeline/DealService.h"
#include "core/security/Permissions.h"
#include "core/store/Store.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace lr {

QStringList DealImportSummary::notes() const
{
    QStringList out;
    if (history > 0) {
        out.append(CsvDealImporter::tr("%n won or lost deal(s) lacked what their stage asks for (such as a lost "
                                       "reason) and were imported as history; exit criteria apply to moves, not to "
                                       "imported history.",
                                       nullptr, static_cast<int>(history)));
    }
    if (incomplete > 0) {
        out.append(CsvDealImporter::tr("%n open deal(s) lack what their stage asks for; the next move will ask for it.",
                                       nullptr, static_cast<int>(incomplete)));
    }
    if (companiesCreated > 0)
        out.append(CsvDealImporter::tr("%n company(ies) created.", nullptr, static_cast<int>(companiesCreated)));
    if (ownersCreated > 0) {
        out.append(CsvDealImporter::tr("%n owner(s) created as inactive reps; an administrator activates them.",
                                       nullptr, static_cast<int>(ownersCreated)));
    }
    return out;
}

QJsonObject DealImportSummary::toJson() const
{
    QJsonObject json = rows.toJson();
    json.insert(QStringLiteral("history"), history);
    json.insert(QStringLiteral("incomplete"), incomplete);
    json.insert(QStringLiteral("companies_created"), companiesCreated);
    json.insert(QStringLiteral("owners_created"), ownersCreated);
    json.insert(QStringLiteral("unmapped"), QJsonArray::fromStringList(rows.unmappedColumns));
    json.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes()));
    return json;
}

namespace {

/// Stage names other CRMs ship (canonical spelling) → the LeadRelay stage they mean.
const QHash<QString, QString> &stageSynonyms()
{
    static const QHash<QString, QString> table = [] {
        const QList<std::pair<const char *, QStringList>> groups{
            {"New Lead",
             {QStringLiteral("new"), QStringLiteral("lead"), QStringLiteral("lead in"), QStringLiteral("prospecting"),
              QStringLiteral("prospect"), QStringLiteral("new deal")}},
            {"Attempted Contact",
             {QStringLiteral("attempted"), QStringLiteral("attempted to contact"), QStringLiteral("contacted"),
              QStringLiteral("attempting contact")}},
            {"Connected",
             {QStringLiteral("qualified to buy"), QStringLiteral("qualifiedtobuy"), QStringLiteral("qualification"),
              QStringLiteral("qualified"), QStringLiteral("contact made"), QStringLiteral("connected")}},
            {"Discovery Booked",
             {QStringLiteral("appointment scheduled"), QStringLiteral("appointmentscheduled"),
              QStringLiteral("meeting booked"), QStringLiteral("meeting scheduled"), QStringLiteral("discovery"),
              QStringLiteral("demo scheduled"), QStringLiteral("presentation scheduled"),
              QStringLiteral("presentationscheduled"), QStringLiteral("needs defined"),
              QStringLiteral("needs analysis"), QStringLiteral("value proposition"),
              QStringLiteral("id decision makers"), QStringLiteral("perception analysis")}},
            {"Proposal Sent",
             {QStringLiteral("proposal"), QStringLiteral("proposal made"), QStringLiteral("proposal sent"),
              QStringLiteral("proposal price quote"), QStringLiteral("quote sent"),
              QStringLiteral("decision maker bought in"), QStringLiteral("decisionmakerboughtin")}},
            {"Negotiation",
             {QStringLiteral("negotiation"), QStringLiteral("negotiations started"),
              QStringLiteral("negotiation review"), QStringLiteral("contract sent"), QStringLiteral("contractsent")}},
            {"Invalid", {QStringLiteral("invalid"), QStringLiteral("bounced"), QStringLiteral("junk")}},
        };
        QHash<QString, QString> t;
        for (const auto &[stage, spellings] : groups) {
            for (const QString &s : spellings)
                t.insert(s, QString::fromLatin1(stage));
        }
        return t;
    }();
    return table;
}

const Stage *stageOfKind(const Pipeline &pipeline, StageKind kind)
{
    for (const Stage &s : pipeline.stages) {
        if (s.kind == kind)
            return &s;
    }
    return nullptr;
}

const Stage *stageNamed(const Pipeline &pipeline, const QString &name)
{
    for (const Stage &s : pipeline.stages) {
        if (s.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

bool isWonText(const QString &key)
{
    return key == QLatin1String("won") || key == QLatin1String("closed won") || key == QLatin1String("closedwon");
}

bool isLostText(const QString &key)
{
    return key == QLatin1String("lost") || key == QLatin1String("closed lost") || key == QLatin1String("closedlost");
}

QString currencyOfSymbol(const QString &text)
{
    static const QList<std::pair<QString, QString>> symbols{
        {QStringLiteral("€"), QStringLiteral("EUR")},   {QStringLiteral("US$"), QStringLiteral("USD")},
        {QStringLiteral("$"), QStringLiteral("USD")},   {QStringLiteral("£"), QStringLiteral("GBP")},
        {QStringLiteral("zł"), QStringLiteral("PLN")},  {QStringLiteral("лв"), QStringLiteral("BGN")},
        {QStringLiteral("₽"), QStringLiteral("RUB")}, {QStringLiteral("CHF"), QStringLiteral("CHF")}};
    for (const auto &[symbol, code] : symbols) {
        if (text.contains(symbol, Qt::CaseInsensitive))
            return code;
    }
    static const QRegularExpression code(QStringLiteral("\\b([A-Za-z]{3})\\b"));
    const QRegularExpressionMatch m = code.match(text);
    return m.hasMatch() ? m.captured(1).toUpper() : QString();
}

} // namespace

const Stage *CsvDealImporter::resolveStage(const Pipeline &pipeline, const QString &text,
                                           const QHash<QString, QString> &stageMap)
{
    const QString trimmed = text.trimmed();
    for (auto it = stageMap.constBegin(); it != stageMap.constEnd(); ++it) {
        if (it.key().trimmed().compare(trimmed, Qt::CaseInsensitive) == 0)
            return stageNamed(pipeline, it.value());
    }
    if (const Stage *s = stageNamed(pipeline, trimmed))
        return s;
    const QString key = ColumnMap::canonical(trimmed);
    if (isWonText(key))
        return stageOfKind(pipeline, StageKind::Won);
    if (isLostText(key))
        return stageOfKind(pipeline, StageKind::Lost);
    if (const auto it = stageSynonyms().constFind(key); it != stageSynonyms().constEnd())
        return stageNamed(pipeline, *it);
    return nullptr;
}

QString CsvDealImporter::lostReasonKey(const QString &text)
{
    const QString key = ColumnMap::canonical(text);
    if (key.isEmpty())
        return {};
    if (QString underscored = key; LostReasons::isKnown(underscored.replace(QLatin1Char(' '), QLatin1Char('_'))))
        return underscored;
    const QList<std::pair<QString, QStringList>> hints{
        {QStringLiteral("competitor"),
         {QStringLiteral("compet"), QStringLiteral("rival"), QStringLiteral("went with"), QStringLiteral("chose")}},
        {QStringLiteral("budget"),
         {QStringLiteral("budget"), QStringLiteral("price"), QStringLiteral("expensive"), QStringLiteral("cost"),
          QStringLiteral("money"), QStringLiteral("funding")}},
        {QStringLiteral("timing"),
         {QStringLiteral("timing"), QStringLiteral("time"), QStringLiteral("later"), QStringLiteral("next year"),
          QStringLiteral("postpone"), QStringLiteral("not now"), QStringLiteral("delay")}},
        {QStringLiteral("no_response"),
         {QStringLiteral("response"), QStringLiteral("respond"), QStringLiteral("ghost"), QStringLiteral("reply"),
          QStringLiteral("answer"), QStringLiteral("silent"), QStringLiteral("unreachable")}},
        {QStringLiteral("no_fit"),
         {QStringLiteral("fit"), QStringLiteral("not interested"), QStringLiteral("requirement"),
          QStringLiteral("feature"), QStringLiteral("unqualified"), QStringLiteral("too small")}},
    };
    for (const auto &[reason, words] : hints) {
        for (const QString &w : words) {
            if (key.contains(w))
                return reason;
        }
    }
    return QStringLiteral("other");
}

std::pair<QString, QString> CsvDealImporter::splitMoney(const QString &text)
{
    const QString currency = currencyOfSymbol(text);
    QString number;
    bool negative = text.trimmed().startsWith(QLatin1Char('(')) && text.trimmed().endsWith(QLatin1Char(')'));
    for (const QChar c : text) {
        if (c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(','))
            number += c;
        else if (c == QLatin1Char('-') && number.isEmpty())
            negative = true;
    }
    const qsizetype lastDot = number.lastIndexOf(QLatin1Char('.'));
    const qsizetype lastComma = number.lastIndexOf(QLatin1Char(','));
    if (lastDot >= 0 && lastComma >= 0) {
        // Both: the later one is the decimal separator ("12,500.00" or "12.500,00").
        const QChar thousands = lastDot > lastComma ? QLatin1Char(',') : QLatin1Char('.');
        number.remove(thousands);
        number.replace(QLatin1Char(','), QLatin1Char('.'));
    } else if (lastComma >= 0) {
        // "1250,50" is a decimal comma; "12,500" and "1,250,000" group thousands.
        const bool decimal = number.count(QLatin1Char(',')) == 1 && number.size() - lastComma - 1 <= 2;
        if (decimal)
            number.replace(QLatin1Char(','), QLatin1Char('.'));
        else
            number.remove(QLatin1Char(','));
    } else if (number.count(QLatin1Char('.')) > 1) {
        number.remove(QLatin1Char('.')); // "1.250.000"
    }
    if (number.isEmpty())
        return {text.trimmed(), currency}; // let the value parser say what is wrong
    return {negative ? QLatin1Char('-') + number : number, currency};
}

struct CsvDealImporter::Context
{
    Pipeline pipeline;
    DealImportOptions options;
    Id byUserId = 0;
    Id byTeamId = 0;
    DealImportSummary summary;
    QHash<QString, Id> owners;    ///< Lower-case owner text → user id.
    QHash<QString, Id> companies; ///< Lower-case company name → company id.
    QList<User> users;
    bool usersLoaded = false;
};

Result<Id> CsvDealImporter::ownerFor(Context &context, const QString &text)
{
    const QString key = text.trimmed().toLower();
    if (key.isEmpty())
        return Id(0);
    if (const auto it = context.owners.constFind(key); it != context.owners.constEnd())
        return *it;
    const bool isEmail = key.contains(QLatin1Char('@'));
    std::optional<User> found;
    if (isEmail) {
        found = m_store.users.findByEmail(key);
    } else {
        if (!context.usersLoaded) {
            context.users = m_store.users.all();
            context.usersLoaded = true;
        }
        for (const User &u : std::as_const(context.users)) {
            if (u.name.compare(text.trimmed(), Qt::CaseInsensitive) == 0) {
                found = u;
                break;
            }
        }
    }
    if (found) {
        context.owners.insert(key, found->id);
        return found->id;
    }
    User user;
    user.role = Role::Rep;
    user.active = false;
    user.teamId = context.byTeamId;
    user.createdAt = m_clock.now();
    if (isEmail) {
        const EmailCheck check = EmailValidator().check(text);
        if (check.verdict == EmailCheck::Verdict::Missing || check.verdict == EmailCheck::Verdict::Malformed)
            return Result<Id>::failure(tr("The owner \"%1\" is not a valid email address.").arg(text));
        user.email = check.address;
        QString local = user.email.section(QLatin1Char('@'), 0, 0);
        local.replace(QLatin1Char('.'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
        QStringList words = local.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (QString &w : words)
            w[0] = w.at(0).toUpper();
        user.name = words.join(QLatin1Char(' '));
    } else {
        // Known only by name: a placeholder address in the reserved .invalid domain until an
        // administrator gives the real one.
        user.name = text.trimmed();
        QString slug = ColumnMap::canonical(text);
        slug.replace(QLatin1Char(' '), QLatin1Char('.'));
        user.email = slug + QStringLiteral("@imported.invalid");
    }
    const Result<Id> id = m_store.users.create(user);
    if (!id)
        return id;
    ++context.summary.ownersCreated;
    user.id = id.value();
    context.users.append(user);
    context.owners.insert(key, id.value());
    return id;
}

Result<Id> CsvDealImporter::companyFor(Context &context, const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key.isEmpty())
        return Id(0);
    if (const auto it = context.companies.constFind(key); it != context.companies.constEnd())
        return *it;
    Id id = 0;
    if (const auto found = m_store.companies.findByName(name)) {
        id = found->id;
    } else {
        Company company;
        company.name = name.trimmed();
        company.createdAt = m_clock.now();
        const Result<Id> created = m_store.companies.create(company);
        if (!created)
            return created;
        id = created.value();
        ++context.summary.companiesCreated;
    }
    context.companies.insert(key, id);
    return id;
}

CsvDealImporter::RowResult CsvDealImporter::importRow(Context &context, const QHash<QString, QString> &fields,
                                                      QString *reason)
{
    const Instant now = m_clock.now();
    const auto get = [&](const QString &field) { return fields.value(field).trimmed(); };
    auto reject = [&](const QString &why) {
        *reason = why;
        return RowResult::Rejected;
    };

    // Stage: the status column (won/lost) wins over the stage of an open pipeline.
    const Stage *stage = nullptr;
    const QString status = ColumnMap::canonical(get(DealFieldMap::Status));
    if (isWonText(status))
        stage = stageOfKind(context.pipeline, StageKind::Won);
    else if (isLostText(status))
        stage = stageOfKind(context.pipeline, StageKind::Lost);
    const QString stageText = get(DealFieldMap::Stage);
    if (!stage && !stageText.isEmpty()) {
        stage = resolveStage(context.pipeline, stageText, context.options.stages);
        if (!stage) {
            QStringList names;
            for (const Stage &s : std::as_const(context.pipeline.stages))
                names.append(s.name);
            return reject(tr("Unknown stage \"%1\". Stages: %2. Map it with --stage-map \"%1=STAGE\".")
                              .arg(stageText, names.join(QStringLiteral(", "))));
        }
    }
    if (!stage && !context.pipeline.stages.isEmpty())
        stage = &context.pipeline.stages.first();
    if (!stage)
        return reject(tr("The pipeline %1 has no stages.").arg(context.pipeline.name));

    Deal deal;
    deal.pipelineId = context.pipeline.id;
    deal.stageId = stage->id;
    deal.externalId = get(DealFieldMap::ExternalId);
    deal.product = get(DealFieldMap::Product);
    deal.title = get(DealFieldMap::Title);
    if (deal.title.isEmpty() && !get(DealFieldMap::Company).isEmpty())
        deal.title = tr("%1 deal").arg(get(DealFieldMap::Company));
    if (deal.title.isEmpty() && !deal.externalId.isEmpty())
        deal.title = tr("Deal %1").arg(deal.externalId);
    if (deal.title.isEmpty())
        return reject(tr("The row has no deal name, company or id."));

    if (const QString valueText = get(DealFieldMap::Value); !valueText.isEmpty()) {
        const auto [number, currency] = splitMoney(valueText);
        if (const Status s = DealFields::set(deal, DealFields::Value, number, now, stage->isOpen()); !s)
            return reject(s.error());
        if (!currency.isEmpty()) {
            if (const Status s = DealFields::set(deal, DealFields::Currency, currency, now, stage->isOpen()); !s)
                return reject(s.error());
        }
    }
    if (const QString currency = get(DealFieldMap::Currency); !currency.isEmpty()) {
        if (const Status s = DealFields::set(deal, DealFields::Currency, currency, now, stage->isOpen()); !s)
            return reject(s.error());
    }

    const auto date = [&](const QString &field, const QString &label, Instant *out) -> bool {
        const QString text = get(field);
        if (text.isEmpty())
            return true;
        const std::optional<Instant> t = parseInstant(text);
        if (!t) {
            *reason = tr("The %1 \"%2\" is not a date; write YYYY-MM-DD or M/D/YYYY.").arg(label, text);
            return false;
        }
        *out = *t;
        return true;
    };
    Instant engagedAt = 0;
    Instant closedAt = 0;
    Instant expectedClose = 0;
    if (!date(DealFieldMap::EngagedAt, tr("engage date"), &engagedAt) ||
        !date(DealFieldMap::ClosedAt, tr("close date"), &closedAt) ||
        !date(DealFieldMap::ExpectedClose, tr("expected close date"), &expectedClose)) {
        return RowResult::Rejected;
    }
    deal.expectedCloseAt = expectedClose;
    if (stage->isOpen() && DealFields::closeDateIsDistantPast(deal, now)) {
        return reject(
            tr("The open deal's expected close date %1 lies %2 in the past; give it a "
               "date it can still close on, or a won or lost stage.")
                .arg(get(DealFieldMap::ExpectedClose), DayPhrases::moreThan(DealFields::kDistantPastDays).text()));
    }
    if (!stage->isOpen() && closedAt == 0)
        closedAt = expectedClose ? expectedClose : (engagedAt ? engagedAt : now);
    if (stage->isOpen())
        closedAt = 0;
    if (engagedAt > 0 && closedAt > 0 && closedAt < engagedAt)
        return reject(
            tr("The deal closes (%1) before it was engaged (%2).").arg(toIsoUtc(closedAt), toIsoUtc(engagedAt)));
    if (engagedAt > now)
        return reject(tr("The engage date %1 lies in the future.").arg(toIsoUtc(engagedAt)));

    const QString lostText = get(DealFieldMap::LostReason);
    if (stage->kind == StageKind::Lost)
        deal.lostReason = lostReasonKey(lostText);

    Transaction tx(m_store.database());
    if (!tx.isActive())
        return reject(tx.error());
    // A rejected row rolls back the owner and company it created: forget them too.
    const auto ownersBefore = context.owners;
    const auto companiesBefore = context.companies;
    const auto usersBefore = context.users;
    const qint64 ownersCreatedBefore = context.summary.ownersCreated;
    const qint64 companiesCreatedBefore = context.summary.companiesCreated;
    auto undo = [&](const QString &why) {
        tx.rollback();
        context.owners = ownersBefore;
        context.companies = companiesBefore;
        context.users = usersBefore;
        context.summary.ownersCreated = ownersCreatedBefore;
        context.summary.companiesCreated = companiesCreatedBefore;
        return reject(why);
    };
    const Result<Id> owner = ownerFor(context, get(DealFieldMap::Owner));
    if (!owner)
        return undo(owner.error());
    const Result<Id> company = companyFor(context, get(DealFieldMap::Company));
    if (!company)
        return undo(company.error());
    deal.ownerId = owner.value();
    deal.companyId = company.value();
    if (const QString email = get(DealFieldMap::PersonEmail); !email.isEmpty())
        deal.leadId = m_store.leads.findIdByEmailKey(EmailValidator::dedupKey(email));

    if (auto existing = m_store.deals.findByExternalId(context.pipeline.id, deal.externalId)) {
        // Re-import: refresh the fields, never the stage (moves go through the exit criteria).
        Deal updated = *existing;
        updated.title = deal.title;
        updated.valueCents = fields.contains(DealFieldMap::Value) ? deal.valueCents : updated.valueCents;
        updated.currency = deal.currency;
        updated.expectedCloseAt = deal.expectedCloseAt ? deal.expectedCloseAt : updated.expectedCloseAt;
        updated.product = deal.product.isEmpty() ? updated.product : deal.product;
        updated.ownerId = deal.ownerId ? deal.ownerId : updated.ownerId;
        updated.companyId = deal.companyId ? deal.companyId : updated.companyId;
        updated.leadId = deal.leadId ? deal.leadId : updated.leadId;
        updated.engagedAt = engagedAt ? engagedAt : updated.engagedAt;
        updated.updatedAt = now;
        if (const Status s = m_store.deals.update(updated); !s)
            return undo(s.error());
        if (const Status s = tx.commit(); !s)
            return undo(s.error());
        return RowResult::Merged;
    }

    deal.engagedAt = engagedAt;
    deal.closedAt = closedAt;
    deal.createdAt = engagedAt ? engagedAt : (closedAt ? std::min(closedAt, now) : now);
    deal.updatedAt = now;
    // When it entered its stage: known for closed deals; for open ones the import is the first
    // time LeadRelay sees it there (so rotting and the stale drop count from today).
    deal.stageEnteredAt = stage->isOpen() ? std::max(now, deal.createdAt) : closedAt;
    const Result<Id> id = m_store.deals.create(deal, context.byUserId);
    if (!id)
        return undo(id.error());
    Event event;
    event.at = deal.createdAt;
    event.type = events::DealCreated;
    event.leadId = deal.leadId;
    event.dealId = id.value();
    event.userId = context.byUserId;
    event.payload = {{QStringLiteral("source"), QStringLiteral("import")},
                     {QStringLiteral("stage"), stage->name},
                     {QStringLiteral("external_id"), deal.externalId}};
    if (const Result<Id> e = m_store.events.append(event); !e)
        return undo(e.error());
    if (const Status s = tx.commit(); !s)
        return undo(s.error());

    const QStringList missing = DealService(m_store, m_clock).missingFields(deal, *stage);
    if (!missing.isEmpty() && !stage->isOpen())
        ++context.summary.history;
    else if (!missing.isEmpty())
        ++context.summary.incomplete;
    return RowResult::Created;
}

Result<DealImportSummary> CsvDealImporter::import(QIODevice *device, const DealImportOptions &options, Id byUserId,
                                                  const Progress &progress, const std::atomic_bool *cancel)
{
    using R = Result<DealImportSummary>;
    Context context;
    context.options = options;
    context.byUserId = byUserId;
    if (byUserId) {
        if (const auto user = m_store.users.find(byUserId); user && user->role == Role::Manager)
            context.byTeamId = user->teamId; // owners a manager's import creates join the manager's team
    }
    const QList<Pipeline> pipelines = m_store.pipelines.all();
    if (pipelines.isEmpty())
        return R::failure(tr("The store has no pipeline to import deals into."));
    context.pipeline = pipelines.first();
    if (options.pipelineId) {
        const auto chosen = m_store.pipelines.find(options.pipelineId);
        if (!chosen)
            return R::failure(tr("There is no pipeline %1.").arg(options.pipelineId));
        context.pipeline = *chosen;
    }
    for (auto it = options.stages.constBegin(); it != options.stages.constEnd(); ++it) {
        if (!stageNamed(context.pipeline, it.value())) {
            QStringList names;
            for (const Stage &s : std::as_const(context.pipeline.stages))
                names.append(s.name);
            return R::failure(tr("--stage-map \"%1=%2\": the pipeline %3 has no stage \"%2\". Stages: %4.")
                                  .arg(it.key(), it.value(), context.pipeline.name, names.join(QStringLiteral(", "))));
        }
    }

    CsvReader reader(device);
    QStringList headers;
    if (QString error; !reader.readHeader(headers, &error))
        return R::failure(error);
    QString mapError;
    const ColumnMap map = DealFieldMap::build(headers, options.columns, &mapError);
    if (!mapError.isEmpty())
        return R::failure(mapError);
    context.summary.rows.unmappedColumns = map.unmapped();

    const qint64 total = device->size();
    QStringList row;
    ImportSummary &counts = context.summary.rows;
    while (reader.readRow(row)) {
        if (cancel && cancel->load()) {
            counts.cancelled = true;
            break;
        }
        ++counts.rows;
        QString reason;
        const RowResult result = reader.rowError().isEmpty() ? importRow(context, map.apply(row), &reason)
                                                             : (reason = reader.rowError(), RowResult::Rejected);
        switch (result) {
        case RowResult::Created:
            ++counts.created;
            break;
        case RowResult::Merged:
            ++counts.merged;
            break;
        case RowResult::Rejected:
            ++counts.quarantined;
            counts.errors.append({counts.rows, reason});
            break;
        }
        if (progress && counts.rows % 200 == 0)
            progress(reader.bytesRead(), total, context.summary);
    }
    if (progress)
        progress(total, total, context.summary);
    return context.summary;
}

Result<DealImportSummary> CsvDealImporter::importFile(const User &user, const QString &path,
                                                      const DealImportOptions &options, const Progress &progress,
                                                      const std::atomic_bool *cancel)
{
    using R = Result<DealImportSummary>;
    if (const Status allowed = Permissions::check(user, Permission::ImportDeals); !allowed)
        return R::failure(allowed.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return import(&file, options, user.id, progress, cancel);
}

} // namespace lr
