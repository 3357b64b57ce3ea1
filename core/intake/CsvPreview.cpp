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
    if (QString error; !reader.readHeader(preview.headers, &error))
        return R::failure(error);
    preview.delimiter = reader.delimiter();
    preview.legacyEncoding = reader.legacyEncoding();
    for (const QString &header : std::as_const(preview.headers))
        preview.recognised.append(LeadFieldMap::recognise(header));
    QStringList row;
    while (reader.readRow(row)) {
        if (preview.rows.size() >= maxRows) {
            preview.moreRows = true;
            break;
        }
        preview.rows.append(row);
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
