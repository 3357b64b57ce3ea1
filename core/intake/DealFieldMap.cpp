#include "core/intake/DealFieldMap.h"

namespace lr {

const QString DealFieldMap::ExternalId = QStringLiteral("external_id");
const QString DealFieldMap::Title = QStringLiteral("title");
const QString DealFieldMap::Owner = QStringLiteral("owner");
const QString DealFieldMap::Company = QStringLiteral("company");
const QString DealFieldMap::PersonEmail = QStringLiteral("person_email");
const QString DealFieldMap::Stage = QStringLiteral("stage");
const QString DealFieldMap::Status = QStringLiteral("status");
const QString DealFieldMap::Value = QStringLiteral("value");
const QString DealFieldMap::Currency = QStringLiteral("currency");
const QString DealFieldMap::EngagedAt = QStringLiteral("engaged_at");
const QString DealFieldMap::ClosedAt = QStringLiteral("closed_at");
const QString DealFieldMap::ExpectedClose = QStringLiteral("expected_close");
const QString DealFieldMap::Product = QStringLiteral("product");
const QString DealFieldMap::LostReason = QStringLiteral("lost_reason");

namespace {

const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> table = [] {
        const QList<std::pair<QString, QStringList>> groups{
            {DealFieldMap::ExternalId,
             {QStringLiteral("id"), QStringLiteral("deal id"), QStringLiteral("record id"),
              QStringLiteral("opportunity id"), QStringLiteral("external id"), QStringLiteral("crm id")}},
            {DealFieldMap::Title,
             {QStringLiteral("deal name"), QStringLiteral("deal title"), QStringLiteral("name"),
              QStringLiteral("opportunity name"), QStringLiteral("opportunity"), QStringLiteral("subject"),
              QStringLiteral("deal")}},
            {DealFieldMap::Owner,
             {QStringLiteral("deal owner"), QStringLiteral("opportunity owner"), QStringLiteral("owner name"),
              QStringLiteral("owner email"), QStringLiteral("deal owner email"), QStringLiteral("assigned to"),
              QStringLiteral("sales rep"), QStringLiteral("salesperson"), QStringLiteral("account owner")}},
            {DealFieldMap::Company,
             {QStringLiteral("company name"), QStringLiteral("organization"), QStringLiteral("organisation"),
              QStringLiteral("organization name"), QStringLiteral("organisation name"), QStringLiteral("account name"),
              QStringLiteral("account"), QStringLiteral("associated company"), QStringLiteral("deal organization"),
              QStringLiteral("customer"), QStringLiteral("firma")}},
            {DealFieldMap::PersonEmail,
             {QStringLiteral("email"), QStringLiteral("e mail"), QStringLiteral("email address"),
              QStringLiteral("person email"), QStringLiteral("contact email"),
              QStringLiteral("associated contact email"), QStringLiteral("primary contact email"),
              QStringLiteral("contact email address")}},
            {DealFieldMap::Stage,
             {QStringLiteral("deal stage"), QStringLiteral("pipeline stage"), QStringLiteral("opportunity stage"),
              QStringLiteral("sales stage")}},
            {DealFieldMap::Status, {QStringLiteral("deal status"), QStringLiteral("won lost")}},
            {DealFieldMap::Value,
             {QStringLiteral("amount"), QStringLiteral("deal value"), QStringLiteral("deal amount"),
              QStringLiteral("amount in company currency"), QStringLiteral("opportunity amount"),
              QStringLiteral("total"), QStringLiteral("revenue")}},
            {DealFieldMap::Currency,
             {QStringLiteral("deal currency"), QStringLiteral("currency code"), QStringLiteral("opportunity currency"),
              QStringLiteral("currency of value"), QStringLiteral("deal currency of value"),
              QStringLiteral("amount currency")}},
            {DealFieldMap::EngagedAt,
             {QStringLiteral("engaged at"), QStringLiteral("create date"), QStringLiteral("created date"),
              QStringLiteral("created"), QStringLiteral("created at"), QStringLiteral("created on"),
              QStringLiteral("deal created"), QStringLiteral("deal deal created"), QStringLiteral("date created"),
              QStringLiteral("add time"), QStringLiteral("deal add time"), QStringLiteral("engaged"),
              QStringLiteral("opened")}},
            {DealFieldMap::ClosedAt,
             {QStringLiteral("closed at"), QStringLiteral("closed date"), QStringLiteral("date closed"),
              QStringLiteral("closed"), QStringLiteral("won time"), QStringLiteral("lost time"),
              QStringLiteral("close time"), QStringLiteral("won date"), QStringLiteral("lost date"),
              QStringLiteral("deal close time"), QStringLiteral("deal won time"), QStringLiteral("deal lost time"),
              QStringLiteral("actual close date")}},
            {DealFieldMap::ExpectedClose,
             {QStringLiteral("expected close"), QStringLiteral("expected close date"), QStringLiteral("close date"),
              QStringLiteral("deal expected close date"), QStringLiteral("estimated close date"),
              QStringLiteral("projected close date"), QStringLiteral("target close date")}},
            {DealFieldMap::Product,
             {QStringLiteral("products"), QStringLiteral("product name"), QStringLiteral("deal product"),
              QStringLiteral("line item"), QStringLiteral("line items"), QStringLiteral("product interest")}},
            {DealFieldMap::LostReason,
             {QStringLiteral("lost reason"), QStringLiteral("closed lost reason"), QStringLiteral("loss reason"),
              QStringLiteral("reason lost"), QStringLiteral("deal lost reason"), QStringLiteral("reason for loss"),
              QStringLiteral("lost reason details")}},
        };
        QHash<QString, QString> t;
        for (const auto &[field, spellings] : groups) {
            for (const QString &s : spellings)
                t.insert(s, field);
        }
        return t;
    }();
    return table;
}

} // namespace

const QStringList &DealFieldMap::fields()
{
    static const QStringList all{ExternalId, Title,    Owner,     Company,  PersonEmail,   Stage,   Status,
                                 Value,      Currency, EngagedAt, ClosedAt, ExpectedClose, Product, LostReason};
    return all;
}

QString DealFieldMap::recognise(const QString &header)
{
    const QString trimmed = header.trimmed().toLower();
    if (fields().contains(trimmed))
        return trimmed;
    QString key = ColumnMap::canonical(header);
    if (const auto it = aliases().constFind(key); it != aliases().constEnd())
        return *it;
    // Pipedrive and Salesforce prefix columns with the entity: "Deal - Value", "Opportunity - Stage".
    for (const QLatin1String prefix : {QLatin1String("deal "), QLatin1String("opportunity "), QLatin1String("person "),
                                       QLatin1String("organization ")}) {
        if (!key.startsWith(prefix))
            continue;
        const QString rest = key.mid(prefix.size());
        if (prefix == QLatin1String("person ") && rest != QLatin1String("email"))
            return {}; // a person's name or phone is not a deal field
        if (prefix == QLatin1String("organization ") && rest != QLatin1String("name"))
            return {};
        if (fields().contains(rest))
            return rest;
        if (const auto it = aliases().constFind(rest); it != aliases().constEnd())
            return *it;
    }
    return {};
}

ColumnMap DealFieldMap::build(const QStringList &headers, const QHash<QString, QString> &overrides, QString *error)
{
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        if (!it.value().isEmpty() && !fields().contains(it.value())) {
            if (error) {
                *error = tr("\"%1\" is not a deal field. Known fields: %2.")
                             .arg(it.value(), fields().join(QStringLiteral(", ")));
            }
            return {};
        }
    }
    ColumnMap map = ColumnMap::build(headers, overrides, &DealFieldMap::recognise);
    if (map.column(Title) < 0 && map.column(Company) < 0 && map.column(ExternalId) < 0 && error) {
        *error = tr("No deal name, company or id column found. Columns: %1. Map one with --map \"Header=title\".")
                     .arg(headers.join(QStringLiteral(", ")));
    }
    return map;
}

} // namespace lr
