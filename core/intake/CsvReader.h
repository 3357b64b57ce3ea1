#pragma once

#include "core/common/Words.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>
#include <QTextStream>

namespace lr {

/// Streams RFC 4180 CSV as spreadsheets and CRMs really write it: UTF-8 with or without BOM,
/// CRLF/LF/CR line ends, quoted fields with embedded delimiters, quotes and newlines, and
/// `,`, `;` (European Excel) or tab delimiters, sniffed from the header line when not given.
/// A malformed row (an unterminated quote) is reported on that row; reading goes on.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(lr::CsvReader)

public:
    explicit CsvReader(QIODevice *device, QChar delimiter = QChar());

    /// Reads the next row into `fields`; false at the end of the input. Blank lines are skipped.
    bool readRow(QStringList &fields);

    /// Problem with the row just read (empty when it was well-formed).
    QString rowError() const { return m_rowError.text(); }
    /// rowError() untranslated, for the journal (see Words).
    const Words &rowErrorWords() const { return m_rowError; }
    /// Physical line (1-based) the row just read started on.
    qint64 rowLine() const { return m_rowLine; }
    QChar delimiter() const { return m_delimiter; }
    /// "windows-1250", "windows-1251" or "windows-1252" when the file is not UTF-8 (as Excel saves a
    /// "CSV" on a Polish, Bulgarian, Russian or Western Windows) and was read in that code page;
    /// empty for UTF-8.
    const QString &legacyEncoding() const { return m_legacyEncoding; }
    /// The Windows code page a file that is not UTF-8 is most likely in, from its bytes.
    static const char *guessCodePage(const QByteArray &bytes);
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
    qint64 m_line = 1;
    qint64 m_rowLine = 0;
};

} // namespace lr
