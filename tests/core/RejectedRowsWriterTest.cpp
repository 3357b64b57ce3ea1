#include "core/intake/RejectedRowsWriter.h"

#include "core/intake/CsvReader.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace lr;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    CsvReader reader(&file);
    QList<QStringList> rows;
    QStringList row;
    while (reader.readRow(row))
        rows.append(row);
    return rows;
}

} // namespace

TEST(RejectedRowsWriter, WritesTheOriginalRowsWithTheirReasons)
{
    QTemporaryDir dir;
    const QString source = writeFile(dir, QStringLiteral("in.csv"),
                                     "\xEF\xBB\xBFName;Email;Note\r\n"
                                     "Anna;anna@firma.pl;ok\r\n"
                                     "\r\n" // blank lines are not rows
                                     "Junk;test@test.com;\"two\nlines; and a \"\"quote\"\"\"\r\n"
                                     "Short;\r\n");
    const QString target = dir.filePath(QStringLiteral("rejected.csv"));
    const auto written = RejectedRowsWriter::write(
        source, {{2, QStringLiteral("test address")}, {3, QStringLiteral("no email")}}, target);
    ASSERT_TRUE(written) << written.error().toStdString();
    EXPECT_EQ(written.value(), 2);

    QFile raw(target);
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    EXPECT_TRUE(raw.peek(3) == QByteArray("\xEF\xBB\xBF"));
    const QList<QStringList> rows = readCsv(target);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(0), (QStringList{QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("Note"),
                                       QStringLiteral("Reason")}));
    EXPECT_EQ(rows.at(1), (QStringList{QStringLiteral("Junk"), QStringLiteral("test@test.com"),
                                       QStringLiteral("two\nlines; and a \"quote\""), QStringLiteral("test address")}));
    EXPECT_EQ(rows.at(2), (QStringList{QStringLiteral("Short"), QString(), QString(), QStringLiteral("no email")}));
}

TEST(RejectedRowsWriter, RefusesToOverwriteTheSourceOrInventRows)
{
    QTemporaryDir dir;
    const QByteArray original = "email\na@firma.pl\n";
    const QString source = writeFile(dir, QStringLiteral("in.csv"), original);
    EXPECT_FALSE(RejectedRowsWriter::write(source, {{1, QStringLiteral("x")}}, source));
    QFile check(source);
    check.open(QIODevice::ReadOnly);
    EXPECT_EQ(check.readAll(), original);
    const auto missing =
        RejectedRowsWriter::write(source, {{5, QStringLiteral("x")}}, dir.filePath(QStringLiteral("o.csv")));
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().contains(QStringLiteral("fewer rows")));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("o.csv")))); // nothing half-written
}

TEST(RejectedRowsWriter, QuotesOnlyWhatNeedsIt)
{
    EXPECT_EQ(
        RejectedRowsWriter::line({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral(" d")}, QLatin1Char(',')),
        QStringLiteral("a,\"b,c\",\" d\""));
    EXPECT_EQ(RejectedRowsWriter::line({QStringLiteral("b,c")}, QLatin1Char(';')), QStringLiteral("b,c"));
}

// Excel ends a sheet, or separates blocks, with lines of empty cells; the importer does not count
// them as rows, so the rejected rows file must not either, or every reason lands on the wrong row.
TEST(RejectedRowsWriter, CountsRowsAsTheImporterDoesPastLinesOfEmptyCells)
{
    QTemporaryDir dir;
    const QString source = writeFile(dir, QStringLiteral("in.csv"),
                                     "Name;Email\r\n"
                                     "Anna;anna@firma.pl\r\n"
                                     ";;\r\n"
                                     " ; \r\n"
                                     "Junk;test@test.com\r\n");
    const QString target = dir.filePath(QStringLiteral("rejected.csv"));
    const auto written = RejectedRowsWriter::write(source, {{2, QStringLiteral("test address")}}, target);
    ASSERT_TRUE(written) << written.error().toStdString();
    const QList<QStringList> rows = readCsv(target);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(1),
              (QStringList{QStringLiteral("Junk"), QStringLiteral("test@test.com"), QStringLiteral("test address")}));
}

TEST(RejectedRowsWriter, StartsAtTheHeaderTheImporterFoundBelowATitle)
{
    QTemporaryDir dir;
    const QString source = writeFile(dir, QStringLiteral("in.csv"),
                                     "Trade fair leads;\r\n"
                                     ";\r\n"
                                     "Stand B12;\r\n"
                                     "Name;Email\r\n"
                                     "Anna;anna@firma.pl\r\n"
                                     "Junk;test@test.com\r\n");
    const QString target = dir.filePath(QStringLiteral("rejected.csv"));
    const auto written = RejectedRowsWriter::write(source, {{2, QStringLiteral("test address")}}, target, 2);
    ASSERT_TRUE(written) << written.error().toStdString();
    const QList<QStringList> rows = readCsv(target);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0), (QStringList{QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("Reason")}));
    EXPECT_EQ(rows.at(1),
              (QStringList{QStringLiteral("Junk"), QStringLiteral("test@test.com"), QStringLiteral("test address")}));
}
