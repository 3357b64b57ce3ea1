#include "core/intake/CsvReader.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <array>

#include <iconv.h>

namespace lr {
namespace {
constexpr qsizetype kChunk = 64 * 1024;
constexpr qint64 kSniffBytes = 1024 * 1024;

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8); // stateful: a character cut at the end is no error
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

/// `bytes` in `codePage`, through the C library's iconv; empty with `ok` false when it cannot.
QString fromCodePage(const QByteArray &bytes, const char *codePage, bool *ok)
{
    *ok = false;
    const iconv_t cd = iconv_open("UTF-8", codePage);
    if (cd == reinterpret_cast<iconv_t>(-1))
        return {};
    QByteArray in = bytes;
    QByteArray out(bytes.size() * 4 + 16, Qt::Uninitialized);
    char *inPtr = in.data();
    std::size_t inLeft = static_cast<std::size_t>(in.size());
    char *outPtr = out.data();
    std::size_t outLeft = static_cast<std::size_t>(out.size());
    const std::size_t done = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
    iconv_close(cd);
    if (done == static_cast<std::size_t>(-1))
        return {};
    out.truncate(out.size() - static_cast<qsizetype>(outLeft));
    *ok = true;
    return QString::fromUtf8(out);
}

} // namespace

const char *CsvReader::guessCodePage(const QByteArray &bytes)
{
    // Cyrillic text in windows-1251 is mostly bytes from 0xC0 up; Polish or Czech text in
    // windows-1250 is mostly ASCII with letters such as ą ś ł ż (0xB9 0x9C 0xB3 0xBF), which in
    // windows-1252 would be rare signs (¹ œ ³ ¿).
    qsizetype ascii = 0;
    qsizetype cyrillic = 0;
    qsizetype central = 0;
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z'))
            ++ascii;
        else if (b >= 0xC0)
            ++cyrillic;
        switch (b) {
        case 0xA5:
        case 0xB9:
        case 0x8C:
        case 0x9C:
        case 0x8F:
        case 0x9F:
        case 0xA3:
        case 0xB3:
        case 0xAF:
        case 0xBF:
        case 0x8A:
        case 0x9A:
        case 0x8E:
        case 0x9E:
            ++central;
            break;
        default:
            break;
        }
    }
    if (cyrillic > ascii)
        return "WINDOWS-1251";
    if (central > 0)
        return "WINDOWS-1250";
    return "WINDOWS-1252";
}

const char *CsvReader::guessUtf16(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE"))
        return "utf-16le";
    if (bytes.startsWith("\xFE\xFF"))
        return "utf-16be";
    // Without a mark: separators, line ends, digits and addresses are ASCII, so in UTF-16 one of each
    // pair of bytes is often zero and the other almost never, and a separator or a line end shows up
    // with its zero byte. Cyrillic or Polish text in between has no zero bytes at all.
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return nullptr;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    bool evenSeparator = false; // "x\0" with x a separator or line end: little-endian
    bool oddSeparator = false;  // "\0x": big-endian
    const auto separator = [](char c) { return c == '\t' || c == ',' || c == ';' || c == '\n' || c == '\r'; };
    for (qsizetype i = 0; i < n; i += 2) {
        const char a = bytes.at(i);
        const char b = bytes.at(i + 1);
        evenZeros += a == '\0';
        oddZeros += b == '\0';
        evenSeparator = evenSeparator || (b == '\0' && separator(a));
        oddSeparator = oddSeparator || (a == '\0' && separator(b));
    }
    const qsizetype units = n / 2;
    if (evenSeparator && oddZeros * 20 >= units && evenZeros * 20 <= oddZeros)
        return "utf-16le";
    if (oddSeparator && evenZeros * 20 >= units && oddZeros * 20 <= evenZeros)
        return "utf-16be";
    return nullptr;
}

Words CsvReader::notText(const QByteArray &bytes)
{
    if (bytes.startsWith("PK\x03\x04")) {
        // A workbook is a ZIP archive whose first entries name what it is.
        const QByteArray start = bytes.left(4096);
        if (start.contains("xl/") || start.contains("[Content_Types].xml") ||
            start.contains("opendocument.spreadsheet"))
            return words(QT_TR_NOOP("This is an Excel or OpenDocument workbook, not a CSV file. Open it in your "
                                    "spreadsheet, save it as \"CSV UTF-8\" and import that file."));
        return words(QT_TR_NOOP("This is a ZIP archive, not a CSV file. Unpack it and import the CSV file inside."));
    }
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return words(QT_TR_NOOP("This is an Excel 97-2003 workbook (.xls), not a CSV file. Open it in your "
                                "spreadsheet, save it as \"CSV UTF-8\" and import that file."));
    if (bytes.startsWith("%PDF-"))
        return words(QT_TR_NOOP("This is a PDF document, not a CSV file. Export the list as CSV from where it "
                                "came and import that file."));
    // Text may hold a stray NUL or form feed; binary data is full of them.
    const QByteArray start = bytes.left(4096);
    const auto controls = std::count_if(start.cbegin(), start.cend(), [](char ch) {
        const auto b = static_cast<unsigned char>(ch);
        return b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B);
    });
    if (controls > std::max<qsizetype>(8, start.size() / 100))
        return words(QT_TR_NOOP("The file holds binary data, not text: it is not a CSV file."));
    return {};
}

CsvReader::CsvReader(QIODevice *device, QChar delimiter) : m_device(device), m_stream(device), m_delimiter(delimiter)
{
    m_stream.setEncoding(QStringConverter::Utf8);
    m_stream.setAutoDetectUnicode(true); // strips a BOM
    const QByteArray head = device->peek(kSniffBytes);
    if (const char *utf16 = guessUtf16(head)) {
        // Excel's "Unicode Text" and some CRM exports; a mark, if any, is stripped as for UTF-8.
        m_stream.setEncoding(qstrcmp(utf16, "utf-16le") == 0 ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        m_legacyEncoding = QString::fromLatin1(utf16);
    } else if (m_fileError = notText(head); !m_fileError.isEmpty()) {
        return; // nothing in it is read as rows
    } else if (!head.startsWith("\xEF\xBB\xBF") && !isUtf8(head)) {
        // Excel on Windows saves "CSV" in the system's code page, not UTF-8: read such a file in the
        // code page its bytes point to instead of turning every ą or и into a replacement character.
        const char *codePage = guessCodePage(head);
        bool ok = false;
        const QString text = fromCodePage(device->readAll(), codePage, &ok);
        if (ok) {
            m_buffer = text;
            m_buffer.remove(QChar(0));
            m_pos = 0;
            m_legacyEncoding = QString::fromLatin1(codePage).toLower();
        }
    }
    if (m_delimiter.isNull())
        sniffDelimiter();
}

qint64 CsvReader::bytesRead() const
{
    return m_device->pos();
}

bool CsvReader::fill()
{
    if (m_pos < m_buffer.size())
        return true;
    m_buffer = m_stream.read(kChunk);
    m_buffer.remove(QChar(0)); // a stray NUL in a text file is nothing, and QChar() means the end here
    m_pos = 0;
    if (!m_buffer.isEmpty() && m_buffer.at(0) == QChar(0xFEFF))
        m_pos = 1; // a BOM the stream did not eat
    return m_pos < m_buffer.size();
}

QChar CsvReader::peek()
{
    return fill() ? m_buffer.at(m_pos) : QChar();
}

QChar CsvReader::take()
{
    return fill() ? m_buffer.at(m_pos++) : QChar();
}

void CsvReader::sniffDelimiter()
{
    // The separator is the candidate (outside quotes) on the most of the first lines, then the most
    // often: a title above the header ("Trade fair leads, Berlin 2026" over a ";" file) or a
    // column of notes full of ";" in a "," file do not decide.
    fill();
    struct Count
    {
        QChar c;
        int lines = 0;
        int total = 0;
        int inLine = 0;
    };
    std::array<Count, 3> counts{Count{QLatin1Char(',')}, Count{QLatin1Char(';')}, Count{QLatin1Char('\t')}};
    const auto endLine = [&counts] {
        for (Count &n : counts) {
            n.lines += n.inLine > 0;
            n.inLine = 0;
        }
    };
    bool quoted = false;
    int lines = 0;
    for (qsizetype i = m_pos; i < m_buffer.size() && lines < 10; ++i) {
        const QChar c = m_buffer.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (c == QLatin1Char('\r') && i + 1 < m_buffer.size() && m_buffer.at(i + 1) == QLatin1Char('\n'))
                ++i; // CRLF is one line end; a lone CR (old Mac) is one too
            endLine();
            ++lines;
        } else if (!quoted) {
            for (Count &n : counts) {
                if (c == n.c) {
                    ++n.inLine;
                    ++n.total;
                }
            }
        }
    }
    endLine();
    const Count &best = *std::max_element(counts.cbegin(), counts.cend(), [](const Count &a, const Count &b) {
        return std::pair(a.lines, a.total) < std::pair(b.lines, b.total);
    });
    m_delimiter = best.total > 0 ? best.c : QLatin1Char(',');
}

bool CsvReader::isBlank(const QStringList &row)
{
    return std::all_of(row.cbegin(), row.cend(), [](const QString &cell) { return cell.trimmed().isEmpty(); });
}

bool CsvReader::readHeader(QStringList &headers, QString *error)
{
    if (readRow(headers))
        return true;
    if (error)
        *error = m_fileError.isEmpty() ? tr("The file is empty: it has no header row.") : m_fileError.text();
    return false;
}

bool CsvReader::readRow(QStringList &fields)
{
    fields.clear();
    m_rowError = {};
    if (!m_fileError.isEmpty())
        return false;
    // Skip blank lines between rows.
    while (true) {
        const QChar c = peek();
        if (c.isNull())
            return false;
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            take();
            if (c == QLatin1Char('\r') && peek() == QLatin1Char('\n'))
                take();
            ++m_line;
            continue;
        }
        break;
    }
    m_rowLine = m_line;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    qint64 quoteLine = m_line;
    while (true) {
        const QChar c = take();
        if (c.isNull()) {
            if (quoted) {
                m_rowError = words(QT_TR_NOOP("A quoted field that starts on line %1 is never closed."),
                                   {QString::number(quoteLine)});
                // The quote swallowed the rest of the file: this row keeps its own line, and the
                // lines after it are read again as rows of their own.
                static const QRegularExpression lineEnd(QStringLiteral("[\r\n]"));
                if (const qsizetype end = field.indexOf(lineEnd); end >= 0) {
                    m_buffer = field.mid(end);
                    m_pos = 0;
                    m_line = quoteLine;
                    field.truncate(end);
                }
            }
            fields.append(field);
            return true;
        }
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (peek() == QLatin1Char('"')) {
                    take();
                    field += QLatin1Char('"');
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && peek() != QLatin1Char('\n')))
                    ++m_line;
                field += c;
            }
            continue;
        }
        if (c == m_delimiter) {
            fields.append(wasQuoted ? field : field.trimmed());
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            quoteLine = m_line;
            field.clear();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && peek() == QLatin1Char('\n'))
                take();
            ++m_line;
            fields.append(wasQuoted ? field : field.trimmed());
            return true;
        } else {
            field += c; // a stray quote inside an unquoted field is kept as text
        }
    }
}

} // namespace lr
