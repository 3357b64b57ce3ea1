#pragma once

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
    const QString &rowError() const { return m_rowError; }
    /// Physical line (1-based) the row just read started on.
    qint64 rowLine() const { return m_rowLine; }
    QChar delimiter() const { return m_delimiter; }
    /// Bytes consumed so far (for progress bars).
    qint64 bytesRead() const;

private:
    bool fill();
    QChar peek();
    QChar take();
    void sniffDelimiter();

    QIODevice *m_device;
    QTextStream m_stream;
    QString m_buffer;
    qsizetype m_pos = 0;
    QChar m_delimiter;
    QString m_rowError;
    qint64 m_line = 1;
    qint64 m_rowLine = 0;
};

} // namespace lr
