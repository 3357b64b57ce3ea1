#include "core/intake/LeadFormValidator.h"

#include <gtest/gtest.h>

using namespace lr;

namespace {

LeadForm valid()
{
    LeadForm f;
    f.firstName = QStringLiteral("Anna");
    f.email = QStringLiteral("anna@firma.pl");
    f.phone = QStringLiteral("601 234 567");
    f.country = QStringLiteral("PL");
    f.language = QStringLiteral("pl");
    f.source = QStringLiteral("referral");
    return f;
}

} // namespace

TEST(LeadFormValidator, AcceptsAValidFormAndOmitsEmptyFields)
{
    const LeadFormValidator validator;
    EXPECT_TRUE(validator.check(valid()).isEmpty());
    const QJsonObject fields = valid().toFields();
    EXPECT_EQ(fields.value(QStringLiteral("email")).toString(), QStringLiteral("anna@firma.pl"));
    EXPECT_EQ(fields.value(QStringLiteral("source")).toString(), QStringLiteral("referral"));
    EXPECT_FALSE(fields.contains(QStringLiteral("company")));
}

TEST(LeadFormValidator, NamesEachBadFieldWithTheHygieneReason)
{
    const LeadFormValidator validator;
    LeadForm f = valid();
    f.email.clear();
    EXPECT_TRUE(validator.check(f).value(QStringLiteral("email")).contains(QStringLiteral("required")));
    f.email = QStringLiteral("anna.firma.pl");
    EXPECT_TRUE(validator.check(f).value(QStringLiteral("email")).contains(QStringLiteral("@")));
    f.email = QStringLiteral("test@test.com");
    EXPECT_TRUE(validator.check(f).value(QStringLiteral("email")).contains(QStringLiteral("test")));
    f.email = QStringLiteral("someone@mailinator.com");
    EXPECT_TRUE(validator.check(f).value(QStringLiteral("email")).contains(QStringLiteral("disposable")));
    f = valid();
    f.country = QStringLiteral("XX");
    f.language = QStringLiteral("english");
    f.source = QStringLiteral("carrier pigeon");
    const auto issues = validator.check(f);
    EXPECT_TRUE(issues.contains(QStringLiteral("country")));
    EXPECT_TRUE(issues.contains(QStringLiteral("language")));
    EXPECT_TRUE(issues.contains(QStringLiteral("source")));
}

TEST(LeadFormValidator, JudgesThePhoneInTheFormsCountry)
{
    const LeadFormValidator validator;
    LeadForm f = valid();
    f.phone = QStringLiteral("601 234");
    EXPECT_TRUE(validator.check(f).contains(QStringLiteral("phone")));
    f.phone = QStringLiteral("601 234 567"); // a Polish mobile number
    f.country = QStringLiteral("US");        // read as a US number it is a digit short
    EXPECT_TRUE(validator.check(f).contains(QStringLiteral("phone")));
    f.phone = QStringLiteral("+48 601 234 567"); // its own country code wins
    EXPECT_FALSE(validator.check(f).contains(QStringLiteral("phone")));
    f.phone.clear(); // optional
    EXPECT_TRUE(validator.check(f).isEmpty());
}

TEST(LeadFormValidator, NotesFreeMailWithoutRefusingIt)
{
    const LeadFormValidator validator;
    LeadForm f = valid();
    f.email = QStringLiteral("anna.nowak@gmail.com");
    EXPECT_TRUE(validator.check(f).isEmpty());
    EXPECT_FALSE(validator.emailNote(f.email).isEmpty());
    EXPECT_TRUE(validator.emailNote(QStringLiteral("anna@firma.pl")).isEmpty());
}
