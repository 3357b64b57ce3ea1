#include "core/demo/DemoCatalog.h"

#include <QHash>

namespace lr {
namespace {

QStringList words(const char16_t *list)
{
    return QString::fromUtf16(list).split(QLatin1Char('|'));
}

/// "text:weight:tag|…" → weighted words.
QList<DemoWord> weightedWords(const char16_t *list)
{
    QList<DemoWord> out;
    for (const QString &item : words(list)) {
        const QStringList parts = item.split(QLatin1Char(':'));
        out.append({parts.value(0), parts.value(1, QStringLiteral("1")).toInt(), parts.value(2)});
    }
    return out;
}

// Shared vocabularies of markets that speak the same language.
const char16_t *const kGermanMale =
    u"Lukas|Jonas|Felix|Maximilian|Tobias|Stefan|Jürgen|Matthias|Andreas|Thomas|Michael|Florian|Sebastian|Björn|"
    u"Jörg|Markus|Christian|Moritz|Niklas|Uwe";
const char16_t *const kGermanFemale =
    u"Anna|Laura|Julia|Sophie|Katrin|Sabine|Jana|Lea|Miriam|Claudia|Sarah|Franziska|Jülide|Nicole|Stefanie|Bärbel|"
    u"Hannah|Melanie|Carina|Tanja";
const char16_t *const kGermanLast =
    u"Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Bauer|Richter|Klein|"
    u"Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann|Lange|Günther|Jäger|Köhler|Lehmann|"
    u"Huber|Maier|Gruber|Steiner|Brunner|Keller|Frei|Weiß|Vogt";
const char16_t *const kGermanPrefixes =
    u"Rheintal|Nordwind|Alpen|Hansa|Isar|Elbe|Spree|Schwarzwald|Bodensee|Main|Weser|Taunus|Allgäu|Harz|Donau|"
    u"Brenner|Mosel|Saale|Eifel|Zugspitze|Kessler|Brandt|Lindner|Vogel|Sommer";
const char16_t *const kGermanStems =
    u"Logistik:1:Logistics|Maschinenbau:1:Manufacturing|Software:1:Software|Solar:1:Energy|"
    u"Medizintechnik:1:Healthcare|Consulting:1:Consulting|Automation:1:Manufacturing|Handel:1:Retail|"
    u"Digital:1:Software|Verpackung:1:Manufacturing|Energie:1:Energy|Systeme:1:Software|Bau:1:Construction|"
    u"Finanz:1:Financial Services|Feinkost:1:Food & Beverage|Autoteile:1:Automotive|Akademie:1:Education|"
    u"Werbung:1:Marketing";
const char16_t *const kGermanTitles =
    u"Geschäftsführer:3:Geschäftsführerin|Vertriebsleiter:3:Vertriebsleiterin|Leiter Marketing:2:Leiterin Marketing|"
    u"Einkaufsleiter:1:Einkaufsleiterin|Werkstudent:1:Werkstudentin|Praktikant:1:Praktikantin";

const char16_t *const kEnglishMale =
    u"James|John|Robert|Michael|David|Chris|Daniel|Matthew|Ryan|Kevin|Brian|Jason|Tyler|Eric|Justin|Brandon|Aaron|"
    u"Nathan|Marcus|Ethan";
const char16_t *const kEnglishFemale =
    u"Jennifer|Emily|Sarah|Jessica|Ashley|Megan|Lauren|Rachel|Nicole|Olivia|Amanda|Brittany|Hannah|Samantha|"
    u"Kayla|Madison|Chloe|Grace|Natalie|Victoria";
const char16_t *const kEnglishPrefixes =
    u"Summit|Blue Ridge|Pinecrest|Redwood|Granite|Lakeshore|Northwind|Silverline|Brightpath|Ironwood|Clearwater|"
    u"Evergreen|Horizon|Keystone|Cascade|Liberty|Harbor|Prairie|Beacon|Sterling|Frontier|Meridian";
const char16_t *const kEnglishStems =
    u"Analytics:1:Software|Logistics:1:Logistics|Software:1:Software|Health:1:Healthcare|"
    u"Manufacturing:1:Manufacturing|Capital:1:Financial Services|Systems:1:Software|Labs:1:Software|"
    u"Solutions:1:Consulting|Robotics:1:Manufacturing|Foods:1:Food & Beverage|Energy:1:Energy|"
    u"Builders:1:Construction|Retail Group:1:Retail|Motors:1:Automotive|Learning:1:Education|Media:1:Marketing";

} // namespace

const QList<DemoCountry> &DemoCatalog::countries()
{
    static const QList<DemoCountry> all = [] {
        QList<DemoCountry> out;

        DemoCountry de;
        de.code = QStringLiteral("DE");
        de.language = QStringLiteral("de");
        de.weight = 22;
        de.utcOffsetMinutes = 60;
        de.currency = QStringLiteral("EUR");
        de.maleFirstNames = words(kGermanMale);
        de.femaleFirstNames = words(kGermanFemale);
        de.lastNames = words(kGermanLast);
        de.companyPrefixes = words(kGermanPrefixes);
        de.companyStems = weightedWords(kGermanStems);
        de.legalForms = weightedWords(u"GmbH:6|AG:1|GmbH & Co. KG:2|UG (haftungsbeschränkt):1");
        de.tld = QStringLiteral("de");
        de.domainSeparator = QStringLiteral("-");
        de.freeMailDomains = words(u"gmail.com|gmx.de|web.de|t-online.de|yahoo.de|outlook.de");
        de.dialCode = QStringLiteral("+49");
        de.mobilePrefixes = words(u"151|152|157|160|162|170|171|172|175|176|177|178|179");
        de.subscriberDigits = 8;
        de.localTitles = weightedWords(kGermanTitles);
        de.billingMailbox = QStringLiteral("rechnung");
        de.localePath = QStringLiteral("/de");
        out.append(de);

        DemoCountry at = de;
        at.code = QStringLiteral("AT");
        at.weight = 5;
        at.legalForms = weightedWords(u"GmbH:6|AG:1|KG:1|e.U.:1");
        at.tld = QStringLiteral("at");
        at.freeMailDomains = words(u"gmail.com|gmx.at|aon.at|yahoo.com|outlook.com");
        at.dialCode = QStringLiteral("+43");
        at.mobilePrefixes = words(u"664|660|676|650|699|681");
        at.subscriberDigits = 7;
        out.append(at);

        DemoCountry ch = de;
        ch.code = QStringLiteral("CH");
        ch.weight = 4;
        ch.legalForms = weightedWords(u"AG:5|GmbH:4|SA:1");
        ch.tld = QStringLiteral("ch");
        ch.freeMailDomains = words(u"gmail.com|bluewin.ch|gmx.ch|hotmail.com");
        ch.dialCode = QStringLiteral("+41");
        ch.mobilePrefixes = words(u"76|77|78|79");
        ch.subscriberDigits = 7;
        out.append(ch);

        DemoCountry bg;
        bg.code = QStringLiteral("BG");
        bg.language = QStringLiteral("bg");
        bg.weight = 18;
        bg.utcOffsetMinutes = 120;
        bg.currency = QStringLiteral("BGN");
        bg.perEuro = 1.95583;
        bg.maleFirstNames = words(u"Иван|Георги|Димитър|Николай|Петър|Христо|Стоян|Тодор|Александър|Мартин|Васил|"
                                  u"Калоян|Борислав|Атанас|Йордан|Красимир|Пламен|Емил");
        bg.femaleFirstNames = words(u"Мария|Елена|Иванка|Десислава|Гергана|Цветелина|Надежда|Радостина|Виктория|"
                                    u"Теодора|Петя|Анна|Силвия|Яна|Боряна|Милена|Светлана|Николета");
        bg.lastNames = words(u"Петров|Иванов|Георгиев|Димитров|Николов|Стоянов|Тодоров|Христов|Костов|Атанасов|"
                             u"Илиев|Ангелов|Попов|Маринов|Колев|Йорданов|Василев|Павлов|Михайлов|Стефанов");
        bg.companyPrefixes = words(u"Балкан|Витоша|Тракия|Рила|Пирин|Дунав|Странджа|Марица|Янтра|Родопи|"
                                   u"Черноморие|Сердика|Одесос|Тунджа|Искър|Мусала|Орфей|Хемус");
        bg.companyStems = weightedWords(u"Софт:1:Software|Логистик:1:Logistics|Консулт:1:Consulting|Трейд:1:Retail|"
                                        u"Инженеринг:1:Manufacturing|Медикал:1:Healthcare|Строй:1:Construction|"
                                        u"Агро:1:Food & Beverage|Енерджи:1:Energy|Тех:1:Software|Финанс:1:Financial "
                                        u"Services|Ауто:1:Automotive|Академия:1:Education|Медия:1:Marketing");
        bg.legalForms = weightedWords(u"ЕООД:6|ООД:4|ЕАД:1|АД:1");
        bg.tld = QStringLiteral("bg");
        bg.freeMailDomains = words(u"abv.bg|abv.bg|gmail.com|mail.bg|yahoo.com|dir.bg");
        bg.dialCode = QStringLiteral("+359");
        bg.mobilePrefixes = words(u"87|88|89|98|99");
        bg.subscriberDigits = 7;
        bg.localTitles = weightedWords(u"Управител:3|Търговски директор:2|Маркетинг мениджър:2|"
                                       u"Мениджър продажби:2|Студент:1:Студентка|Стажант:1:Стажантка");
        bg.billingMailbox = QStringLiteral("fakturi");
        bg.localePath = QStringLiteral("/bg");
        out.append(bg);

        DemoCountry ro;
        ro.code = QStringLiteral("RO");
        ro.language = QStringLiteral("ro");
        ro.weight = 5;
        ro.utcOffsetMinutes = 120;
        ro.currency = QStringLiteral("EUR");
        ro.maleFirstNames = words(u"Andrei|Mihai|Alexandru|Ionuț|Cristian|Ștefan|Bogdan|Adrian|Florin|Radu|Vlad");
        ro.femaleFirstNames = words(u"Ioana|Elena|Andreea|Maria|Alexandra|Mihaela|Cristina|Raluca|Simona|Ana|Irina");
        ro.lastNames = words(u"Popescu|Ionescu|Popa|Constantin|Stan|Dumitru|Stoica|Gheorghe|Rusu|Munteanu|Matei|"
                             u"Ciobanu|Dobre|Barbu|Nistor|Lungu");
        ro.companyPrefixes = words(u"Carpați|Dunărea|Transilvania|Bucegi|Olt|Mureș|Delta|Făgăraș|Ceahlău|Prahova");
        ro.companyStems = weightedWords(u"Tech:1:Software|Logistic:1:Logistics|Consulting:1:Consulting|"
                                        u"Construct:1:Construction|Med:1:Healthcare|Agro:1:Food & Beverage|"
                                        u"Energy:1:Energy|Soft:1:Software|Auto:1:Automotive");
        ro.legalForms = weightedWords(u"SRL:6|SA:1");
        ro.tld = QStringLiteral("ro");
        ro.domainSeparator = QStringLiteral("-");
        ro.freeMailDomains = words(u"yahoo.com|gmail.com|yahoo.ro");
        ro.dialCode = QStringLiteral("+40");
        ro.mobilePrefixes = words(u"721|722|723|744|745|755|766|788");
        ro.subscriberDigits = 6;
        ro.billingMailbox = QStringLiteral("facturare");
        ro.localePath = QStringLiteral("/ro");
        out.append(ro);

        DemoCountry pl;
        pl.code = QStringLiteral("PL");
        pl.language = QStringLiteral("pl");
        pl.weight = 20;
        pl.utcOffsetMinutes = 60;
        pl.currency = QStringLiteral("PLN");
        pl.perEuro = 4.3;
        pl.maleFirstNames = words(u"Piotr|Krzysztof|Tomasz|Paweł|Michał|Marcin|Łukasz|Jakub|Grzegorz|Wojciech|"
                                  u"Mateusz|Przemysław|Rafał|Bartosz|Dariusz|Sławomir");
        pl.femaleFirstNames = words(u"Anna|Katarzyna|Małgorzata|Agnieszka|Magdalena|Joanna|Aleksandra|Zofia|Ewa|"
                                    u"Monika|Barbara|Dorota|Beata|Żaneta|Justyna|Weronika");
        pl.lastNames = words(u"Kowalski|Wiśniewski|Nowak|Wójcik|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak|"
                             u"Dąbrowski|Kozłowski|Mazur|Jankowski|Król|Wawrzyniak|Grabowski|Pawłowski|Michalski|"
                             u"Zając|Wróbel|Sikorski|Krawczyk");
        pl.companyPrefixes = words(u"Wisła|Mazowsze|Bałtyk|Tatry|Polskie|Kraków|Warta|Odra|Śląsk|Pomorze|Karpaty|"
                                   u"Gdańsk|Poznań|Łódź|Bieszczady|Mazury");
        pl.companyStems = weightedWords(u"Logistyka:1:Logistics|Systemy:1:Software|Technologie:1:Software|"
                                        u"Budownictwo:1:Construction|Energia:1:Energy|Dystrybucja:1:Retail|"
                                        u"Software:1:Software|Consulting:1:Consulting|Meble:1:Manufacturing|"
                                        u"Automatyka:1:Manufacturing|Medical:1:Healthcare|Finanse:1:Financial "
                                        u"Services|Żywność:1:Food & Beverage|Motoryzacja:1:Automotive");
        pl.legalForms = weightedWords(u"sp. z o.o.:8|S.A.:2|sp.k.:1");
        pl.tld = QStringLiteral("pl");
        pl.domainSeparator = QStringLiteral("-");
        pl.freeMailDomains = words(u"wp.pl|onet.pl|o2.pl|gmail.com|interia.pl");
        pl.dialCode = QStringLiteral("+48");
        pl.mobilePrefixes = words(u"501|502|512|530|600|601|602|660|690|691|722|730|790|881");
        pl.subscriberDigits = 6;
        pl.localTitles = weightedWords(u"Prezes Zarządu:3:Prezes Zarządu|Dyrektor Sprzedaży:3:Dyrektor Sprzedaży|"
                                       u"Kierownik Marketingu:2:Kierownik Marketingu|Specjalista ds. zakupów:1:"
                                       u"Specjalistka ds. zakupów|Student:1:Studentka|Stażysta:1:Stażystka");
        pl.billingMailbox = QStringLiteral("faktury");
        pl.localePath = QStringLiteral("/pl");
        out.append(pl);

        DemoCountry us;
        us.code = QStringLiteral("US");
        us.language = QStringLiteral("en");
        us.weight = 20;
        us.utcOffsetMinutes = -300;
        us.currency = QStringLiteral("USD");
        us.perEuro = 1.08;
        us.maleFirstNames = words(kEnglishMale);
        us.femaleFirstNames = words(kEnglishFemale);
        us.lastNames = words(u"Smith|Johnson|Williams|Brown|Jones|Garcia|Miller|Davis|Rodriguez|Martinez|Wilson|"
                             u"Anderson|Taylor|Thomas|Moore|Jackson|Lee|Harris|Clark|Lewis|Walker|Young|Allen|Nguyen|"
                             u"Patel|Kim|O'Brien");
        us.companyPrefixes = words(kEnglishPrefixes);
        us.companyStems = weightedWords(kEnglishStems);
        us.legalForms = weightedWords(u"Inc.:6|LLC:3|Corp.:1");
        us.tld = QStringLiteral("com");
        us.freeMailDomains = words(u"gmail.com|gmail.com|yahoo.com|outlook.com|hotmail.com|icloud.com");
        us.dialCode = QStringLiteral("+1");
        us.mobilePrefixes = words(u"212|312|415|512|617|646|206|303|404|469|305|720|919|615");
        us.subscriberDigits = 7;
        us.billingMailbox = QStringLiteral("ap");
        out.append(us);

        DemoCountry ca = us;
        ca.code = QStringLiteral("CA");
        ca.weight = 6;
        ca.currency = QStringLiteral("USD");
        ca.lastNames = words(u"Tremblay|Gagnon|Roy|Côté|Bouchard|Gauthier|Smith|Brown|Wilson|MacDonald|Campbell|"
                             u"Chen|Singh|Martin|Leblanc|Thompson");
        ca.legalForms = weightedWords(u"Inc.:5|Ltd.:4|Corp.:1");
        ca.tld = QStringLiteral("ca");
        ca.domainSeparator = QString();
        ca.freeMailDomains = words(u"gmail.com|outlook.com|hotmail.ca|yahoo.ca|rogers.com");
        ca.mobilePrefixes = words(u"416|647|604|514|403|613|905|780");
        out.append(ca);

        return out;
    }();
    return all;
}

const DemoCountry &DemoCatalog::country(const QString &code)
{
    const QList<DemoCountry> &all = countries();
    for (const DemoCountry &c : all) {
        if (c.code == code)
            return c;
    }
    return all.first();
}

const QList<DemoWord> &DemoCatalog::titles()
{
    static const QList<DemoWord> all = weightedWords(
        u"CEO:6:c|Founder:5:c|Co-Founder:3:c|Managing Director:4:c|Head of Sales:8:head|VP Sales:4:head|"
        u"Sales Manager:8|Sales Director:4:head|Marketing Manager:8|CMO:3:c|Head of Marketing:4:head|CTO:3:c|"
        u"IT Manager:4|Operations Manager:5|Procurement Manager:3|Office Manager:3|"
        u"Business Development Manager:5|Account Manager:4|Consultant:3|Student:3:junior|Intern:2:junior|:3");
    return all;
}

QString DemoCatalog::lastNameFor(const DemoCountry &country, const QString &maleLastName, bool female)
{
    if (!female)
        return maleLastName;
    if (country.code == QLatin1String("BG")) {
        if (maleLastName.endsWith(QStringLiteral(u"ов")) || maleLastName.endsWith(QStringLiteral(u"ев")))
            return maleLastName + QStringLiteral(u"а");
        return maleLastName;
    }
    if (country.code == QLatin1String("PL") &&
        (maleLastName.endsWith(QLatin1String("ski")) || maleLastName.endsWith(QLatin1String("cki")) ||
         maleLastName.endsWith(QLatin1String("dzki")))) {
        return maleLastName.chopped(1) + QLatin1Char('a');
    }
    return maleLastName;
}

QString DemoCatalog::toAscii(const QString &text)
{
    static const QHash<QChar, QString> map = [] {
        QHash<QChar, QString> m;
        const QString cyrillic = QStringLiteral(u"абвгдежзийклмнопрстуфхцчшщъьюя");
        const QStringList latin = words(u"a|b|v|g|d|e|zh|z|i|y|k|l|m|n|o|p|r|s|t|u|f|h|ts|ch|sh|sht|a|y|yu|ya");
        for (int i = 0; i < cyrillic.size(); ++i)
            m.insert(cyrillic.at(i), latin.at(i));
        const QString accented = QStringLiteral(u"äöüßłąęśćńóźżșțăâîéèêàçô'");
        const QStringList plain = words(u"ae|oe|ue|ss|l|a|e|s|c|n|o|z|z|s|t|a|a|i|e|e|e|a|c|o|");
        for (int i = 0; i < accented.size(); ++i)
            m.insert(accented.at(i), plain.at(i));
        return m;
    }();
    QString out;
    out.reserve(text.size() + 4);
    for (const QChar c : text.toLower()) {
        const auto it = map.constFind(c);
        if (it != map.constEnd())
            out += *it;
        else if (c.unicode() < 128)
            out += c;
    }
    return out;
}

} // namespace lr
