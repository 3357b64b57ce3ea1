#include "core/hygiene/DomainLists.h"

#include <gtest/gtest.h>

using namespace lr;

TEST(DomainLists, ShipsBothListsFromResources)
{
    const DomainLists &lists = DomainLists::bundled();
    EXPECT_GT(lists.freeMailCount(), 4000);
    EXPECT_GT(lists.disposableCount(), 8000);
    EXPECT_EQ(lists.classify(QStringLiteral("gmail.com")), DomainKind::FreeMail);
    EXPECT_EQ(lists.classify(QStringLiteral("ABV.bg")), DomainKind::FreeMail);
    EXPECT_EQ(lists.classify(QStringLiteral("mailinator.com")), DomainKind::Disposable);
    EXPECT_EQ(lists.classify(QStringLiteral("siemens.de")), DomainKind::Corporate);
}

TEST(DomainLists, ADomainOnBothListsIsDisposable)
{
    // Ten domains are on both shipped lists; a throwaway inbox is junk even if it is also webmail.
    for (const char *both : {"eintagsmail.de", "sofortmail.de", "stop-my-spam.pp.ua", "nullbox.info", "youmailr.com"}) {
        EXPECT_EQ(DomainLists::bundled().classify(QString::fromLatin1(both)), DomainKind::Disposable) << both;
    }
}

TEST(DomainLists, AdminAddedDomainsCount)
{
    DomainLists lists;
    EXPECT_EQ(lists.classify(QStringLiteral("posteo.example")), DomainKind::Corporate);
    lists.addFreeMail(QStringLiteral(" Posteo.Example "));
    EXPECT_EQ(lists.classify(QStringLiteral("posteo.example")), DomainKind::FreeMail);
    lists.addDisposable(QStringLiteral("burner.example"));
    EXPECT_EQ(lists.classify(QStringLiteral("x.burner.example")), DomainKind::Disposable);
    EXPECT_EQ(lists.classify(QStringLiteral("example")), DomainKind::Corporate); // a bare TLD never matches
}
