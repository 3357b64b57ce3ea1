#pragma once

#include "core/common/Words.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>
#include <QTextStream>

namespace lr {

/// Streams RFC 4180 CSV as spreadsheets and CRMs really write it: UTF-8 with or without BOM,
/// UTF-16 (Excel's "Unicode Text"), a Windows code page, CRLF/LF/CR line ends, quoted fields with embedded delimiters,
/// quotes and newlines, and
/// `,`, `;` (European Excel) or tab delimiters, sniffed from the header line when not given.
/// A malformed row (an unterminated quote) is reported on that row; reading goes on.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(lr::CsvReader)

public:
    explicit CsvReader(QIODevice *device, QChar delimiter = QChar());

    /// Reads the next row into `fields`; false at the end of the input. Blank lines are skipped.
    bool readRow(QStringList &fields);
    /// A line of empty cells (";;;;;;" from Excel): nothing to keep, and not counted as a row.
    static bool isBlank(const QStringList &row);
    /// Reads the first row as the header; false with `error` (translated) when the file is not text
    /// (fileError()) or holds no row at all.
    bool readHeader(QStringList &headers, QString *error);

    /// Why the file cannot be read as CSV at all: a workbook, a PDF or other binary data saved
    /// with a .csv name. Empty for text; readRow() reads nothing from such a file.
    QString fileError() const { return m_fileError.text(); }

    /// Problem with the row just read (empty when it was well-formed).
    QString rowError() const { return m_rowError.text(); }
    /// rowError() untranslated, for the journal (see Words).
    const Words &rowErrorWords() const { return m_rowError; }
    /// Physical line (1-based) the row just read started on.
    qint64 rowLine() const { return m_rowLine; }
    QChar delimiter() const { return m_delimiter; }
    /// "windows-1250", "windows-1251" or "windows-1252" when the file is not UTF-8 (as Excel saves a
    /// "CSV" on a Polish, Bulgarian, Russian or Western Windows) and was read in that code page;
    /// "utf-16le" or "utf-16be" for Unicode text; empty for UTF-8.
    const QString &legacyEncoding() const { return m_legacyEncoding; }
    /// The Windows code page a file that is not UTF-8 is most likely in, from its bytes.
    static const char *guessCodePage(const QByteArray &bytes);
    /// "utf-16le" or "utf-16be" when `bytes` (the start of a file) are UTF-16, by their byte order
    /// mark or, without one, by the zero bytes every ASCII character carries; nullptr otherwise.
    static const char *guessUtf16(const QByteArray &bytes);
    /// Why bytes that start like these are not a CSV file (see fileError()); empty when they may be.
    static Words notText(const QByteArray &bytes);
    /// Bytes consumed so far (for progress bars).
    qint64 bytesRead() const;

private:
    LR_DECLARE_WORDS(lr::CsvReader)

    bool fill();
    QChar peek();
    QChar take();
    void sniffDelimiter();

    QIODevice *m_device;
    QTextStream m_stream;
    QString m_buffer;
    qsizetype m_pos = 0;
    QChar m_delimiter;
    QString m_legacyEncoding;
    Words m_rowError;
    Words m_fileError;
    qint64 m_line = 1;
    qint64 m_rowLine = 0;
};

} // namespace lr
