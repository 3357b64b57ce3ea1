#include "core/hygiene/EmailValidator.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <algorithm>

namespace lr {
namespace {

bool isAtext(QChar c)
{
    if (c.isLetterOrNumber())
        return true; // RFC 6531: any script
    static const QString specials = QStringLiteral("!#$%&'*+-/=?^_`{|}~");
    return specials.contains(c);
}

bool validLocalPart(const QString &local)
{
    if (local.isEmpty() || local.size() > 64 || local.startsWith(QLatin1Char('.')) ||
        local.endsWith(QLatin1Char('.')) || local.contains(QStringLiteral("..")))
        return false;
    for (const QChar c : local) {
        if (c != QLatin1Char('.') && !isAtext(c))
            return false;
    }
    return true;
}

bool validAsciiDomain(const QString &ace)
{
    if (ace.isEmpty() || ace.size() > 253)
        return false;
    const QStringList labels = ace.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    static const QRegularExpression label(QStringLiteral("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"));
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch())
            return false;
    }
    static const QRegularExpression tld(QStringLiteral("^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$"));
    return tld.match(labels.last()).hasMatch();
}

/// Reserved, example and placeholder domains (RFC 2606/6761 and what forms see every day).
bool isJunkDomain(const QString &domain)
{
    static const QSet<QString> exact{QStringLiteral("example.com"),
                                     QStringLiteral("example.org"),
                                     QStringLiteral("example.net"),
                                     QStringLiteral("test.com"),
                                     QStringLiteral("test.de"),
                                     QStringLiteral("test.pl"),
                                     QStringLiteral("test.bg"),
                                     QStringLiteral("test.ru"),
                                     QStringLiteral("testing.com"),
                                     QStringLiteral("domain.com"),
                                     QStringLiteral("yourdomain.com"),
                                     QStringLiteral("company.com"),
                                     QStringLiteral("email.test"),
                                     QStringLiteral("asdf.com"),
                                     QStringLiteral("foo.com"),
                                     QStringLiteral("bar.com"),
                                     QStringLiteral("abc.com"),
                                     QStringLiteral("xxx.com"),
                                     QStringLiteral("localhost.localdomain")};
    if (exact.contains(domain))
        return true;
    for (const char *tld : {".example", ".test", ".invalid", ".localhost", ".local"}) {
        if (domain.endsWith(QLatin1String(tld)))
            return true;
    }
    return false;
}

bool isJunkLocalPart(const QString &local)
{
    static const QSet<QString> placeholders{
        QStringLiteral("test"),    QStringLiteral("testing"),  QStringLiteral("tester"), QStringLiteral("asdf"),
        QStringLiteral("qwerty"),  QStringLiteral("abc"),      QStringLiteral("xxx"),    QStringLiteral("none"),
        QStringLiteral("noemail"), QStringLiteral("no-email"), QStringLiteral("nomail"), QStringLiteral("fake"),
        QStringLiteral("foo"),     QStringLiteral("foobar"),   QStringLiteral("sample"), QStringLiteral("dummy"),
        QStringLiteral("null"),    QStringLiteral("n/a"),      QStringLiteral("na"),     QStringLiteral("spam")};
    const QString l = local.toLower();
    if (placeholders.contains(l))
        return true;
    static const QRegularExpression repeated(QStringLiteral("^(.)\\1{3,}$")); // aaaa, 1111
    return repeated.match(l).hasMatch();
}

/// noreply@, do-not-reply@, mailer-daemon@: a system sends from it and nobody reads what comes back.
bool isNoReplyLocalPart(const QString &local)
{
    QString l = local.toLower();
    l.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char('.'));
    return l == QLatin1String("noreply") || l == QLatin1String("donotreply") || l == QLatin1String("mailerdaemon");
}

} // namespace

EmailCheck EmailValidator::check(const QString &raw) const
{
    using V = EmailCheck::Verdict;
    EmailCheck out;
    QString text = raw.trimmed();
    if (text.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        text = text.mid(7).trimmed();
    // "Anna Nowak <anna@firma.pl>", as mail programs and some exports write it.
    if (const qsizetype open = text.lastIndexOf(QLatin1Char('<')); open >= 0 && text.endsWith(QLatin1Char('>')))
        text = text.mid(open + 1, text.size() - open - 2).trimmed();
    // Two addresses in one cell ("a@x.pl; b@x.pl"): the first is the person's; say so.
    static const QRegularExpression separators(QStringLiteral("\\s*[;,]\\s*|\\s+(?=[^@\\s]+@)"));
    if (text.count(QLatin1Char('@')) > 1) {
        const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
        if (parts.size() > 1 &&
            std::all_of(parts.begin(), parts.end(), [](const QString &p) { return p.count(QLatin1Char('@')) == 1; })) {
            out.note = words(QT_TR_NOOP("The cell held %1 addresses; the first, %2, was kept."),
                             {QString::number(parts.size()), parts.first()});
            text = parts.first();
        }
    }
    // "carl @carlco.com", "anna@ firma.pl": spaces around the @ or a dot are typing slips.
    static const QRegularExpression looseSpaces(QStringLiteral("\\s*([@.])\\s*"));
    text.replace(looseSpaces, QStringLiteral("\\1"));
    if (text.isEmpty()) {
        out.reason = words(QT_TR_NOOP("No email address."));
        return out;
    }
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at < 0) {
        out.verdict = V::Malformed;
        out.reason = words(QT_TR_NOOP("\"%1\" has no @ sign."), {text});
        return out;
    }
    if (text.count(QLatin1Char('@')) > 1) {
        out.verdict = V::Malformed;
        out.reason = words(QT_TR_NOOP("\"%1\" has more than one @ sign."), {text});
        return out;
    }
    const QString local = text.left(at);
    QString domain = text.mid(at + 1).toLower();
    if (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    if (!validLocalPart(local)) {
        out.verdict = V::Malformed;
        out.reason = words(QT_TR_NOOP("The part before the @ in \"%1\" is not valid."), {text});
        return out;
    }
    const QString ace = QString::fromLatin1(QUrl::toAce(domain, QUrl::AceTransitionalProcessing));
    if (!validAsciiDomain(ace)) {
        out.verdict = V::Malformed;
        out.reason = words(QT_TR_NOOP("The domain of \"%1\" is not valid."), {text});
        return out;
    }
    out.domain = QUrl::fromAce(ace.toLatin1());
    out.asciiDomain = ace;
    out.address = local + QLatin1Char('@') + out.domain;

    if (isJunkDomain(ace) || isJunkLocalPart(local)) {
        out.verdict = V::Junk;
        out.reason = words(QT_TR_NOOP("%1 looks like a test or placeholder address."), {out.address});
        return out;
    }
    if (isNoReplyLocalPart(local)) {
        out.verdict = V::Junk;
        out.reason = words(QT_TR_NOOP("%1 is a no-reply address: nobody reads what is sent to it."), {out.address});
        return out;
    }
    const std::shared_ptr<const AdminDomainLists> admin = m_adminLists ? m_adminLists->current() : nullptr;
    if (admin && admin->isBlocked(local, ace)) {
        out.verdict = V::Junk;
        out.reason = words(QT_TR_NOOP("%1 is on the blocked address list."), {out.address});
        return out;
    }
    const DomainKind kind = admin ? admin->classify(ace, m_lists) : m_lists.classify(ace);
    if (kind == DomainKind::Disposable) {
        out.verdict = V::Disposable;
        out.reason = words(QT_TR_NOOP("%1 is a disposable (throwaway) mail domain."), {out.domain});
        return out;
    }
    out.freeMail = kind == DomainKind::FreeMail;
    out.verdict = V::Valid;
    return out;
}

bool EmailValidator::isFreeMailAddress(const QString &address) const
{
    QString domain = address.trimmed().section(QLatin1Char('@'), -1).toLower();
    if (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    if (domain.isEmpty() || !address.contains(QLatin1Char('@')))
        return false;
    const QString ace = QString::fromLatin1(QUrl::toAce(domain, QUrl::AceTransitionalProcessing));
    const std::shared_ptr<const AdminDomainLists> admin = m_adminLists ? m_adminLists->current() : nullptr;
    return (admin ? admin->classify(ace, m_lists) : m_lists.classify(ace)) == DomainKind::FreeMail;
}

QString EmailValidator::dedupKey(const QString &address)
{
    const QString a = address.trimmed().toLower();
    const qsizetype at = a.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return a;
    QString local = a.left(at);
    QString domain = a.mid(at + 1);
    const qsizetype plus = local.indexOf(QLatin1Char('+'));
    if (plus > 0)
        local.truncate(plus);
    if (domain == QLatin1String("googlemail.com"))
        domain = QStringLiteral("gmail.com");
    if (domain == QLatin1String("gmail.com"))
        local.remove(QLatin1Char('.'));
    return local + QLatin1Char('@') + domain;
}

} // namespace lr
