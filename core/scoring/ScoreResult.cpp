#include "core/scoring/ScoreResult.h"

#include <QJsonObject>

namespace lr {
namespace {

/// A line of no rule (the over-scoring guard): its name, like its words, comes from the code in
/// the reader's language, so the store keeps none.
bool isBuiltIn(const ScoreLine &l)
{
    return !l.parts.isEmpty() && l.parts.front().condition < 0;
}

} // namespace

QJsonArray ScoreResult::linesToJson() const
{
    QJsonArray out;
    for (const ScoreLine &l : lines) {
        QJsonObject o{{QStringLiteral("rule"), l.ruleId},
                      {QStringLiteral("name"), isBuiltIn(l) ? QString() : l.ruleName},
                      {QStringLiteral("axis"), toKey(l.axis)},
                      {QStringLiteral("points"), l.points},
                      {QStringLiteral("at"), l.at}};
        if (l.parts.isEmpty()) {
            o.insert(QStringLiteral("fact"), l.fact);
        } else {
            QJsonArray why;
            for (const TriggerPart &part : l.parts)
                why.append(QJsonArray{part.condition, part.value});
            o.insert(QStringLiteral("why"), why);
        }
        out.append(o);
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
    // QJsonObject keeps its keys sorted: at, axis, fact or why (last), name, points, rule.
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
        if (l.parts.isEmpty()) {
            out += QLatin1String(",\"fact\":");
            appendJsonString(out, l.fact);
        }
        out += QLatin1String(",\"name\":");
        appendJsonString(out, isBuiltIn(l) ? QString() : l.ruleName);
        out += QLatin1String(",\"points\":");
        out += QString::number(l.points);
        out += QLatin1String(",\"rule\":");
        appendJsonString(out, l.ruleId);
        if (!l.parts.isEmpty()) {
            out += QLatin1String(",\"why\":[");
            for (qsizetype p = 0; p < l.parts.size(); ++p) {
                if (p > 0)
                    out += QLatin1Char(',');
                out += QLatin1Char('[');
                out += QString::number(l.parts.at(p).condition);
                out += QLatin1Char(',');
                appendJsonString(out, l.parts.at(p).value);
                out += QLatin1Char(']');
            }
            out += QLatin1Char(']');
        }
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
        for (const QJsonValue &part : o.value(QLatin1String("why")).toArray()) {
            const QJsonArray pair = part.toArray();
            l.parts.append({pair.at(0).toInt(-1), pair.at(1).toString()});
        }
        out.append(l);
    }
    return out;
}

} // namespace lr
