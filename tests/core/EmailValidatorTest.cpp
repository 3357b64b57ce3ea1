#include "core/hygiene/EmailValidator.h"

#include <gtest/gtest.h>

using namespace lr;
using V = EmailCheck::Verdict;

namespace {

V verdictOf(const char *address)
{
    return EmailValidator().check(QString::fromUtf8(address)).verdict;
}

} // namespace

TEST(EmailValidator, AcceptsEverydayAddressesAndNormalisesTheDomain)
{
    const EmailCheck c = EmailValidator().check(QStringLiteral("  Anna.Nowak+webinar@Firma.PL "));
    ASSERT_TRUE(c.isValid()) << c.reason.text().toStdString();
    EXPECT_EQ(c.address, QStringLiteral("Anna.Nowak+webinar@firma.pl"));
    EXPECT_EQ(c.domain, QStringLiteral("firma.pl"));
    EXPECT_FALSE(c.freeMail);
    EXPECT_EQ(verdictOf("o'brien@company.ie"), V::Valid);
    EXPECT_EQ(verdictOf("mailto:hans@firma.de"), V::Valid);
    EXPECT_EQ(verdictOf("<ivan@firma.bg>"), V::Valid);
}

TEST(EmailValidator, AcceptsInternationalisedDomainsAndLocalParts)
{
    const EmailCheck c = EmailValidator().check(QStringLiteral("info@Bücher.de"));
    ASSERT_TRUE(c.isValid()) << c.reason.text().toStdString();
    EXPECT_EQ(c.domain, QStringLiteral("bücher.de"));
    EXPECT_EQ(c.asciiDomain, QStringLiteral("xn--bcher-kva.de"));
    EXPECT_EQ(verdictOf("иван@пример.бг"), V::Valid);
    EXPECT_EQ(verdictOf("info@xn--bcher-kva.de"), V::Valid);
}

TEST(EmailValidator, RefusesMalformedAddressesWithAReason)
{
    for (const char *bad : {"anna.nowak.firma.pl", "@firma.pl", "anna@", "anna@firma", "anna..nowak@firma.pl",
                            ".anna@firma.pl", "anna.@firma.pl", "anna nowak@firma.pl", "anna@firma..pl",
                            "anna@-firma.pl", "anna@firma.p", "anna@firma.123", "a\"b@firma.pl"}) {
        const EmailCheck c = EmailValidator().check(QString::fromUtf8(bad));
        EXPECT_EQ(c.verdict, V::Malformed) << bad;
        EXPECT_FALSE(c.reason.isEmpty()) << bad;
    }
    EXPECT_EQ(verdictOf(""), V::Missing);
    EXPECT_EQ(verdictOf("   "), V::Missing);
    EXPECT_TRUE(EmailValidator().check(QStringLiteral("no-at-sign")).reason.text().contains(QStringLiteral("@")));
    EXPECT_EQ(verdictOf(QByteArray(65, 'a').append("@firma.pl").constData()), V::Malformed);
}

TEST(EmailValidator, FlagsTestAndPlaceholderAddressesAsJunk)
{
    for (const char *junk :
         {"test@test.com", "anna@example.com", "x@example.org", "lead@shop.example", "asdf@asdf.com", "test@firma.de",
          "qwerty@gmail.com", "aaaa@firma.de", "someone@host.invalid", "noemail@firma.pl"}) {
        EXPECT_EQ(verdictOf(junk), V::Junk) << junk;
    }
    EXPECT_EQ(verdictOf("testimonials@firma.de"), V::Valid); // "test" inside a word is fine
}

TEST(EmailValidator, FlagsNoReplyAddressesAsJunkWithTheirOwnReason)
{
    for (const char *noReply : {"noreply@gmail.com", "no-reply@firma.de", "No_Reply@firma.pl", "donotreply@shop.bg",
                                "do-not-reply@firma.ru", "mailer-daemon@firma.de", "no.reply@firma.de"}) {
        const EmailCheck check = EmailValidator().check(QString::fromLatin1(noReply));
        EXPECT_EQ(check.verdict, V::Junk) << noReply;
        EXPECT_TRUE(check.reason.text().contains(QStringLiteral("no-reply address"))) << noReply;
    }
    EXPECT_EQ(verdictOf("reply@firma.de"), V::Valid);
    EXPECT_EQ(verdictOf("norelpy.kowalski@firma.de"), V::Valid);
}

TEST(EmailValidator, FlagsDisposableDomainsAndSubdomains)
{
    EXPECT_EQ(verdictOf("anna@mailinator.com"), V::Disposable);
    EXPECT_EQ(verdictOf("anna@foo.mailinator.com"), V::Disposable);
    const EmailCheck c = EmailValidator().check(QStringLiteral("anna@mailinator.com"));
    EXPECT_TRUE(c.reason.text().contains(QStringLiteral("disposable")));
}

TEST(EmailValidator, TellsFreeMailFromCorporate)
{
    for (const char *free :
         {"anna@gmail.com", "ivan@abv.bg", "jan@wp.pl", "hans@gmx.de", "olga@mail.ru", "john@yahoo.com"}) {
        const EmailCheck c = EmailValidator().check(QString::fromUtf8(free));
        EXPECT_TRUE(c.isValid()) << free;
        EXPECT_TRUE(c.freeMail) << free;
    }
    EXPECT_FALSE(EmailValidator().check(QStringLiteral("anna@siemens.com")).freeMail);
    // Personal mailboxes the upstream list lacks (resources/data/email-domains/freemail_additions.txt).
    for (const char *free : {"x@proton.me", "y@pm.me", "z@tuta.io", "w@hey.com", "v@dir.bg"})
        EXPECT_TRUE(EmailValidator().check(QString::fromUtf8(free)).freeMail) << free;
}

// What people paste into an email cell: a display name, two addresses, a stray space.
TEST(EmailValidator, TakesTheAddressOutOfWhatACellHolds)
{
    const EmailCheck named = EmailValidator().check(QStringLiteral("Anna Nowak <anna@firma.pl>"));
    EXPECT_TRUE(named.isValid());
    EXPECT_EQ(named.address, QStringLiteral("anna@firma.pl"));
    const EmailCheck spaced = EmailValidator().check(QStringLiteral("carl @carlco.com"));
    EXPECT_TRUE(spaced.isValid());
    EXPECT_EQ(spaced.address, QStringLiteral("carl@carlco.com"));
    for (const char *two : {"a@firma.pl; b@firma.pl", "a@firma.pl, b@firma.pl", "a@firma.pl b@firma.pl"}) {
        const EmailCheck c = EmailValidator().check(QString::fromUtf8(two));
        EXPECT_TRUE(c.isValid()) << two;
        EXPECT_EQ(c.address, QStringLiteral("a@firma.pl")) << two;
        EXPECT_TRUE(c.note.text().contains(QStringLiteral("a@firma.pl"))) << two;
    }
    const EmailCheck doubled = EmailValidator().check(QStringLiteral("jan.nowak@@firma.pl"));
    EXPECT_EQ(doubled.verdict, V::Malformed);
    EXPECT_TRUE(doubled.reason.text().contains(QStringLiteral("more than one @")));
}

TEST(EmailValidator, DedupKeyFoldsCasePlusTagsAndGmailDots)
{
    EXPECT_EQ(EmailValidator::dedupKey(QStringLiteral(" Anna.Nowak+promo@Firma.PL")),
              QStringLiteral("anna.nowak@firma.pl"));
    EXPECT_EQ(EmailValidator::dedupKey(QStringLiteral("J.O.H.N.Smith+x@googlemail.com")),
              QStringLiteral("johnsmith@gmail.com"));
    // Dots matter outside Gmail: two different people.
    EXPECT_NE(EmailValidator::dedupKey(QStringLiteral("j.smith@firma.de")),
              EmailValidator::dedupKey(QStringLiteral("js.mith@firma.de")));
}
