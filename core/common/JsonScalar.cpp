#include "core/common/JsonScalar.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lr {

bool isJsonScalar(const QByteArray &text)
{
    // Wrapped in brackets, one value of any kind is an array of one; objects and arrays the caller
    // has already parsed, so only scalars get this far with a parse error of their own.
    QJsonParseError error;
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + text + ']', &error);
    if (error.error != QJsonParseError::NoError || !wrapped.isArray() || wrapped.array().size() != 1)
        return false;
    const QJsonValue value = wrapped.array().first();
    return !value.isObject() && !value.isArray();
}

Words jsonErrorWords(QJsonParseError::ParseError error)
{
    // The texts and context of Qt's qjsonparser.cpp, so Qt's translations of them apply.
    const char *source = nullptr;
    switch (error) {
    case QJsonParseError::NoError:
        source = QT_TRANSLATE_NOOP("QJsonParseError", "no error occurred");
        break;
    case QJsonParseError::UnterminatedObject:
        source = QT_TRANSLATE_NOOP("QJsonParseError", "unterminated object");
        break;
    case QJsonParseError::MissingNameSeparator:
        source = QT_TRANSLATE_NOOP("QJsonParseError", "missing name separator");
        break;
    case QJsonParseError::UnterminatedArray:
        source = QT_TRANSLATE_NOOP("QJsonParseError", "unterminated array");
        break;
    case QJsonParseError::MissingValueSeparator:
        source = QT_TRANSLATE_NOOP("QJsonParseError", "missing value separator");
        break;
    case QJsonParseError::IllegalValue:
        source = QT_TRANSLATE_NOOP("QJsonParseError", "illegal value");
        break;
    case QJsonParseError::TerminationByNumber:
        source = QT_TRANSLATE_NOOP("QJsonParseError", "invalid termination by number");
        break;
    case QJsonParseError::IllegalNumber:
        source = QT_TRANSLATE_NOOP("QJsonParseError", "illegal number");
        break;
    case QJsonParseError::IllegalEscapeSequence:
        source = QT_TRANSLATE_NOOP("QJsonParseError", "invalid escape sequence");
        break;
    case QJsonParseError::IllegalUTF8String:
        source = QT_TRANSLATE_NOOP("QJsonParseError", "invalid UTF8 string");
        break;
    case QJsonParseError::UnterminatedString:
        source = QT_TRANSLATE_NOOP("QJsonParseError", "unterminated string");
        break;
    case QJsonParseError::MissingObject:
        source = QT_TRANSLATE_NOOP("QJsonParseError", "object is missing after a comma");
        break;
    case QJsonParseError::DeepNesting:
        source = QT_TRANSLATE_NOOP("QJsonParseError", "too deeply nested document");
        break;
    case QJsonParseError::DocumentTooLarge:
        source = QT_TRANSLATE_NOOP("QJsonParseError", "too large document");
        break;
    case QJsonParseError::GarbageAtEnd:
        source = QT_TRANSLATE_NOOP("QJsonParseError", "garbage at the end of the document");
        break;
    }
    return source ? Words("QJsonParseError", source) : Words();
}

} // namespace lr
