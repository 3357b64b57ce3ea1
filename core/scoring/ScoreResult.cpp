#include "core/scoring/ScoreResult.h"

#include <QJsonObject>

namespace lr {

QJsonArray ScoreResult::linesToJson() const
{
    QJsonArray out;
    for (const ScoreLine &l : lines) {
        out.append(QJsonObject{{QStringLiteral("rule"), l.ruleId},
                               {QStringLiteral("name"), l.ruleName},
                               {QStringLiteral("axis"), toKey(l.axis)},
                               {QStringLiteral("points"), l.points},
                               {QStringLiteral("fact"), l.fact},
                               {QStringLiteral("at"), l.at}});
    }
    return out;
}

namespace {

/// A JSON string as QJsonDocument writes it: quote, backslash, control characters and lone
/// surrogates escaped, everything else as it is.
void appendJsonString(QString &out, const QString &text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += QLatin1Char('"');
    qsizetype plain = 0; // start of the run not yet copied
    const qsizetype n = text.size();
    const QChar *data = text.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = data[i].unicode();
        if (u >= 0x20 && u != u'"' && u != u'\\' && !QChar::isSurrogate(u))
            continue;
        if (QChar::isHighSurrogate(u) && i + 1 < n && data[i + 1].isLowSurrogate()) {
            ++i; // a pair: one character outside the BMP, written as it is
            continue;
        }
        out.append(data + plain, i - plain);
        plain = i + 1;
        out += QLatin1Char('\\');
        switch (u) {
        case u'"':
            out += QLatin1Char('"');
            break;
        case u'\\':
            out += QLatin1Char('\\');
            break;
        case u'\b':
            out += QLatin1Char('b');
            break;
        case u'\f':
            out += QLatin1Char('f');
            break;
        case u'\n':
            out += QLatin1Char('n');
            break;
        case u'\r':
            out += QLatin1Char('r');
            break;
        case u'\t':
            out += QLatin1Char('t');
            break;
        default: // other control characters and lone surrogates: \u and four hex digits
            out += QLatin1Char('u');
            for (int shift = 12; shift >= 0; shift -= 4)
                out += QLatin1Char(kHex[(u >> shift) & 0xf]);
        }
    }
    out.append(data + plain, n - plain);
    out += QLatin1Char('"');
}

} // namespace

QString ScoreResult::linesToCompactJson() const
{
    // QJsonObject keeps its keys sorted: at, axis, fact, name, points, rule.
    QString out;
    out.reserve(64 + lines.size() * 160);
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const ScoreLine &l = lines.at(i);
        if (i > 0)
            out += QLatin1Char(',');
        out += QLatin1String("{\"at\":");
        out += QString::number(l.at);
        out += QLatin1String(",\"axis\":");
        appendJsonString(out, toKey(l.axis));
        out += QLatin1String(",\"fact\":");
        appendJsonString(out, l.fact);
        out += QLatin1String(",\"name\":");
        appendJsonString(out, l.ruleName);
        out += QLatin1String(",\"points\":");
        out += QString::number(l.points);
        out += QLatin1String(",\"rule\":");
        appendJsonString(out, l.ruleId);
        out += QLatin1Char('}');
    }
    out += QLatin1Char(']');
    return out;
}

QList<ScoreLine> ScoreResult::linesFromJson(const QJsonArray &json)
{
    QList<ScoreLine> out;
    for (const QJsonValue &v : json) {
        const QJsonObject o = v.toObject();
        ScoreLine l;
        l.ruleId = o.value(QLatin1String("rule")).toString();
        l.ruleName = o.value(QLatin1String("name")).toString();
        l.axis = scoreAxisFromKey(o.value(QLatin1String("axis")).toString()).value_or(ScoreAxis::Fit);
        l.points = o.value(QLatin1String("points")).toInt();
        l.fact = o.value(QLatin1String("fact")).toString();
        l.at = static_cast<Instant>(o.value(QLatin1String("at")).toDouble());
        out.append(l);
    }
    return out;
}

} // namespace lr
