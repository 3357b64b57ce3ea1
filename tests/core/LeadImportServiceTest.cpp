#include "core/intake/LeadImportService.h"

#include "core/domain/User.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace lr;

namespace {

struct Fixture
{
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    IntakeProcessor intake{*store, clock};
    LeadImportService service{intake};
    QString file = store.dir() + QStringLiteral("/leads.csv");

    Fixture()
    {
        QFile f(file);
        f.open(QIODevice::WriteOnly);
        f.write("Email,Name,Shoe size\nanna@firma.pl,Anna,38\nboris@firma.pl,Boris,44\n");
    }

    static User person(Role role)
    {
        User u;
        u.id = 9;
        u.name = QStringLiteral("Person");
        u.role = role;
        return u;
    }
};

} // namespace

TEST(LeadImportService, RefusesRepsBeforeReadingAnything)
{
    Fixture f;
    const auto refused = f.service.run(Fixture::person(Role::Rep), f.file, {}, {});
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("managers and administrators")));
    EXPECT_EQ(f.store->journal.count(JournalEntry::State::Processed), 0);
    EXPECT_EQ(f.store->leads.count(AccessScope::system(), {}), 0);
}

TEST(LeadImportService, ImportsForAManagerWithTheChosenMapping)
{
    Fixture f;
    // "Name" would be recognised as the full name; the user chose not to import it.
    const auto summary = f.service.run(Fixture::person(Role::Manager), f.file,
                                       {{QStringLiteral("Email"), QStringLiteral("email")},
                                        {QStringLiteral("Name"), QString()},
                                        {QStringLiteral("Shoe size"), QString()}},
                                       QStringLiteral("  "));
    ASSERT_TRUE(summary) << summary.error().toStdString();
    EXPECT_EQ(summary->created, 2);
    EXPECT_EQ(summary->unmappedColumns, (QStringList{QStringLiteral("Name"), QStringLiteral("Shoe size")}));
    const Lead lead = f.store->leads.page(AccessScope::system(), {}, {}, 0, 10).value().first();
    EXPECT_TRUE(lead.firstName.isEmpty());
    EXPECT_EQ(lead.formId, QStringLiteral("leads.csv")); // a blank source name falls back to the file name
}

TEST(LeadImportService, SaysWhichFileItCannotOpen)
{
    Fixture f;
    const auto missing = f.service.run(Fixture::person(Role::Admin), f.file + QStringLiteral(".gone"), {}, {});
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().contains(QStringLiteral("leads.csv.gone")));
}
