#include "core/intake/CsvReader.h"

#include <QRegularExpression>

namespace lr {
namespace {
constexpr qsizetype kChunk = 64 * 1024;
} // namespace

CsvReader::CsvReader(QIODevice *device, QChar delimiter) : m_device(device), m_stream(device), m_delimiter(delimiter)
{
    m_stream.setEncoding(QStringConverter::Utf8);
    m_stream.setAutoDetectUnicode(true); // strips a BOM
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
    // Count candidates on the first line, outside quotes.
    fill();
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const QChar c = m_buffer.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++comma;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolon;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tab;
    }
    if (tab > comma && tab > semicolon)
        m_delimiter = QLatin1Char('\t');
    else if (semicolon > comma)
        m_delimiter = QLatin1Char(';');
    else
        m_delimiter = QLatin1Char(',');
}

bool CsvReader::readRow(QStringList &fields)
{
    fields.clear();
    m_rowError.clear();
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
                m_rowError = tr("A quoted field that starts on line %1 is never closed.").arg(quoteLine);
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
