#pragma once

#include <QSet>
#include <QString>

namespace lr {

/// What an email domain says about the person behind it.
enum class DomainKind { Corporate, FreeMail, Disposable };

/// The free-mail and disposable-domain lists (shipped in resources/data/email-domains, plus
/// domains an admin adds). A domain on both lists counts as disposable. Subdomains inherit
/// their parent's kind ("x.mailinator.com" is disposable).
class DomainLists final
{
public:
    /// The shipped lists, loaded once from the core resources.
    static const DomainLists &bundled();

    DomainLists() = default;
    DomainLists(QSet<QString> freeMail, QSet<QString> disposable);

    void addFreeMail(const QString &domain);
    void addDisposable(const QString &domain);

    DomainKind classify(const QString &domain) const;
    bool isFreeMail(const QString &domain) const { return classify(domain) == DomainKind::FreeMail; }
    bool isDisposable(const QString &domain) const { return classify(domain) == DomainKind::Disposable; }

    /// Whether `domain` or one of its parent domains (never a bare TLD) is in `set`.
    static bool matches(const QSet<QString> &set, const QString &domain);

    qsizetype freeMailCount() const { return m_freeMail.size(); }
    qsizetype disposableCount() const { return m_disposable.size(); }

private:
    QSet<QString> m_freeMail;
    QSet<QString> m_disposable;
};

} // namespace lr
