#include "core/common/Words.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lr {

namespace {

const QString kContext = QStringLiteral("c");
const QString kSource = QStringLiteral("s");
const QString kArgs = QStringLiteral("a");
const QString kText = QStringLiteral("t");
const QString kCount = QStringLiteral("n");

/// `pattern` with %1…%99 replaced by `args` in one pass, so an argument that itself holds "%2"
/// stays as it is (as QString::arg with several arguments does).
QString substitute(const QString &pattern, const QStringList &args)
{
    QString out;
    out.reserve(pattern.size() + 16 * args.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c != QLatin1Char('%') || i + 1 >= pattern.size() || !pattern.at(i + 1).isDigit() ||
            pattern.at(i + 1) == QLatin1Char('0')) {
            out.append(c);
            continue;
        }
        int n = pattern.at(++i).digitValue();
        if (i + 1 < pattern.size() && pattern.at(i + 1).isDigit())
            n = n * 10 + pattern.at(++i).digitValue();
        out.append(n <= args.size() ? args.at(n - 1) : QStringLiteral("…"));
    }
    return out;
}

} // namespace

Words::Arg::Arg(const Words &words)
{
    // Words with nothing to translate are text, as they read back from the store.
    if (words.isPlain())
        m_text = words.text();
    else
        m_words = std::make_shared<const Words>(words);
}

bool Words::Arg::operator==(const Arg &other) const
{
    if (m_words || other.m_words)
        return m_words && other.m_words && *m_words == *other.m_words;
    return m_text == other.m_text;
}

Words::Words(const char *context, const char *source, QList<Arg> args)
{
    m_parts.append({QString::fromLatin1(context), QString::fromUtf8(source), std::move(args)});
}

Words::Words(const char *context, const char *source, int n, QList<Arg> args)
{
    m_parts.append({QString::fromLatin1(context), QString::fromUtf8(source), std::move(args), n});
}

Words Words::plain(const QString &text)
{
    Words w;
    if (!text.isEmpty())
        w.m_parts.append({QString(), text, {}});
    return w;
}

Words Words::list(const QList<Words> &items)
{
    Words out;
    for (const Words &item : items)
        out = out.isEmpty() ? item : Words("lr::Words", QT_TRANSLATE_NOOP("lr::Words", "%1, %2"), {out, item});
    return out;
}

Words Words::shipped(const char *context, const char *source, const QString &text, QList<Arg> args)
{
    const Words words(context, source, std::move(args));
    if (text == words.text())
        return words;
    QStringList argTexts; // the default as written, in English
    for (const Arg &a : words.m_parts.first().args)
        argTexts.append(a.m_words ? a.m_words->text() : a.m_text);
    return text == substitute(QString::fromUtf8(source), argTexts) ? words : plain(text);
}

Words Words::fromJson(const QJsonValue &value)
{
    if (value.isString())
        return plain(value.toString());
    if (!value.isArray())
        return {};
    Words w;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject o = item.toObject();
        if (o.contains(kText)) {
            w += plain(o.value(kText).toString());
            continue;
        }
        if (!o.value(kContext).isString() || !o.value(kSource).isString())
            return {};
        QList<Arg> args;
        for (const QJsonValue &a : o.value(kArgs).toArray()) {
            if (a.isArray()) { // words of their own
                args.append(Arg(fromJson(a)));
            } else {
                args.append(a.toString());
            }
        }
        w.m_parts.append({o.value(kContext).toString(), o.value(kSource).toString(), args, o.value(kCount).toInt(-1)});
    }
    return w;
}

Words Words::fromStored(const QString &stored)
{
    if (stored.startsWith(QLatin1Char('['))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && doc.isArray()) {
            if (Words w = fromJson(doc.array()); !w.isEmpty())
                return w;
        }
    }
    return plain(stored);
}

QString Words::text() const
{
    QStringList sentences;
    for (const Part &p : m_parts) {
        if (p.context.isEmpty()) {
            sentences.append(p.source);
            continue;
        }
        const QString translated =
            QCoreApplication::translate(p.context.toLatin1().constData(), p.source.toUtf8().constData(), nullptr, p.n);
        QStringList args;
        args.reserve(p.args.size());
        for (const Arg &a : p.args)
            args.append(a.m_words ? a.m_words->text() : a.m_text);
        sentences.append(substitute(translated, args));
    }
    return sentences.join(QLatin1Char(' '));
}

QJsonValue Words::toJson() const
{
    QJsonArray out;
    for (const Part &p : m_parts) {
        if (p.context.isEmpty()) {
            out.append(QJsonObject{{kText, p.source}});
            continue;
        }
        QJsonObject o{{kContext, p.context}, {kSource, p.source}};
        if (!p.args.isEmpty()) {
            QJsonArray args;
            for (const Arg &a : p.args) {
                args.append(a.m_words ? a.m_words->toJson() : QJsonValue(a.m_text));
            }
            o.insert(kArgs, args);
        }
        if (p.n >= 0)
            o.insert(kCount, p.n);
        out.append(o);
    }
    return out;
}

bool Words::isPlain() const
{
    return std::all_of(m_parts.cbegin(), m_parts.cend(), [](const Part &p) { return p.context.isEmpty(); });
}

QString Words::toStored() const
{
    // Plain text is stored as it is, readable in any tool, unless it could be taken for words.
    if (isPlain() && !text().startsWith(QLatin1Char('[')))
        return text();
    return QString::fromUtf8(QJsonDocument(toJson().toArray()).toJson(QJsonDocument::Compact));
}

QString Words::key() const
{
    if (m_parts.isEmpty())
        return {};
    Part first = m_parts.first();
    first.args.clear();
    first.n = -1; // "%n min" is one kind whatever the count
    Words kind;
    kind.m_parts.append(first);
    return kind.toStored();
}

Words &Words::operator+=(const Words &more)
{
    m_parts.append(more.m_parts);
    return *this;
}

} // namespace lr
