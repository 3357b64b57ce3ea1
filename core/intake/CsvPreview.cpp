#include "core/intake/CsvPreview.h"

#include "core/intake/CsvReader.h"
#include "core/intake/LeadFieldMap.h"

#include <QDir>
#include <QFile>

namespace lr {

Result<CsvPreview> CsvPreview::read(QIODevice *device, int maxRows)
{
    using R = Result<CsvPreview>;
    CsvPreview preview;
    preview.fileSize = device->size();
    preview.byteOrderMark = device->peek(3) == QByteArray("\xEF\xBB\xBF");
    CsvReader reader(device);
    LeadHeader header = LeadFieldMap::readHeader(reader, {});
    if (header.headers.isEmpty())
        return R::failure(header.error);
    preview.headers = header.headers;
    preview.rowsAbove = header.above;
    preview.headerLine = header.line;
    preview.delimiter = reader.delimiter();
    preview.legacyEncoding = reader.legacyEncoding();
    for (const QString &name : std::as_const(preview.headers))
        preview.recognised.append(LeadFieldMap::recognise(name));
    auto add = [&](const QStringList &row) {
        if (preview.rows.size() >= maxRows) {
            preview.moreRows = true;
            return false;
        }
        preview.rows.append(row);
        return true;
    };
    for (const QStringList &row : std::as_const(header.pending)) {
        if (!add(row))
            return preview;
    }
    QStringList row;
    while (reader.readRow(row)) {
        if (!add(row))
            break;
    }
    return preview;
}

Result<CsvPreview> CsvPreview::readFile(const QString &path, int maxRows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<CsvPreview>::failure(
            tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return read(&file, maxRows);
}

QString CsvPreview::delimiterName() const
{
    if (delimiter == QLatin1Char(';'))
        return tr("Semicolon");
    if (delimiter == QLatin1Char('\t'))
        return tr("Tab");
    return tr("Comma");
}

} // namespace lr
