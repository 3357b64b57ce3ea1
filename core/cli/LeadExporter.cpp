#include "core/cli/LeadExporter.h"

#include "core/common/DateParser.h"

#include "core/store/Store.h"

#include <QDateTime>
#include <QTextStream>
#include <QTimeZone>

namespace lr::cli {
namespace {

enum Column {
    ColId,
    ColEmail,
    ColFirstName,
    ColLastName,
    ColTitle,
    ColCompany,
    ColCompanyDomain,
    ColPhone,
    ColCountry,
    ColLanguage,
    ColSource,
    ColUtmSource,
    ColUtmMedium,
    ColUtmCampaign,
    ColLandingPage,
    ColFormId,
    ColFormType,
    ColSubmittedAt,
    ColStatus,
    ColOwner,
    ColCreatedAt,
    ColFirstTouchAt,
    ColScore,
    ColFit,
    ColIntent,
    ColTiming,
    ColClass,
    ColNextStep,
    ColumnCount
};

bool isTimeColumn(int column)
{
    return column == ColSubmittedAt || column == ColCreatedAt || column == ColFirstTouchAt;
}

/// Written as JSON numbers, not strings.
bool isNumberColumn(int column)
{
    return column == ColId || (column >= ColScore && column <= ColTiming);
}

const QLatin1String kCrLf("\r\n");

} // namespace

const QStringList &LeadExporter::columns()
{
    static const QStringList names{QStringLiteral("id"),
                                   QStringLiteral("email"),
                                   QStringLiteral("first_name"),
                                   QStringLiteral("last_name"),
                                   QStringLiteral("title"),
                                   QStringLiteral("company"),
                                   QStringLiteral("company_domain"),
                                   QStringLiteral("phone"),
                                   QStringLiteral("country"),
                                   QStringLiteral("language"),
                                   QStringLiteral("source"),
                                   QStringLiteral("utm_source"),
                                   QStringLiteral("utm_medium"),
                                   QStringLiteral("utm_campaign"),
                                   QStringLiteral("landing_page"),
                                   QStringLiteral("form_id"),
                                   QStringLiteral("form_type"),
                                   QStringLiteral("submitted_at"),
                                   QStringLiteral("status"),
                                   QStringLiteral("owner"),
                                   QStringLiteral("created_at"),
                                   QStringLiteral("first_touch_at"),
                                   QStringLiteral("score"),
                                   QStringLiteral("fit"),
                                   QStringLiteral("intent"),
                                   QStringLiteral("timing"),
                                   QStringLiteral("class"),
                                   QStringLiteral("next_step")};
    Q_ASSERT(names.size() == ColumnCount);
    return names;
}

QString LeadExporter::csvField(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString LeadExporter::jsonString(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString LeadExporter::isoTime(Instant at)
{
    if (at == 0)
        return {};
    return toIsoUtc(at);
}

QStringList LeadExporter::values(const Lead &lead) const
{
    QStringList v(ColumnCount);
    v[ColId] = QString::number(lead.id);
    v[ColEmail] = lead.email;
    v[ColFirstName] = lead.firstName;
    v[ColLastName] = lead.lastName;
    v[ColTitle] = lead.title;
    v[ColCompany] = lead.companyName;
    v[ColCompanyDomain] = lead.companyDomain;
    v[ColPhone] = lead.phone;
    v[ColCountry] = lead.country;
    v[ColLanguage] = lead.language;
    v[ColSource] = toKey(lead.source);
    v[ColUtmSource] = lead.utmSource;
    v[ColUtmMedium] = lead.utmMedium;
    v[ColUtmCampaign] = lead.utmCampaign;
    v[ColLandingPage] = lead.landingPage;
    v[ColFormId] = lead.formId;
    v[ColFormType] = lead.formType;
    v[ColSubmittedAt] = isoTime(lead.submittedAt);
    v[ColStatus] = toKey(lead.status);
    v[ColOwner] = m_ownerEmails.value(lead.ownerId);
    v[ColCreatedAt] = isoTime(lead.createdAt);
    v[ColFirstTouchAt] = isoTime(lead.firstTouchAt);
    v[ColScore] = QString::number(lead.score);
    v[ColFit] = QString::number(lead.fit);
    v[ColIntent] = QString::number(lead.intent);
    v[ColTiming] = QString::number(lead.timing);
    v[ColClass] = lead.scoreClass;
    v[ColNextStep] = lead.nextStep;
    return v;
}

QString LeadExporter::jsonObject(const Lead &lead) const
{
    const QStringList v = values(lead);
    const QStringList &names = columns();
    QString out = QStringLiteral("{");
    for (int i = 0; i < ColumnCount; ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += QLatin1Char('"') + names.at(i) + QLatin1String("\":");
        if (isNumberColumn(i))
            out += v.at(i);
        else if (isTimeColumn(i) && v.at(i).isEmpty())
            out += QLatin1String("null");
        else
            out += jsonString(v.at(i));
    }
    out += QLatin1Char('}');
    return out;
}

Result<qint64> LeadExporter::write(const AccessScope &scope, Format format, QTextStream &out)
{
    m_ownerEmails.clear();
    for (const User &u : m_store.users.all())
        m_ownerEmails.insert(u.id, u.email);

    qint64 count = 0;
    if (format == Format::Csv) {
        out << columns().join(QLatin1Char(',')) << kCrLf;
    } else {
        out << QLatin1Char('[');
    }
    const Status status = m_store.leads.forEach(scope, [&](const Lead &lead) {
        if (format == Format::Csv) {
            QStringList fields = values(lead);
            for (QString &f : fields)
                f = csvField(f);
            out << fields.join(QLatin1Char(',')) << kCrLf;
        } else {
            out << (count == 0 ? QLatin1String("\n") : QLatin1String(",\n")) << jsonObject(lead);
        }
        ++count;
        return out.status() == QTextStream::Ok;
    });
    if (format == Format::Json)
        out << (count == 0 ? QLatin1String("]\n") : QLatin1String("\n]\n"));
    out.flush();
    if (!status)
        return Result<qint64>::failure(status.error());
    if (out.status() != QTextStream::Ok)
        return Result<qint64>::failure(tr("Could not write the export (is the disk full or the pipe closed?)."));
    return count;
}

} // namespace lr::cli
