#include "core/intake/RejectedRowsWriter.h"

#include "core/intake/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

namespace lr {

QString RejectedRowsWriter::line(const QStringList &fields, QChar delimiter)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields) {
        const bool needsQuotes = f.contains(delimiter) || f.contains(QLatin1Char('"')) ||
                                 f.contains(QLatin1Char('\n')) || f.contains(QLatin1Char('\r')) ||
                                 (!f.isEmpty() && (f.front().isSpace() || f.back().isSpace()));
        if (!needsQuotes) {
            quoted.append(f);
            continue;
        }
        QString escaped = f;
        escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
        quoted.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
    }
    return quoted.join(delimiter);
}

Result<qint64> RejectedRowsWriter::write(const QString &sourcePath, const QList<ImportSummary::RowError> &errors,
                                         const QString &targetPath, qsizetype rowsAboveHeader)
{
    using R = Result<qint64>;
    if (QFileInfo(sourcePath).canonicalFilePath() == QFileInfo(targetPath).canonicalFilePath() &&
        QFileInfo::exists(targetPath))
        return R::failure(
            tr("Choose another file: %1 is the file that was imported.").arg(QDir::toNativeSeparators(targetPath)));
    QHash<qint64, QString> reasons;
    for (const ImportSummary::RowError &e : errors)
        reasons.insert(e.row, e.reason);

    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(sourcePath), source.errorString()));
    CsvReader reader(&source);
    QStringList header;
    if (!reader.fileError().isEmpty())
        return R::failure(reader.fileError());
    qsizetype above = 0;
    bool read = false;
    while ((read = reader.readRow(header))) {
        if (CsvReader::isBlank(header))
            continue; // nothing, as the importer saw it
        if (above == rowsAboveHeader)
            break;
        ++above; // a title or a note above the header, as the importer skipped it
    }
    if (!read)
        return R::failure(
            tr("%1 is empty now; was it changed after the import?").arg(QDir::toNativeSeparators(sourcePath)));

    QSaveFile target(targetPath);
    if (!target.open(QIODevice::WriteOnly))
        return R::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(targetPath), target.errorString()));
    const QChar delimiter = reader.delimiter();
    auto put = [&](QStringList fields, const QString &last) {
        fields.append(last);
        target.write((line(fields, delimiter) + QStringLiteral("\r\n")).toUtf8());
    };
    target.write("\xEF\xBB\xBF");
    put(header, tr("Reason"));

    qint64 row = 0;
    qint64 written = 0;
    QStringList fields;
    while (written < reasons.size() && reader.readRow(fields)) {
        if (CsvReader::isBlank(fields))
            continue; // the importer does not count it either
        ++row;
        const auto it = reasons.constFind(row);
        if (it == reasons.constEnd())
            continue;
        while (fields.size() < header.size())
            fields.append(QString()); // short rows keep the reason in its own column
        put(fields, *it);
        ++written;
    }
    if (written < reasons.size())
        return R::failure(tr("%1 has fewer rows than were imported; was it changed after the import?")
                              .arg(QDir::toNativeSeparators(sourcePath)));
    if (!target.commit())
        return R::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(targetPath), target.errorString()));
    return written;
}

} // namespace lr
