#include "core/intake/CsvReader.h"
#include "core/intake/LeadFieldMap.h"

#include <QBuffer>
#include <QProcess>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace lr;

namespace {

QList<QStringList> readAll(const QByteArray &bytes, QStringList *errors = nullptr, QChar *delimiter = nullptr)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> rows;
    QStringList row;
    while (reader.readRow(row)) {
        rows.append(row);
        if (errors && !reader.rowError().isEmpty())
            errors->append(reader.rowError());
    }
    if (delimiter)
        *delimiter = reader.delimiter();
    return rows;
}

} // namespace

TEST(CsvReader, ReadsQuotedFieldsWithDelimitersQuotesAndNewlines)
{
    const auto rows = readAll("Email,Name,Note\r\n"
                              "anna@firma.pl,\"Nowak, Anna\",\"She said \"\"call me\"\"\r\nafter 5\"\r\n"
                              "\r\n"
                              "ivan@firma.bg,Иван,\r\n");
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(1).at(1), QStringLiteral("Nowak, Anna"));
    EXPECT_EQ(rows.at(1).at(2), QStringLiteral("She said \"call me\"\r\nafter 5"));
    EXPECT_EQ(rows.at(2), (QStringList{QStringLiteral("ivan@firma.bg"), QStringLiteral("Иван"), QString()}));
}

TEST(CsvReader, StripsTheBomAndSniffsSemicolons)
{
    QChar delimiter;
    const auto rows = readAll("\xEF\xBB\xBF"
                              "E-mail;Imię;Firma\n"
                              "jan@firma.pl;Łukasz;\"Firma; sp. z o.o.\"\n",
                              nullptr, &delimiter);
    EXPECT_EQ(delimiter, QLatin1Char(';'));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).at(0), QStringLiteral("E-mail")); // no BOM glued to the first header
    EXPECT_EQ(rows.at(1).at(2), QStringLiteral("Firma; sp. z o.o."));
}

TEST(CsvReader, ReportsAnUnterminatedQuoteOnItsRowAndKeepsTheRest)
{
    QStringList errors;
    const auto rows = readAll("email,name\nok@firma.de,Hans\nbad@firma.de,\"never closed\n", &errors);
    ASSERT_EQ(rows.size(), 3);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().contains(QStringLiteral("line 3")));
}

TEST(CsvReader, HandlesOldMacLineEndsAndTabs)
{
    QChar delimiter;
    const auto rows = readAll("email\tname\rone@a.de\tOne\rtwo@a.de\tTwo", nullptr, &delimiter);
    EXPECT_EQ(delimiter, QLatin1Char('\t'));
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(2).at(1), QStringLiteral("Two"));
}

TEST(LeadFieldMap, RecognisesHeadersFromOtherCrms)
{
    const QList<std::pair<const char *, const char *>> cases{
        {"Email", "email"},
        {"E-mail", "email"},
        {"Email Address", "email"},
        {"Person - Email", "email"},
        {"First Name", "first_name"},
        {"Given name", "first_name"},
        {"Surname", "last_name"},
        {"Company", "company"},
        {"Company Name", "company"},
        {"Organization - Name", "company"},
        {"Phone Number", "phone"},
        {"Mobile", "mobile"},
        {"Mobile Phone Number", "mobile"},
        {"Job Title", "title"},
        {"Country/Region", "country"},
        {"Lead Source", "source"},
        {"Create Date", "submitted_at"},
        {"UTM Campaign", "utm_campaign"},
        {"utm_source", "utm_source"},
        {"Number of Employees", "employees"},
        {"Imię", "first_name"},
    };
    for (const auto &[header, field] : cases)
        EXPECT_EQ(LeadFieldMap::recognise(QString::fromUtf8(header)), QString::fromLatin1(field)) << header;
    EXPECT_TRUE(LeadFieldMap::recognise(QStringLiteral("Favourite colour")).isEmpty());
}

TEST(LeadFieldMap, OverridesWinAndUnknownFieldsAreRefused)
{
    QString error;
    const QStringList headers{QStringLiteral("Kontakt"), QStringLiteral("Email"), QStringLiteral("Notes")};
    const LeadFieldMap map =
        LeadFieldMap::build(headers, {{QStringLiteral("kontakt"), QStringLiteral("full_name")}}, &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(map.column(QStringLiteral("full_name")), 0);
    EXPECT_EQ(map.column(QStringLiteral("email")), 1);
    EXPECT_EQ(map.unmapped(), QStringList{QStringLiteral("Notes")});
    const auto values = map.apply({QStringLiteral(" Anna Nowak "), QStringLiteral("anna@firma.pl")});
    EXPECT_EQ(values.value(QStringLiteral("full_name")), QStringLiteral("Anna Nowak"));

    LeadFieldMap::build(headers, {{QStringLiteral("Notes"), QStringLiteral("favourite_colour")}}, &error);
    EXPECT_TRUE(error.contains(QStringLiteral("favourite_colour")));
    error.clear();
    LeadFieldMap::build({QStringLiteral("Name")}, {}, &error);
    EXPECT_TRUE(error.contains(QStringLiteral("No email column")));
}

// Excel on a Polish, Bulgarian or Russian Windows saves "CSV" in the system's code page.
TEST(CsvReader, ReadsAFileThatIsNotUtf8InTheCodePageItsBytesPointTo)
{
    const std::pair<const char *, QString> cases[] = {
        {"WINDOWS-1250", QStringLiteral("Imię;Nazwisko\nŁukasz;Wójcik-Żółć\n")},
        {"WINDOWS-1251", QStringLiteral("Име;Фамилия\nИван;Петров\n")},
        {"WINDOWS-1252", QStringLiteral("Prénom;Nom\nJürgen;Müller\n")}};
    for (const auto &[codePage, text] : cases) {
        QStringEncoder encoder(codePage);
        QByteArray bytes;
        if (encoder.isValid()) {
            bytes = encoder.encode(text);
        } else { // Qt without ICU: the C library converts
            QProcess iconv;
            iconv.start(QStringLiteral("iconv"), {QStringLiteral("-f"), QStringLiteral("UTF-8"), QStringLiteral("-t"),
                                                  QString::fromLatin1(codePage)});
            iconv.write(text.toUtf8());
            iconv.closeWriteChannel();
            ASSERT_TRUE(iconv.waitForFinished());
            bytes = iconv.readAllStandardOutput();
        }
        ASSERT_FALSE(bytes.isEmpty()) << codePage;
        ASSERT_NE(bytes, text.toUtf8()) << codePage;
        EXPECT_STREQ(CsvReader::guessCodePage(bytes), codePage);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QStringList header;
        QStringList row;
        ASSERT_TRUE(reader.readRow(header));
        ASSERT_TRUE(reader.readRow(row));
        EXPECT_EQ(header.join(u';') + u'\n' + row.join(u';') + u'\n', text) << codePage;
        EXPECT_EQ(reader.legacyEncoding(), QString::fromLatin1(codePage).toLower());
    }
    // UTF-8 stays UTF-8.
    QByteArray utf8 = QStringLiteral("Imię\nŁukasz\n").toUtf8();
    QBuffer buffer(&utf8);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QStringList header;
    ASSERT_TRUE(reader.readRow(header));
    EXPECT_EQ(header.first(), QStringLiteral("Imię"));
    EXPECT_TRUE(reader.legacyEncoding().isEmpty());
}

// Excel's "Unicode Text" (tab-separated UTF-16 little-endian with a mark), and UTF-16 without one.
TEST(CsvReader, ReadsUnicodeTextAsExcelSavesIt)
{
    const QString text = QStringLiteral("First Name\tLast Name\tEmail\r\nŁukasz\tWójcik\tlukasz@dom-mebli.pl\r\n"
                                        "Иван\tПетров\tivan@stroy.bg\r\n");
    struct Case
    {
        QStringConverter::Encoding encoding;
        bool mark;
        const char *name;
    };
    // Mostly Cyrillic text without a mark: few zero bytes, but all on one side of each pair.
    QStringEncoder russian(QStringConverter::Utf16LE);
    QByteArray cyrillic = russian.encode(QStringLiteral("Имя\tФамилия\tЭлектронная почта\r\n"
                                                        "Владимир\tКонстантинопольский\tv@промтех.рф\r\n"));
    QBuffer cyrillicBuffer(&cyrillic);
    cyrillicBuffer.open(QIODevice::ReadOnly);
    CsvReader cyrillicReader(&cyrillicBuffer);
    QStringList cyrillicHeader;
    QString cyrillicError;
    ASSERT_TRUE(cyrillicReader.readHeader(cyrillicHeader, &cyrillicError)) << cyrillicError.toStdString();
    EXPECT_EQ(cyrillicHeader.last(), QStringLiteral("Электронная почта"));
    EXPECT_EQ(cyrillicReader.legacyEncoding(), QStringLiteral("utf-16le"));
    for (const Case &c :
         {Case{QStringConverter::Utf16LE, true, "utf-16le"}, Case{QStringConverter::Utf16LE, false, "utf-16le"},
          Case{QStringConverter::Utf16BE, true, "utf-16be"}}) {
        QStringEncoder encoder(c.encoding, c.mark ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
        QByteArray bytes = encoder.encode(text);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QStringList header;
        QString error;
        ASSERT_TRUE(reader.readHeader(header, &error)) << c.name << error.toStdString();
        EXPECT_EQ(header,
                  (QStringList{QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("Email")}))
            << c.name << c.mark;
        EXPECT_EQ(reader.delimiter(), QLatin1Char('\t'));
        QStringList row;
        ASSERT_TRUE(reader.readRow(row));
        EXPECT_EQ(row.first(), QStringLiteral("Łukasz"));
        ASSERT_TRUE(reader.readRow(row));
        EXPECT_EQ(row.at(1), QStringLiteral("Петров"));
        EXPECT_FALSE(reader.readRow(row));
        EXPECT_EQ(reader.legacyEncoding(), QString::fromLatin1(c.name));
    }
}

// A workbook or a PDF picked by mistake (or saved with a .csv name) is refused with what it is and
// what to do, not read as a file whose one column is called "PK".
TEST(CsvReader, SaysWhatAFileThatIsNotCsvIs)
{
    const std::pair<QByteArray, const char *> cases[] = {
        {QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + "[Content_Types].xml" + QByteArray(40, '\0') + "xl/workbook.xml",
         "workbook"},
        {QByteArray("PK\x03\x04\x14\x00\x00\x00", 8) + "mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
         "workbook"},
        {QByteArray("PK\x03\x04\x14\x00\x00\x00", 8) + "leads.csv" + QByteArray(20, '\0'), "ZIP"},
        {QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'), ".xls"},
        {QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"), "PDF"},
        {QByteArray("\x7F"
                    "ELF\x02\x01\x01",
                    7) +
             QByteArray(9, '\0') + QByteArray("\x02\x00\x3E\x00", 4),
         "binary"}};
    for (const auto &[head, what] : cases) {
        QByteArray bytes = head;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QStringList header;
        QString error;
        EXPECT_FALSE(reader.readHeader(header, &error)) << what;
        EXPECT_TRUE(error.contains(QLatin1String(what))) << what << ": " << error.toStdString();
        EXPECT_EQ(error, reader.fileError());
        EXPECT_FALSE(reader.readRow(header)) << what;
    }
    // A stray NUL in a text file is dropped, not taken for the end of the file or binary data.
    QByteArray nul("Email,Name\r\nanna@firma.pl,Anna\0\r\njan@firma.pl,Jan\r\n", 51);
    QBuffer nulBuffer(&nul);
    nulBuffer.open(QIODevice::ReadOnly);
    CsvReader nulReader(&nulBuffer);
    QStringList nulRow;
    QString nulError;
    ASSERT_TRUE(nulReader.readHeader(nulRow, &nulError)) << nulError.toStdString();
    ASSERT_TRUE(nulReader.readRow(nulRow));
    EXPECT_EQ(nulRow.last(), QStringLiteral("Anna"));
    ASSERT_TRUE(nulReader.readRow(nulRow));
    EXPECT_EQ(nulRow.first(), QStringLiteral("jan@firma.pl"));
    // Text that only starts like a signature is still text, and an empty file says so.
    QByteArray text("PKey,Email\n1,anna@firma.pl\n");
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QStringList header;
    QString error;
    EXPECT_TRUE(reader.readHeader(header, &error));
    EXPECT_TRUE(reader.fileError().isEmpty());
    QByteArray nothing;
    QBuffer empty(&nothing);
    empty.open(QIODevice::ReadOnly);
    CsvReader emptyReader(&empty);
    EXPECT_FALSE(emptyReader.readHeader(header, &error));
    EXPECT_TRUE(error.contains(QLatin1String("empty")));
}
