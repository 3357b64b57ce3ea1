#include "core/intake/LeadFieldMap.h"

#include "core/intake/ColumnMap.h"
#include "core/intake/CsvReader.h"

#include <QRegularExpression>

#include <algorithm>

namespace lr {
namespace {

QString canonical(const QString &header)
{
    return ColumnMap::canonical(header);
}

const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> table = [] {
        const QList<std::pair<const char *, QStringList>> groups{
            {"email",
             {QStringLiteral("email"), QStringLiteral("e mail"), QStringLiteral("email address"),
              QStringLiteral("e mail address"), QStringLiteral("mail"), QStringLiteral("work email"),
              QStringLiteral("business email"), QStringLiteral("person email"), QStringLiteral("contact email"),
              QStringLiteral("email 1"), QStringLiteral("primary email"), QStringLiteral("adres email"),
              QStringLiteral("электронная почта"), QStringLiteral("имейл"), QStringLiteral("e mail adresse")}},
            {"first_name",
             {QStringLiteral("first name"), QStringLiteral("firstname"), QStringLiteral("given name"),
              QStringLiteral("forename"), QStringLiteral("person first name"), QStringLiteral("vorname"),
              QStringLiteral("imię"), QStringLiteral("imie"), QStringLiteral("имя"), QStringLiteral("име")}},
            {"last_name",
             {QStringLiteral("last name"), QStringLiteral("lastname"), QStringLiteral("surname"),
              QStringLiteral("family name"), QStringLiteral("person last name"), QStringLiteral("nachname"),
              QStringLiteral("nazwisko"), QStringLiteral("фамилия")}},
            {"full_name",
             {QStringLiteral("name"), QStringLiteral("full name"), QStringLiteral("contact name"),
              QStringLiteral("person name"), QStringLiteral("contact"), QStringLiteral("lead name")}},
            {"company",
             {QStringLiteral("company"), QStringLiteral("company name"), QStringLiteral("organization"),
              QStringLiteral("organisation"), QStringLiteral("organization name"), QStringLiteral("organisation name"),
              QStringLiteral("account name"), QStringLiteral("account"), QStringLiteral("company account"),
              QStringLiteral("company name account"), QStringLiteral("organization name 1"), QStringLiteral("firm"),
              QStringLiteral("employer"), QStringLiteral("firma"), QStringLiteral("unternehmen"),
              QStringLiteral("компания"), QStringLiteral("фирма")}},
            {"company_domain",
             {QStringLiteral("company domain"), QStringLiteral("company domain name"), QStringLiteral("domain"),
              QStringLiteral("website"), QStringLiteral("company website"), QStringLiteral("web site"),
              QStringLiteral("url"), QStringLiteral("organization website")}},
            {"phone",
             {QStringLiteral("phone"), QStringLiteral("phone number"), QStringLiteral("telephone"),
              QStringLiteral("tel"), QStringLiteral("work phone"), QStringLiteral("business phone"),
              QStringLiteral("person phone"), QStringLiteral("telefon"), QStringLiteral("телефон")}},
            {"mobile",
             {QStringLiteral("mobile"), QStringLiteral("mobile phone"), QStringLiteral("mobile phone number"),
              QStringLiteral("mobile number"), QStringLiteral("cell"), QStringLiteral("cell phone"),
              QStringLiteral("handy"), QStringLiteral("komórka")}},
            {"title",
             {QStringLiteral("title"), QStringLiteral("job title"), QStringLiteral("position"), QStringLiteral("role"),
              QStringLiteral("job role"), QStringLiteral("person job title"), QStringLiteral("designation"),
              QStringLiteral("stanowisko"), QStringLiteral("должность")}},
            {"country",
             {QStringLiteral("country"), QStringLiteral("country region"), QStringLiteral("country code"),
              QStringLiteral("land"), QStringLiteral("kraj"), QStringLiteral("страна"), QStringLiteral("държава")}},
            {"language",
             {QStringLiteral("language"), QStringLiteral("preferred language"), QStringLiteral("form language"),
              QStringLiteral("locale")}},
            {"source",
             {QStringLiteral("source"), QStringLiteral("lead source"), QStringLiteral("original source"),
              QStringLiteral("channel")}},
            {"utm_source", {QStringLiteral("utm source")}},
            {"utm_medium", {QStringLiteral("utm medium")}},
            {"utm_campaign",
             {QStringLiteral("utm campaign"), QStringLiteral("campaign"), QStringLiteral("campaign name")}},
            {"landing_page",
             {QStringLiteral("landing page"), QStringLiteral("landing page url"), QStringLiteral("page url"),
              QStringLiteral("first page seen")}},
            {"form_id", {QStringLiteral("form id"), QStringLiteral("form"), QStringLiteral("form name")}},
            {"form_type", {QStringLiteral("form type")}},
            {"submitted_at",
             {QStringLiteral("submitted at"), QStringLiteral("submission date"), QStringLiteral("create date"),
              QStringLiteral("created date"), QStringLiteral("created"), QStringLiteral("created at"),
              QStringLiteral("date"), QStringLiteral("timestamp"), QStringLiteral("lead created"),
              QStringLiteral("person created"), QStringLiteral("created on"), QStringLiteral("date created"),
              QStringLiteral("conversion date"), QStringLiteral("created time"), QStringLiteral("submitted on"),
              QStringLiteral("submission time")}},
            {"question",
             {QStringLiteral("question"), QStringLiteral("message"), QStringLiteral("comments"),
              QStringLiteral("use case"), QStringLiteral("how can we help")}},
            {"employees",
             {QStringLiteral("employees"), QStringLiteral("number of employees"), QStringLiteral("company size"),
              QStringLiteral("employee count"), QStringLiteral("no of employees")}},
            {"industry", {QStringLiteral("industry"), QStringLiteral("sector"), QStringLiteral("branche")}},
        };
        QHash<QString, QString> t;
        for (const auto &[field, spellings] : groups) {
            for (const QString &s : spellings)
                t.insert(s, QString::fromLatin1(field));
        }
        return t;
    }();
    return table;
}

} // namespace

const QStringList &LeadFieldMap::fields()
{
    static const QStringList all{
        QStringLiteral("email"),        QStringLiteral("first_name"), QStringLiteral("last_name"),
        QStringLiteral("full_name"),    QStringLiteral("company"),    QStringLiteral("company_domain"),
        QStringLiteral("phone"),        QStringLiteral("mobile"),     QStringLiteral("title"),
        QStringLiteral("country"),      QStringLiteral("language"),   QStringLiteral("source"),
        QStringLiteral("utm_source"),   QStringLiteral("utm_medium"), QStringLiteral("utm_campaign"),
        QStringLiteral("landing_page"), QStringLiteral("form_id"),    QStringLiteral("form_type"),
        QStringLiteral("submitted_at"), QStringLiteral("question"),   QStringLiteral("employees"),
        QStringLiteral("industry")};
    return all;
}

QString LeadFieldMap::recognise(const QString &header)
{
    QString key = canonical(header);
    if (fields().contains(header.trimmed().toLower()))
        return header.trimmed().toLower();
    // Pipedrive prefixes columns with the entity: "Person - Email", "Organization - Name".
    if (const auto it = aliases().constFind(key); it != aliases().constEnd())
        return *it;
    if (key.startsWith(QLatin1String("person "))) {
        key = key.mid(7);
        if (const auto it = aliases().constFind(key); it != aliases().constEnd())
            return *it;
    }
    // Pipedrive also names the kind of address or number: "Email - Work", "Phone - Mobile".
    static const QRegularExpression kind(QStringLiteral(" (work|home|other|main|private|business|mobile)$"));
    if (const auto m = kind.match(key); m.hasMatch()) {
        const QString base = key.left(m.capturedStart());
        if (base == QLatin1String("phone") && m.captured(1) == QLatin1String("mobile"))
            return QStringLiteral("mobile");
        if (const auto it = aliases().constFind(base); it != aliases().constEnd())
            return *it;
    }
    return {};
}

bool LeadFieldMap::allowsSeveralColumns(const QString &field)
{
    return field == QLatin1String("email") || field == QLatin1String("phone") || field == QLatin1String("mobile");
}

LeadFieldMap LeadFieldMap::build(const QStringList &headers, const QHash<QString, QString> &overrides, QString *error)
{
    LeadFieldMap map;
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        const bool inFile = std::any_of(headers.cbegin(), headers.cend(), [&](const QString &h) {
            return h.trimmed().compare(it.key().trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (!inFile) {
            if (error) {
                *error = tr("The file has no column \"%1\" to map. Columns: %2.")
                             .arg(it.key(), headers.join(QStringLiteral(", ")));
            }
            return {};
        }
        if (!it.value().isEmpty() && !fields().contains(it.value())) {
            if (error) {
                *error = tr("\"%1\" is not a lead field. Known fields: %2.")
                             .arg(it.value(), fields().join(QStringLiteral(", ")));
            }
            return {};
        }
    }
    const ColumnMap columns = ColumnMap::build(headers, overrides, &LeadFieldMap::recognise);
    map.m_columns = columns.columns();
    map.m_fallbacks = columns.fallbacks();
    for (int i = 0; i < headers.size(); ++i) {
        const bool used = std::any_of(map.m_columns.cbegin(), map.m_columns.cend(), [i](int c) { return c == i; }) ||
                          std::any_of(map.m_fallbacks.cbegin(), map.m_fallbacks.cend(),
                                      [i](const std::pair<QString, int> &f) { return f.second == i; });
        if (!used) {
            map.m_unmapped.append(headers.at(i));
            map.m_unmappedColumns.append(i);
        }
    }
    if (!map.m_columns.contains(QStringLiteral("email")) && error) {
        *error = tr("No email column found. Columns: %1. Map one with --map \"Header=email\".")
                     .arg(headers.join(QStringLiteral(", ")));
    }
    return map;
}

LeadHeader LeadFieldMap::readHeader(CsvReader &reader, const QHash<QString, QString> &overrides)
{
    LeadHeader out;
    if (!reader.readHeader(out.headers, &out.error))
        return out;
    out.line = reader.rowLine();
    out.map = build(out.headers, overrides, &out.error);
    if (out.map.column(QStringLiteral("email")) >= 0)
        return out;
    // A title line, a date or a note above the header: look a few rows further for one that names
    // an email column. A row with an address ends the search (it is data). A row is taken for the
    // header only if the rows above it are short notes (a cell or two), or if it names more than
    // the email column and no row above it is wider: so a data cell reading "Email" under a real
    // header is never taken for one. Rows read on the way stay data if no header is found.
    const auto filled = [](const QStringList &row) {
        return std::count_if(row.cbegin(), row.cend(), [](const QString &c) { return !c.trimmed().isEmpty(); });
    };
    const auto hasAddress = [](const QStringList &row) {
        return std::any_of(row.cbegin(), row.cend(), [](const QString &c) { return c.contains(u'@'); });
    };
    if (hasAddress(out.headers))
        return out;
    qsizetype widestAbove = filled(out.headers);
    QStringList row;
    for (int i = 0; i < kHeaderSearchRows && reader.readRow(row); ++i) {
        if (CsvReader::isBlank(row))
            continue;
        if (hasAddress(row)) {
            out.pending.append(row);
            break;
        }
        QString error;
        LeadFieldMap candidate = build(row, overrides, &error);
        const bool namesMore = candidate.m_columns.size() >= 2;
        if (candidate.column(QStringLiteral("email")) >= 0 &&
            (widestAbove <= 2 || (namesMore && widestAbove <= filled(row)))) {
            if (!CsvReader::isBlank(out.headers))
                out.above.append(out.headers);
            out.above.append(out.pending);
            out.pending.clear();
            out.headers = row;
            out.line = reader.rowLine();
            out.map = std::move(candidate);
            out.error.clear();
            return out;
        }
        out.pending.append(row);
        widestAbove = std::max(widestAbove, filled(row));
    }
    return out;
}

QHash<QString, QString> LeadFieldMap::apply(const QStringList &row) const
{
    return ColumnMap::pick(m_columns, row);
}

} // namespace lr
