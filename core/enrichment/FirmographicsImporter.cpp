#include "core/enrichment/FirmographicsImporter.h"

#include "core/enrichment/FirmographicsParser.h"
#include "core/intake/CsvReader.h"
#include "core/store/Store.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <memory>

namespace lr {
namespace {

constexpr int kBatchRows = 500; // rows per transaction

QString canonical(const QString &header)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return header.toLower().replace(nonWord, QStringLiteral(" ")).trimmed();
}

const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> table = [] {
        const QList<std::pair<const char *, QStringList>> groups{
            {"domain",
             {QStringLiteral("domain"), QStringLiteral("domain name"), QStringLiteral("company domain"),
              QStringLiteral("company domain name"), QStringLiteral("website"), QStringLiteral("web site"),
              QStringLiteral("company website"), QStringLiteral("url"), QStringLiteral("website url"),
              QStringLiteral("company url"), QStringLiteral("homepage"), QStringLiteral("site"),
              QStringLiteral("organization website"), QStringLiteral("strona www"), QStringLiteral("сайт"),
              QStringLiteral("домен")}},
            {"name",
             {QStringLiteral("company"), QStringLiteral("name"), QStringLiteral("company name"),
              QStringLiteral("organization"), QStringLiteral("organisation"), QStringLiteral("organization name"),
              QStringLiteral("account name"), QStringLiteral("legal name"), QStringLiteral("firma"),
              QStringLiteral("nazwa"), QStringLiteral("компания"), QStringLiteral("название"),
              QStringLiteral("фирма")}},
            {"employees",
             {QStringLiteral("employees"), QStringLiteral("headcount"), QStringLiteral("head count"),
              QStringLiteral("employee count"), QStringLiteral("number of employees"),
              QStringLiteral("no of employees"), QStringLiteral("company size"), QStringLiteral("size"),
              QStringLiteral("staff"), QStringLiteral("employees range"), QStringLiteral("pracownicy"),
              QStringLiteral("сотрудники"), QStringLiteral("служители")}},
            {"industry",
             {QStringLiteral("industry"), QStringLiteral("sector"), QStringLiteral("vertical"),
              QStringLiteral("branche"), QStringLiteral("branża"), QStringLiteral("отрасль"),
              QStringLiteral("индустрия")}},
            {"revenue",
             {QStringLiteral("revenue"), QStringLiteral("annual revenue"), QStringLiteral("yearly revenue"),
              QStringLiteral("estimated annual revenue"), QStringLiteral("revenue range"), QStringLiteral("turnover"),
              QStringLiteral("sales"), QStringLiteral("przychód"), QStringLiteral("выручка"),
              QStringLiteral("оборот")}},
            {"country",
             {QStringLiteral("country"), QStringLiteral("country code"), QStringLiteral("country region"),
              QStringLiteral("hq country"), QStringLiteral("headquarters country"), QStringLiteral("kraj"),
              QStringLiteral("страна"), QStringLiteral("държава")}},
            {"linkedin",
             {QStringLiteral("linkedin"), QStringLiteral("linkedin url"), QStringLiteral("company linkedin url"),
              QStringLiteral("linkedin page")}},
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

/// Parses one row; the first problem found is the row's error.
Result<Firmographics> parseRow(const QHash<QString, int> &columns, const QStringList &row)
{
    auto cell = [&](const char *field) { return row.value(columns.value(QLatin1String(field), -1)).trimmed(); };
    Firmographics f;
    const Result<QString> domain = FirmographicsParser::domain(cell("domain"));
    if (!domain)
        return Result<Firmographics>::failure(domain.error());
    f.domain = domain.value();
    f.name = cell("name");
    const Result<int> employees = FirmographicsParser::employees(cell("employees"));
    if (!employees)
        return Result<Firmographics>::failure(employees.error());
    f.employees = employees.value();
    f.industry = cell("industry");
    const Result<qint64> revenue = FirmographicsParser::revenue(cell("revenue"));
    if (!revenue)
        return Result<Firmographics>::failure(revenue.error());
    f.revenue = revenue.value();
    const Result<QString> country = FirmographicsParser::country(cell("country"));
    if (!country)
        return Result<Firmographics>::failure(country.error());
    f.country = country.value();
    f.linkedin = cell("linkedin");
    return f;
}

} // namespace

QJsonObject FirmographicsImportSummary::toJson() const
{
    QJsonArray errorList;
    for (const RowError &e : errors)
        errorList.append(QJsonObject{{QStringLiteral("row"), e.row}, {QStringLiteral("reason"), e.reason}});
    return {{QStringLiteral("rows"), rows},
            {QStringLiteral("created"), created},
            {QStringLiteral("updated"), updated},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("errors"), errorList},
            {QStringLiteral("unmapped"), QJsonArray::fromStringList(unmappedColumns)}};
}

QString FirmographicsImporter::recognise(const QString &header)
{
    return aliases().value(canonical(header));
}

Result<FirmographicsImportSummary> FirmographicsImporter::import(QIODevice *device, const Progress &progress,
                                                                 const std::atomic_bool *cancel)
{
    using R = Result<FirmographicsImportSummary>;
    CsvReader reader(device);
    QStringList headers;
    if (QString error; !reader.readHeader(headers, &error))
        return R::failure(error);
    FirmographicsImportSummary summary;
    QHash<QString, int> columns;
    for (int i = 0; i < headers.size(); ++i) {
        const QString field = recognise(headers.at(i));
        if (field.isEmpty() || columns.contains(field))
            summary.unmappedColumns.append(headers.at(i));
        else
            columns.insert(field, i);
    }
    if (!columns.contains(QStringLiteral("domain")))
        return R::failure(tr("No domain column found (expected a header such as Domain, Website or URL)."));
    if (columns.size() < 2) {
        return R::failure(tr("Only a domain column was found; expected at least one of Company, Employees, "
                             "Industry, Revenue, Country or LinkedIn."));
    }

    const qint64 total = device->size();
    auto tx = std::make_unique<Transaction>(m_store.database());
    int inBatch = 0;
    auto commitBatch = [&]() -> Status {
        const Status s = tx->commit();
        tx.reset();
        inBatch = 0;
        return s;
    };
    QStringList row;
    while (reader.readRow(row)) {
        if (cancel && cancel->load()) {
            summary.cancelled = true;
            break;
        }
        if (!tx)
            tx = std::make_unique<Transaction>(m_store.database());
        if (!tx->isActive())
            return R::failure(tx->error());
        ++summary.rows;
        const Result<Firmographics> parsed =
            reader.rowError().isEmpty() ? parseRow(columns, row) : Result<Firmographics>::failure(reader.rowError());
        const auto stored = parsed ? m_store.firmographics.upsert(parsed.value(), m_clock.now())
                                   : Result<FirmographicsRepository::Upserted>::failure(parsed.error());
        if (!stored) {
            ++summary.rejected;
            summary.errors.append({summary.rows, stored.error()});
        } else if (stored.value() == FirmographicsRepository::Upserted::Created) {
            ++summary.created;
        } else {
            ++summary.updated;
        }
        if (++inBatch >= kBatchRows) {
            if (const Status s = commitBatch(); !s)
                return R::failure(tr("The import stopped at row %1 (rows before %2 are stored): %3")
                                      .arg(summary.rows)
                                      .arg(summary.rows - kBatchRows + 1)
                                      .arg(s.error()));
            if (progress)
                progress(reader.bytesRead(), total);
        }
    }
    if (tx) {
        const qint64 batchStart = summary.rows - inBatch + 1;
        if (const Status s = commitBatch(); !s)
            return R::failure(
                tr("The import failed at its end (rows before %1 are stored): %2").arg(batchStart).arg(s.error()));
    }
    if (progress)
        progress(total, total);
    return summary;
}

} // namespace lr
