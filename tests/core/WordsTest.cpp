#include "core/common/Words.h"

#include "core/common/JsonScalar.h"
#include "core/sla/SlaPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace lr;

namespace {

/// Translates the "lr::Test" context into upper case: another language, without shipping one.
class Shouting final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return qstrcmp(context, "lr::Test") == 0 ? QString::fromUtf8(source).toUpper() : QString();
    }
};

Words disposable(const QString &domain)
{
    return Words("lr::Test", "%1 is a disposable mail domain.", {domain});
}

} // namespace

TEST(Words, ReadInTheLanguageOfWhoeverShowsThem)
{
    const QString stored = disposable(QStringLiteral("mailinator.com")).toStored();
    EXPECT_EQ(Words::fromStored(stored).text(), QStringLiteral("mailinator.com is a disposable mail domain."));

    Shouting shouting;
    QCoreApplication::installTranslator(&shouting);
    const auto remove = qScopeGuard([&] { QCoreApplication::removeTranslator(&shouting); });
    // Stored while another language was on, the same: the store keeps no language.
    EXPECT_EQ(disposable(QStringLiteral("mailinator.com")).toStored(), stored);
    // The arguments (an address, a number) are never translated.
    EXPECT_EQ(Words::fromStored(stored).text(), QStringLiteral("mailinator.com IS A DISPOSABLE MAIL DOMAIN."));
}

TEST(Words, PutsEachArgumentInOnceEvenWhenItHoldsAPlaceholder)
{
    const Words w("lr::Test", "\"%1\" has %2 parts.", {QStringLiteral("50%2 off"), QStringLiteral("3")});
    EXPECT_EQ(w.text(), QStringLiteral("\"50%2 off\" has 3 parts."));
    EXPECT_EQ(Words("lr::Test", "%1 and %2", {QStringLiteral("a")}).text(), QStringLiteral("a and …"));
    EXPECT_EQ(Words("lr::Test", "100% sure, %1", {QStringLiteral("x")}).text(), QStringLiteral("100% sure, x"));
}

TEST(Words, AKindIsTheWordsWithoutTheirArguments)
{
    const Words a = disposable(QStringLiteral("mailinator.com"));
    const Words b = disposable(QStringLiteral("yopmail.com"));
    EXPECT_EQ(a.key(), b.key());
    EXPECT_NE(a.toStored(), b.toStored());
    EXPECT_EQ(Words::fromStored(a.key()).text(), QStringLiteral("… is a disposable mail domain."));
    Words two = a;
    two += Words("lr::Test", "Second sentence.");
    EXPECT_EQ(two.key(), a.key()); // the kind of the first
    EXPECT_EQ(Words::fromStored(two.toStored()), two);
    EXPECT_EQ(two.text(), QStringLiteral("mailinator.com is a disposable mail domain. Second sentence."));
}

TEST(Words, TextStoredBeforeOrWithoutATranslationIsShownAsItIs)
{
    // A reason stored before reasons were kept untranslated, in whatever language it was.
    const Words old = Words::fromStored(QStringLiteral("Adres jednorazowy"));
    EXPECT_EQ(old.text(), QStringLiteral("Adres jednorazowy"));
    EXPECT_EQ(old.key(), QStringLiteral("Adres jednorazowy"));
    EXPECT_EQ(Words::fromStored(QStringLiteral("[not json")).text(), QStringLiteral("[not json"));
    EXPECT_EQ(Words::fromStored(QStringLiteral("[1, 2]")).text(), QStringLiteral("[1, 2]"));
    // A database error has no translation: it is stored as plain text, readable in any tool.
    Words error = Words::plain(QStringLiteral("database is locked"));
    EXPECT_EQ(error.toStored(), QStringLiteral("database is locked"));
    error += Words::plain(QStringLiteral("Try again."));
    EXPECT_EQ(error.toStored(), QStringLiteral("database is locked Try again."));
    EXPECT_TRUE(Words::plain(QString()).isEmpty());
    EXPECT_TRUE(Words::fromStored(QString()).isEmpty());
}

TEST(Words, NestedWordsAreTranslatedWithTheRest)
{
    // "Call Anna Nowak – hot inbound": the policy's label is words of its own, the name is not.
    const Words label("lr::Test", "hot inbound");
    const Words title("lr::Test", "Call %1 – %2", {QStringLiteral("Anna Nowak"), label});
    const QString stored = title.toStored();
    EXPECT_EQ(Words::fromStored(stored).text(), QStringLiteral("Call Anna Nowak – hot inbound"));
    EXPECT_EQ(Words::fromStored(stored).toStored(), stored);

    Shouting shouting;
    QCoreApplication::installTranslator(&shouting);
    const auto remove = qScopeGuard([&] { QCoreApplication::removeTranslator(&shouting); });
    EXPECT_EQ(title.toStored(), stored);
    EXPECT_EQ(Words::fromStored(stored).text(), QStringLiteral("CALL Anna Nowak – HOT INBOUND"));
    // Plain text put in as words (an admin's own label) stays plain, as any argument.
    const Words own("lr::Test", "Call %1 – %2", {QStringLiteral("Anna"), Words::plain(QStringLiteral("[VIP]"))});
    EXPECT_EQ(Words::fromStored(own.toStored()).text(), QStringLiteral("CALL Anna – [VIP]"));
    // Three levels deep.
    const Words deeper("lr::Test", "Named account: %1", {title});
    EXPECT_EQ(Words::fromStored(deeper.toStored()).text(),
              QStringLiteral("NAMED ACCOUNT: CALL Anna Nowak – HOT INBOUND"));
}

TEST(Words, APluralKeepsItsCount)
{
    const Words left("lr::Test", "%n min left for %1", 3, {QStringLiteral("Anna")});
    const QString stored = left.toStored();
    EXPECT_EQ(Words::fromStored(stored).text(), QStringLiteral("3 min left for Anna"));
    EXPECT_EQ(Words::fromStored(stored), left);
    EXPECT_EQ(Words::fromStored(Words("lr::Test", "%n min", 1).toStored()).text(), QStringLiteral("1 min"));
}

TEST(Words, AJsonErrorIsKeptInQtsOwnWords)
{
    // The stored words must be Qt's, so they read as errorString() does (and as Qt translates it).
    for (const char *body : {"{", "{\"a\" 1}", "[1", "[1 2]", "{\"a\": tru}", "{\"a\": 1.e}", "{\"a\": \"\\q\"}",
                             "{\"a\": \"x", "{\"a\": 1,}", "{} x", "1"}) {
        QJsonParseError error;
        QJsonDocument::fromJson(QByteArray(body), &error);
        EXPECT_EQ(jsonErrorWords(error.error).text(), error.errorString()) << body;
        EXPECT_FALSE(jsonErrorWords(error.error).isPlain()) << body;
    }
}

TEST(Words, ReadBackAsTheyWereWrittenWhateverTheyHold)
{
    // A plain label put in as words reads back equal (a duplicate task is recognised).
    const Words withPlain("lr::Test", "Move %1: it needs %2",
                          {QStringLiteral("Deal"), Words::plain(QStringLiteral("VAT"))});
    EXPECT_EQ(Words::fromStored(withPlain.toStored()), withPlain);
    // Typed text that looks like stored words stays the text it is.
    const QString typed = QStringLiteral("[{\"t\":\"hi\"},{\"t\":\"there\"}]");
    EXPECT_EQ(Words::fromStored(Words::plain(typed).toStored()).text(), typed);
    EXPECT_EQ(Words::fromStored(Words::plain(QStringLiteral("[VIP] call")).toStored()).text(),
              QStringLiteral("[VIP] call"));
    // A plural is one kind whatever its count.
    EXPECT_EQ(Words("lr::Test", "%n min left", 3).key(), Words("lr::Test", "%n min left", 5).key());
}

TEST(Words, AnSlaPolicyKeepsAnEmptyTaskLabelAndStoresShippedOnesInEnglish)
{
    SlaPolicySet set = SlaPolicySet::defaults();
    ASSERT_EQ(set.policies.first().key, QStringLiteral("hot"));
    EXPECT_EQ(set.toJson().value(QStringLiteral("policies")).toArray().first().toObject().value(QStringLiteral("task")),
              QStringLiteral("hot inbound"));
    set.policies.first().taskLabel.clear(); // the admin's choice: no label
    const QJsonObject stored = set.toJson().value(QStringLiteral("policies")).toArray().first().toObject();
    EXPECT_EQ(stored.value(QStringLiteral("task")).toString(), QString());
}

TEST(Words, AShippedDefaultIsRecognisedInEnglishOrInTheSaversLanguage)
{
    const char *territory = "Territory %1 (%2)";
    const QList<Words::Arg> args{QStringLiteral("DACH"), QStringLiteral("DE, AT")};
    EXPECT_FALSE(Words::shipped("lr::Test", territory, QStringLiteral("Territory DACH (DE, AT)"), args).isPlain());
    EXPECT_EQ(Words::shipped("lr::Test", "hot inbound", QStringLiteral("VIP call")),
              Words::plain(QStringLiteral("VIP call")));
    Shouting shouting; // the rules were saved by an app in another language
    QCoreApplication::installTranslator(&shouting);
    const auto remove = qScopeGuard([&] { QCoreApplication::removeTranslator(&shouting); });
    const Words saved = Words::shipped("lr::Test", territory, QStringLiteral("TERRITORY DACH (DE, AT)"), args);
    EXPECT_EQ(saved, Words("lr::Test", territory, args));
    EXPECT_FALSE(Words::shipped("lr::Test", territory, QStringLiteral("Territory DACH (DE, AT)"), args).isPlain());
}
