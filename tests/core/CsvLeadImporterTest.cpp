#include "core/intake/CsvLeadImporter.h"
#include "core/common/DateParser.h"
#include "core/intake/LeadFieldMap.h"
#include "core/intake/QuarantineService.h"
#include "core/scoring/ScoringService.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlRecord>
#include <QStringEncoder>

#include <algorithm>
#include <tuple>

#include <gtest/gtest.h>

using namespace lr;

namespace {

struct Fixture
{
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    IntakeProcessor intake{*store, clock};
    CsvLeadImporter importer{intake};

    Result<ImportSummary> run(QByteArray csv, const QHash<QString, QString> &overrides = {},
                              const QString &source = QStringLiteral("list.csv"))
    {
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        return importer.import(&buffer, overrides, source);
    }
};

} // namespace

TEST(CsvLeadImporter, ImportsAHubSpotStyleExportAndSummarises)
{
    Fixture f;
    const auto summary = f.run("\xEF\xBB\xBF"
                               "First Name,Last Name,Email,Company Name,Phone Number,Country/Region,Create Date\r\n"
                               "anna,nowak,anna@firma.pl,Firma,601 234 567,PL,11/20/2026\r\n"
                               "Hans,Becker,hans@firma.de,\"Firma, GmbH\",,DE,2026-11-21\r\n"
                               "Anna,Nowak,ANNA@firma.pl,,,,\r\n"
                               "Junk,Row,test@test.com,,,,\r\n"
                               "No,Email,,,,,\r\n");
    ASSERT_TRUE(summary) << summary.error().toStdString();
    EXPECT_EQ(summary->rows, 5);
    EXPECT_EQ(summary->created, 2);
    EXPECT_EQ(summary->merged, 1);
    EXPECT_EQ(summary->quarantined, 2);
    EXPECT_EQ(summary->rows, summary->created + summary->merged + summary->quarantined);
    ASSERT_EQ(summary->errors.size(), 2);
    EXPECT_EQ(summary->errors.at(0).row, 4);
    EXPECT_EQ(summary->errors.at(1).row, 5);
    const QJsonObject json = summary->toJson();
    EXPECT_EQ(json.value(QStringLiteral("rows")).toInt(), 5);
    EXPECT_EQ(json.value(QStringLiteral("errors")).toArray().size(), 2);
    EXPECT_EQ(f.store->leads.count(AccessScope::system(), {}), 2);
    EXPECT_EQ(f.store->journal.count(JournalEntry::State::Quarantined), 2); // kept, not lost
}

TEST(CsvLeadImporter, ReadsEuropeanExcelWithSemicolonsAndMappedHeaders)
{
    Fixture f;
    const auto summary = f.run("Kontakt;E-Mail;Firma\n\"Jan Kowalski\";jan@firma.pl;\"Firma; sp. z o.o.\"\n",
                               {{QStringLiteral("Kontakt"), QStringLiteral("full_name")}}, QStringLiteral("event"));
    ASSERT_TRUE(summary) << summary.error().toStdString();
    EXPECT_EQ(summary->created, 1);
    const auto lead = f.store->leads.page(AccessScope::system(), {}, {}, 0, 1).value().first();
    EXPECT_EQ(lead.fullName(), QStringLiteral("Jan Kowalski"));
    EXPECT_EQ(lead.companyName, QStringLiteral("Firma; sp. z o.o."));
    EXPECT_EQ(lead.source, LeadSource::Event);
}

TEST(CsvLeadImporter, ABrokenRowNeverAbortsTheFile)
{
    Fixture f;
    const auto summary = f.run("email,name\nok@firma.de,Ok\nbad@firma.de,\"unterminated\nlast@firma.de,Last\n");
    ASSERT_TRUE(summary);
    // The row with the unterminated quote is quarantined with its line; the line after it is read
    // again as a row of its own instead of disappearing into the broken field.
    EXPECT_EQ(summary->rows, 3);
    EXPECT_EQ(summary->created, 2);
    EXPECT_EQ(summary->quarantined, 1);
    ASSERT_EQ(summary->errors.size(), 1);
    EXPECT_EQ(summary->errors.first().row, 2);
    EXPECT_TRUE(summary->errors.first().reason.contains(QStringLiteral("never closed")));
    EXPECT_NE(f.store->leads.findIdByEmailKey(QStringLiteral("last@firma.de")), 0);
    // The admin's review says the same, not that the row lacked an email.
    const auto quarantined = f.store->journal.inState(JournalEntry::State::Quarantined, 10);
    ASSERT_EQ(quarantined.size(), 1);
    EXPECT_EQ(quarantined.first().reason, summary->errors.first().reason);
    // Everything read from the row is kept, its address too; the admin checks it and processes it
    // again: processed like any fixed entry, not refused again.
    QuarantineService review(*f.store, f.clock);
    FieldList fixed = *QuarantineService::fieldsOf(f.store->journal.find(quarantined.first().id)->body);
    EXPECT_TRUE(fixed.contains({QStringLiteral("email"), QStringLiteral("bad@firma.de")}));
    const auto again = review.reprocess(AccessScope::system(), quarantined.first().id, fixed);
    ASSERT_TRUE(again) << again.error().toStdString();
    EXPECT_EQ(again->status, IntakeOutcome::Status::Created) << again->reason.toStdString();
}

// "Firma, Sp. z o.o." without quotes moves every value after it one column to the right: the row
// is quarantined with that reason, not as an address without an @, and no value of it is lost.
TEST(CsvLeadImporter, ARowWithMoreValuesThanTheHeaderIsKeptWholeAndNotRouted)
{
    Fixture f;
    const auto summary = f.run("Name,Company,Email,Phone\n"
                               "Jan Kowalski,Firma, Sp. z o.o.,jan@firma.pl,601234567\n"
                               "Anna Nowak,Nowak IT,anna@nowak.pl,601234568,,\n"
                               "Piotr Zielinski,Zielinski,piotr@zielinski.pl\n");
    ASSERT_TRUE(summary) << summary.error().toStdString();
    EXPECT_EQ(summary->created, 2); // empty cells past the header are nothing, a short row is fine
    ASSERT_EQ(summary->errors.size(), 1);
    EXPECT_EQ(summary->errors.first().row, 1);
    EXPECT_TRUE(summary->errors.first().reason.contains(QStringLiteral("5 values where the header has 4")))
        << summary->errors.first().reason.toStdString();
    EXPECT_EQ(f.store->leads.findIdByEmailKey(QStringLiteral("jan@firma.pl")), 0);
    const auto quarantined = f.store->journal.inState(JournalEntry::State::Quarantined, 10);
    ASSERT_EQ(quarantined.size(), 1);
    const QByteArray body = f.store->journal.find(quarantined.first().id)->body;
    for (const char *value : {"Jan Kowalski", "Firma", "Sp. z o.o.", "jan@firma.pl", "601234567", "column 5"})
        EXPECT_TRUE(body.contains(value)) << value << " in " << body.toStdString();
    // Re-processing a selection nobody read leaves it where it is; saved from the editor, it goes.
    QuarantineService review(*f.store, f.clock);
    const auto bulk = review.reprocess(AccessScope::system(), QList<Id>{quarantined.first().id});
    ASSERT_TRUE(bulk) << bulk.error().toStdString();
    EXPECT_EQ(f.store->leads.findIdByEmailKey(QStringLiteral("jan@firma.pl")), 0);
    EXPECT_EQ(f.store->journal.find(quarantined.first().id)->state, JournalEntry::State::Quarantined);
    FieldList fixed;
    fixed.append({QStringLiteral("full_name"), QStringLiteral("Jan Kowalski")});
    fixed.append({QStringLiteral("company"), QStringLiteral("Firma, Sp. z o.o.")});
    fixed.append({QStringLiteral("email"), QStringLiteral("jan@firma.pl")});
    fixed.append({QStringLiteral("phone"), QStringLiteral("601234567")});
    fixed.append({QStringLiteral("_csv_error"), QStringLiteral("(whatever the editor shows)")});
    const auto saved = review.reprocess(AccessScope::system(), quarantined.first().id, fixed);
    ASSERT_TRUE(saved) << saved.error().toStdString();
    EXPECT_EQ(saved->status, IntakeOutcome::Status::Created) << saved->reason.toStdString();
    const Lead jan =
        *f.store->leads.find(AccessScope::system(), f.store->leads.findIdByEmailKey(QStringLiteral("jan@firma.pl")));
    EXPECT_EQ(jan.companyName, QStringLiteral("Firma, Sp. z o.o."));
}

// A list typed up in a spreadsheet often starts with its title, a date or an empty line: the header
// is the first row that names an email column, and the rows above it are said, not imported.
TEST(CsvLeadImporter, FindsTheHeaderBelowATitleAndSaysWhatItLeftOut)
{
    Fixture f;
    const auto summary = f.run(";;;\n"
                               "Trade fair leads, Berlin 2026;;;\n"
                               "Exported 2026-11-20;;;\n"
                               "First Name;Last Name;Email;Company\n"
                               "Anna;Nowak;anna@firma.pl;Firma\n"
                               "Junk;Row;test@test.com;\n");
    ASSERT_TRUE(summary) << summary.error().toStdString();
    EXPECT_EQ(summary->rows, 2);
    EXPECT_EQ(summary->created, 1);
    ASSERT_EQ(summary->errors.size(), 1);
    EXPECT_EQ(summary->errors.first().row, 2); // numbered from the header, as always
    EXPECT_EQ(summary->aboveHeader,
              (QStringList{QStringLiteral("Trade fair leads, Berlin 2026"), QStringLiteral("Exported 2026-11-20")}));
    EXPECT_EQ(summary->toJson().value(QStringLiteral("above_header")).toArray().size(), 2);
    // A --map that names the header's column finds it there too.
    const auto mapped = f.run("Leads from the partner\nWho,Mail\nEva Braun,eva@braun-bau.de\n",
                              {{QStringLiteral("Mail"), QStringLiteral("email")}});
    ASSERT_TRUE(mapped) << mapped.error().toStdString();
    EXPECT_EQ(mapped->created, 1);
    // A data cell that reads "Email" is no header: rows of data above it end the search.
    const auto data = f.run("Nombre,Correo electrónico,Origen\n"
                            "Anna Nowak,anna@nowak-bud.pl,Web\n"
                            "Jan Kowalski,jan@kowalski-bud.pl,Email\n");
    ASSERT_FALSE(data);
    EXPECT_TRUE(data.error().contains(QStringLiteral("No email column found"))) << data.error().toStdString();
    // A title without separators above a header with semicolons.
    const auto title = f.run("Targi Poznań 2026\nImię;Email;Telefon\nOla;ola@firma-x.pl;601 234 567\n");
    ASSERT_TRUE(title) << title.error().toStdString();
    EXPECT_EQ(title->created, 1);
    EXPECT_EQ(title->aboveHeader, QStringList{QStringLiteral("Targi Poznań 2026")});
    // A title of several comma-separated parts, and a title with a comma above a ";" file.
    const auto parts =
        f.run("Trade fair leads, 2026, Cologne\nFirst Name,Last Name,Email\nAnna,Nowak,anna@nowak-it.pl\n");
    ASSERT_TRUE(parts) << parts.error().toStdString();
    EXPECT_EQ(parts->created, 1);
    const auto semicolons = f.run("Targi, Poznań 2026\nImię;Email\nEwa;ewa@firma-y.pl\nJan;jan@firma-z.pl\n");
    ASSERT_TRUE(semicolons) << semicolons.error().toStdString();
    EXPECT_EQ(semicolons->created, 2);
    // Data rows without an address under a real header: a cell reading "Email" is still no header.
    const auto channel = f.run("Name,Company,Kontakt,Channel\nAnna Nowak,Firma A,,Phone\nJan Kowal,Firma B,,Email\n"
                               "Ewa Lis,Firma C,ewa@firma-c.pl,Email\n");
    ASSERT_FALSE(channel);
    EXPECT_TRUE(channel.error().contains(QStringLiteral("No email column found"))) << channel.error().toStdString();
    // Old Mac line ends with ";" in a notes column of a "," file.
    const auto mac = f.run("Name,Email,Notes\rAnna Nowak,anna@nowak-mac.pl,call; mon; tue; wed; fri\r"
                           "Jan Kowal,jan@kowal-mac.pl,a; b; c; d; e\r");
    ASSERT_TRUE(mac) << mac.error().toStdString();
    EXPECT_EQ(mac->created, 2);
    // No row names an email column: the error names the first row's columns, as before.
    const auto none = f.run("Title\nName,Company\nAnna,Firma\n");
    ASSERT_FALSE(none);
    EXPECT_TRUE(none.error().contains(QStringLiteral("No email column found. Columns: Title.")))
        << none.error().toStdString();
}

TEST(CsvLeadImporter, RefusesFilesWithoutAHeaderOrEmailColumn)
{
    Fixture f;
    EXPECT_FALSE(f.run(""));
    const auto noEmail = f.run("Name,Company\nAnna,Firma\n");
    ASSERT_FALSE(noEmail);
    EXPECT_TRUE(noEmail.error().contains(QStringLiteral("No email column")));
    EXPECT_FALSE(f.run("email\n", {{QStringLiteral("email"), QStringLiteral("shoe_size")}}));
    // A --map for a column the file does not have is a typo, said before anything is imported.
    const auto typo =
        f.run("Email,Phone\nanna@firma.pl,601 234 567\n", {{QStringLiteral("Telefon"), QStringLiteral("phone")}});
    ASSERT_FALSE(typo);
    EXPECT_TRUE(typo.error().contains(QStringLiteral("Telefon")));
    EXPECT_EQ(f.store->leads.count(AccessScope::system(), {}), 0);
    // "Header=" leaves a recognised column out.
    const auto without =
        f.run("Email,Phone,Country\nanna@firma.pl,601 234 567,PL\n", {{QStringLiteral("phone"), QString()}});
    ASSERT_TRUE(without) << without.error().toStdString();
    EXPECT_TRUE(
        f.store->leads.find(AccessScope::system(), f.store->leads.findIdByEmailKey(QStringLiteral("anna@firma.pl")))
            ->phone.isEmpty());
}

// Excel's "Unicode Text", and Facebook Lead Ads' download (tab-separated UTF-16 with "p:" before
// the phone), import as any CSV; a workbook picked by mistake is refused with what to do before
// anything is journaled.
TEST(CsvLeadImporter, ImportsUnicodeTextAndRefusesAWorkbookWithWhatToDo)
{
    Fixture f;
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const auto summary = f.run(utf16.encode(QStringLiteral("Imię\tNazwisko\tE-mail\tTelefon\r\n"
                                                           "łukasz\tWÓJCIK\tlukasz@dom-mebli.pl\t601 234 567\r\n")));
    ASSERT_TRUE(summary) << summary.error().toStdString();
    EXPECT_EQ(summary->created, 1);
    EXPECT_EQ(summary->encoding, QStringLiteral("utf-16le"));
    const Lead lukasz = *f.store->leads.find(AccessScope::system(),
                                             f.store->leads.findIdByEmailKey(QStringLiteral("lukasz@dom-mebli.pl")));
    EXPECT_EQ(lukasz.fullName(), QStringLiteral("Łukasz Wójcik"));
    EXPECT_EQ(lukasz.phone, QStringLiteral("+48601234567")); // read in the country of .pl

    const auto facebook = f.run(utf16.encode(QStringLiteral(
        "id\tcreated_time\tad_name\tcampaign_name\tform_name\tfull_name\temail\tphone_number\t"
        "company_name\tjob_title\r\n"
        "l:1234567890\t2024-05-02T10:15:32+02:00\tSpring Demo\tSpring 2024\tDemo request PL\t"
        "tomasz lewandowski\ttomasz@lewandowski-trans.pl\tp:+48601234570\tLewandowski Trans\tPrezes\r\n")));
    ASSERT_TRUE(facebook) << facebook.error().toStdString();
    EXPECT_EQ(facebook->created, 1);
    const Lead tomasz = *f.store->leads.find(
        AccessScope::system(), f.store->leads.findIdByEmailKey(QStringLiteral("tomasz@lewandowski-trans.pl")));
    EXPECT_EQ(tomasz.fullName(), QStringLiteral("Tomasz Lewandowski"));
    EXPECT_EQ(tomasz.phone, QStringLiteral("+48601234570"));
    EXPECT_EQ(tomasz.utmCampaign, QStringLiteral("Spring 2024"));
    EXPECT_EQ(tomasz.formId, QStringLiteral("Demo request PL"));
    EXPECT_EQ(tomasz.submittedAt, parseInstant(QStringLiteral("2024-05-02T08:15:32Z")).value_or(0));

    const auto workbook =
        f.run(QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + "[Content_Types].xml" + QByteArray(64, '\0'));
    ASSERT_FALSE(workbook);
    EXPECT_TRUE(workbook.error().contains(QStringLiteral("CSV UTF-8"))) << workbook.error().toStdString();
    EXPECT_EQ(f.store->journal.count(JournalEntry::State::Quarantined), 0);
    EXPECT_EQ(f.store->leads.count(AccessScope::system(), {}), 2);
}

namespace {

/// Every row of `sql` as one line, for comparing two stores.
QStringList dump(Store &store, const QString &sql)
{
    QSqlQuery q(store.database().connection());
    QStringList out;
    if (!q.exec(sql))
        return {QStringLiteral("error: ") + q.lastError().text()};
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells.append(q.value(i).toString());
        out.append(cells.join(QLatin1Char('|')));
    }
    return out;
}

void addPeople(Store &store)
{
    for (const auto &[name, role, country] :
         {std::tuple{"Rita Rep", Role::Rep, "DE"}, std::tuple{"Paul Rep", Role::Rep, "PL"},
          std::tuple{"Mia Manager", Role::Manager, ""}}) {
        User u;
        u.name = QString::fromUtf8(name);
        u.email = u.name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@leadrelay.test");
        u.role = role;
        if (*country)
            u.territories = {QString::fromLatin1(country)};
        u.createdAt = test::kTestStart;
        ASSERT_TRUE(store.users.create(u));
    }
}

} // namespace

// The batch path (one transaction for the batch, rules read once) must give exactly what the rows
// one by one give: the same leads, merges, companies, journal outcomes, events and audit trail —
// with every kind of duplicate inside one batch.
TEST(CsvLeadImporter, DuplicatesInsideOneBatchMergeExactlyAsRowByRow)
{
    const QByteArray header = "First Name,Last Name,Email,Company Name,Website,Phone Number,Country/Region,Job Title\n";
    const QList<QByteArray> rows{
        "anna,nowak,anna.nowak@firma.pl,Firma,,601 234 567,PL,\n",
        "ANNA,NOWAK,Anna.Nowak+webinar@FIRMA.pl,,,,,CEO\n", // case and +tag: the same person
        "Anna,Nowak,a.nowak@firma.pl,Firma S.A.,,,PL,\n",   // second address, same company
        "John,Smith,john.smith@gmail.com,Acme,,,US,\n",
        "John,Smith,johnsmith@gmail.com,Acme,,+1 202 555 0143,US,\n", // Gmail dots: the same person
        "John,Smith,john.smith@googlemail.com,,,,,CTO\n",             // googlemail is gmail
        "John,Smith,jsmith@yahoo.com,Acme,,,US,\n",                   // free-mail twin: another person
        "иван,петров,ivan@firma.bg,Фирма ООД,,,BG,\n",
        "ИВАН,ПЕТРОВ,i.petrov@firma.bg,,,+359 2 981 2345,,\n", // Cyrillic, other case, same company
        "Hans,Becker,hans@firma.de,Firma GmbH,https://www.Firma.de/about,,DE,\n",
        "Junk,Row,test@test.com,,,,,\n",
        "Hans,Becker,HANS@FIRMA.DE,,,030 1234567,,Head of Sales\n",
        "Lena,Vogel,,,,,,\n",
        "Lena,Vogel,lena@firma.de,,,12,DE,\n",   // an impossible phone, kept person
        "anna,nowak,anna.nowak@firma.pl,,,,,\n", // back again after others
    };
    QByteArray csv = header;
    for (const QByteArray &row : rows)
        csv += row;

    Fixture batch;
    addPeople(*batch.store);
    const auto summary = batch.run(csv);
    ASSERT_TRUE(summary) << summary.error().toStdString();

    test::TempStore single;
    addPeople(*single);
    ManualClock clock{test::kTestStart};
    IntakeProcessor intake{*single, clock};
    QStringList headers = QString::fromUtf8(header).trimmed().split(QLatin1Char(','));
    const LeadFieldMap map = LeadFieldMap::build(headers, {}, nullptr);
    qint64 created = 0;
    qint64 merged = 0;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QStringList cells = QString::fromUtf8(rows.at(r)).trimmed().split(QLatin1Char(','));
        QJsonObject fields;
        for (const QString &field : LeadFieldMap::fields()) {
            const int column = map.column(field);
            if (column >= 0 && column < cells.size() && !cells.at(column).trimmed().isEmpty())
                fields.insert(field, cells.at(column).trimmed());
        }
        fields.insert(QStringLiteral("_row"), r + 1);
        const IntakeOutcome out = intake.submit(JournalEntry::Channel::Csv, QStringLiteral("list.csv"), fields);
        created += out.status == IntakeOutcome::Status::Created;
        merged += out.status == IntakeOutcome::Status::Merged;
    }
    EXPECT_EQ(summary->created, created);
    EXPECT_EQ(summary->merged, merged);
    EXPECT_EQ(summary->created, 6); // Anna, John, John at Yahoo, Ivan, Hans, Lena; junk and no email quarantined
    EXPECT_EQ(summary->merged, 7);

    const QStringList queries{
        QStringLiteral("SELECT id, email, email_norm, first_name, last_name, title, company_name, company_id, phone, "
                       "country, owner_id, status, score, score_class, created_at, updated_at FROM leads ORDER BY id"),
        QStringLiteral("SELECT id, name, domain, country FROM companies ORDER BY id"),
        QStringLiteral("SELECT id, state, reason, lead_id, attempts FROM intake_journal ORDER BY id"),
        QStringLiteral("SELECT type, lead_id, user_id, payload FROM events ORDER BY id"),
        QStringLiteral("SELECT entity, entity_id, action, field, old_value, new_value FROM audit_log ORDER BY id"),
        QStringLiteral("SELECT lead_id, owner_id, kind, title, due_at FROM tasks ORDER BY id"),
    };
    for (const QString &sql : queries) {
        const QStringList a = dump(*batch.store, sql);
        EXPECT_EQ(a, dump(*single, sql)) << sql.toStdString();
        EXPECT_FALSE(a.isEmpty()) << sql.toStdString();
    }
}

// A batch validates its rows on worker threads against the admins' lists as they were when the
// batch began; an edit made between two imports applies to the second.
TEST(CsvLeadImporter, AnAdminListEditAppliesToTheNextImport)
{
    Fixture f;
    const QByteArray csv = "Email,First Name,Phone,Country,Submitted\n"
                           "ola@newcorp.pl,ola,601 234 567,PL,2026-11-20\n"
                           "jan@burner.pl,jan,,PL,\n"
                           "eva@burner.pl,eva,,PL,not a date\n"
                           "ida@newcorp.pl,ida,12,PL,\n";
    const auto before = f.run(csv, {{QStringLiteral("Submitted"), QStringLiteral("submitted_at")}});
    ASSERT_TRUE(before) << before.error().toStdString();
    // A date nobody can read and a number that cannot exist leave the person in, with a note.
    EXPECT_EQ(before->created, 4);
    EXPECT_TRUE(before->errors.isEmpty());
    ASSERT_EQ(before->notes.size(), 2);
    EXPECT_EQ(before->notes.at(0).row, 3);
    EXPECT_TRUE(before->notes.at(0).reason.contains(QStringLiteral("not a date")));
    EXPECT_EQ(before->notes.at(1).row, 4);

    ASSERT_TRUE(f.store->hygieneLists.add({0, HygieneList::Disposable, QStringLiteral("burner.pl"), {}, 0, {}, 1}));
    const auto after = f.run("Email,First Name\nmax@burner.pl,max\nkai@newcorp.pl,kai\n");
    ASSERT_TRUE(after) << after.error().toStdString();
    EXPECT_EQ(after->created, 1);
    ASSERT_EQ(after->errors.size(), 1);
    EXPECT_EQ(after->errors.at(0).row, 1);
    EXPECT_TRUE(after->errors.at(0).reason.contains(QStringLiteral("disposable")));

    // What the workers made of each row reached the store: the number in E.164, the impossible one
    // dropped with its reason in the journal, the submission time kept.
    const auto ola = f.store->leads.findIdByEmailKey(QStringLiteral("ola@newcorp.pl"));
    ASSERT_NE(ola, 0);
    EXPECT_EQ(f.store->leads.find(AccessScope::system(), ola)->phone, QStringLiteral("+48601234567"));
    EXPECT_EQ(f.store->leads.find(AccessScope::system(), ola)->firstName, QStringLiteral("Ola"));
    EXPECT_EQ(f.store->leads.find(AccessScope::system(), ola)->submittedAt,
              parseInstant(QStringLiteral("2026-11-20")).value_or(0));
    const auto ida = f.store->leads.findIdByEmailKey(QStringLiteral("ida@newcorp.pl"));
    ASSERT_NE(ida, 0);
    EXPECT_TRUE(f.store->leads.find(AccessScope::system(), ida)->phone.isEmpty());
    EXPECT_EQ(f.store->journal.count(JournalEntry::State::Quarantined), 1);
}

// As Pipedrive exports persons: the entity before each column, the kind of address after it, the
// work address empty and the home one filled in.
TEST(CsvLeadImporter, ReadsAPipedrivePersonsExport)
{
    Fixture f;
    const auto summary =
        f.run("Person - Name,Person - Email - Work,Person - Email - Home,Person - Phone - Work,"
              "Person - Phone - Mobile,Organization - Name,Person - Person created\n"
              "Ewa Lis,,ewa.lis@gmail.com,,+48 601 234 567,Lis Sp. z o.o.,2024-03-15 10:20:00\n"
              "Piotr Wójcik,piotr@wojcik.pl,piotr.w@gmail.com,22 123 45 67,,Wójcik SA,2024-03-16 09:00:00\n");
    ASSERT_TRUE(summary) << summary.error().toStdString();
    EXPECT_EQ(summary->created, 2);
    EXPECT_TRUE(summary->unmappedColumns.isEmpty()) << summary->unmappedColumns.join(u',').toStdString();
    const Id ewa = f.store->leads.findIdByEmailKey(QStringLiteral("ewalis@gmail.com"));
    ASSERT_NE(ewa, 0);
    const Lead lead = *f.store->leads.find(AccessScope::system(), ewa);
    EXPECT_EQ(lead.firstName, QStringLiteral("Ewa"));
    EXPECT_EQ(lead.phone, QStringLiteral("+48601234567"));
    EXPECT_EQ(lead.companyName, QStringLiteral("Lis Sp. z o.o."));
    EXPECT_EQ(lead.submittedAt, parseInstant(QStringLiteral("2024-03-15 10:20:00")).value_or(0));
    // Piotr's second address is not lost: it is in the journal under its column.
    const Id piotr = f.store->leads.findIdByEmailKey(QStringLiteral("piotr@wojcik.pl"));
    ASSERT_NE(piotr, 0);
    const auto entries = f.store->journal.inState(JournalEntry::State::Processed, 10);
    const bool kept = std::any_of(entries.cbegin(), entries.cend(), [](const JournalEntry &e) {
        return e.body.contains("piotr.w@gmail.com") && e.body.contains("Person - Email - Home");
    });
    EXPECT_TRUE(kept);
}

// As a Salesforce leads report exports: "Company / Account", country names, "Lead Source" in words,
// dates with month names, and the report's footer lines at the end.
TEST(CsvLeadImporter, ReadsASalesforceReportExport)
{
    Fixture f;
    const auto summary = f.run("\"First Name\",\"Last Name\",\"Title\",\"Company / Account\",\"Email\",\"Phone\","
                               "\"Country\",\"Lead Source\",\"Created Date\",\"Rating\"\n"
                               "\"Hans\",\"Becker\",\"CTO\",\"Becker GmbH\",\"hans@becker.de\",\"030 1234567\","
                               "\"Germany\",\"Partner Referral\",\"Mar 21, 2024\",\"Hot\"\n"
                               "\"Nancy\",\"White\",\"CEO\",\"White Inc\",\"nancy@white.com\",\"(415) 867-2291\","
                               "\"United States\",\"Web\",\"15-Mar-2024\",\"\"\n"
                               ",,,,,,,,,\n"
                               "\"\"\n"
                               "\"Confidential Information - Do Not Distribute\"\n"
                               "\"Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved.\"\n",
                               {}, QStringLiteral("event"));
    ASSERT_TRUE(summary) << summary.error().toStdString();
    EXPECT_EQ(summary->created, 2);
    EXPECT_EQ(summary->rows, 4); // the line of empty cells and the empty quoted line are not rows
    ASSERT_EQ(summary->errors.size(), 2);
    EXPECT_TRUE(summary->errors.at(0).reason.contains(QStringLiteral("footer")));
    EXPECT_TRUE(summary->unmappedColumns.contains(QStringLiteral("Rating")));

    const Lead hans =
        *f.store->leads.find(AccessScope::system(), f.store->leads.findIdByEmailKey(QStringLiteral("hans@becker.de")));
    EXPECT_EQ(hans.companyName, QStringLiteral("Becker GmbH"));
    EXPECT_EQ(hans.country, QStringLiteral("DE"));
    EXPECT_EQ(hans.phone, QStringLiteral("+49301234567"));
    EXPECT_EQ(hans.source, LeadSource::Referral);
    EXPECT_EQ(hans.submittedAt, parseInstant(QStringLiteral("2024-03-21")).value_or(0));
    const Lead nancy =
        *f.store->leads.find(AccessScope::system(), f.store->leads.findIdByEmailKey(QStringLiteral("nancy@white.com")));
    EXPECT_EQ(nancy.country, QStringLiteral("US"));
    EXPECT_EQ(nancy.phone, QStringLiteral("+14158672291"));
    EXPECT_EQ(nancy.source, LeadSource::WebForm);
    EXPECT_EQ(nancy.submittedAt, parseInstant(QStringLiteral("2024-03-15")).value_or(0));
}

// What a row leaves out is said in the summary, and a column no field takes stays in the journal.
TEST(CsvLeadImporter, SaysWhatARowLeftOutAndKeepsUnmappedCells)
{
    Fixture f;
    const auto summary = f.run("Email,Name,Country,Notes\n"
                               "\"Anna Nowak <anna@firma.pl>\",\"Nowak, Anna\",Narnia,met at the fair\n"
                               "\"jan@firma.pl; jan.k@firma.pl\",Dr. Jan Kowalski,Polska,\n");
    ASSERT_TRUE(summary) << summary.error().toStdString();
    EXPECT_EQ(summary->created, 2);
    ASSERT_EQ(summary->notes.size(), 2);
    EXPECT_TRUE(summary->notes.at(0).reason.contains(QStringLiteral("Narnia")));
    EXPECT_TRUE(summary->notes.at(1).reason.contains(QStringLiteral("jan@firma.pl")));
    const QJsonObject json = summary->toJson();
    EXPECT_EQ(json.value(QStringLiteral("notes")).toArray().size(), 2);
    EXPECT_EQ(json.value(QStringLiteral("unmapped")).toArray(), QJsonArray{QStringLiteral("Notes")});

    const Lead anna =
        *f.store->leads.find(AccessScope::system(), f.store->leads.findIdByEmailKey(QStringLiteral("anna@firma.pl")));
    EXPECT_EQ(anna.firstName, QStringLiteral("Anna"));
    EXPECT_EQ(anna.lastName, QStringLiteral("Nowak"));
    EXPECT_TRUE(anna.country.isEmpty());
    const Lead jan =
        *f.store->leads.find(AccessScope::system(), f.store->leads.findIdByEmailKey(QStringLiteral("jan@firma.pl")));
    EXPECT_EQ(jan.firstName, QStringLiteral("Jan"));
    EXPECT_EQ(jan.lastName, QStringLiteral("Kowalski"));
    EXPECT_EQ(jan.country, QStringLiteral("PL"));
    const auto entries = f.store->journal.inState(JournalEntry::State::Processed, 10);
    EXPECT_TRUE(std::any_of(entries.cbegin(), entries.cend(),
                            [](const JournalEntry &e) { return e.body.contains("met at the fair"); }));
}

// A batch reads the scoring rules once; the next import (or batch) scores with what an admin saved
// in between.
TEST(CsvLeadImporter, ScoresWithTheRulesActiveWhenEachBatchRuns)
{
    Fixture f;
    ASSERT_TRUE(f.run("email\nola@firma.pl\n", {}, QStringLiteral("demo-2026")));
    const auto intentOf = [&](const char *email) {
        return f.store->leads.find(AccessScope::system(), f.store->leads.findIdByEmailKey(QString::fromLatin1(email)))
            ->intent;
    };
    EXPECT_EQ(intentOf("ola@firma.pl"), 0);

    User admin;
    admin.name = QStringLiteral("Alex Admin");
    admin.email = QStringLiteral("alex@leadrelay.test");
    admin.role = Role::Admin;
    admin.createdAt = test::kTestStart;
    admin.id = f.store->users.create(admin).value();
    ScoringConfig config = ScoringConfig::defaults();
    config.formTypes.insert(QStringLiteral("demo-2026"), QStringLiteral("demo_request"));
    ASSERT_TRUE(ScoringService(*f.store, f.clock).saveRules(admin, config));

    ASSERT_TRUE(f.run("email\njan@firma.pl\n", {}, QStringLiteral("demo-2026")));
    EXPECT_EQ(intentOf("jan@firma.pl"), 25); // the demo request form's points
}
