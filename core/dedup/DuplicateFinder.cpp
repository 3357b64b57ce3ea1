#include "core/dedup/DuplicateFinder.h"

#include "core/dedup/Similarity.h"
#include "core/store/Store.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace lr {

/// A profile with its folded comparison keys computed once per block.
struct DuplicateFinder::Prepared
{
    const LeadProfile *lead = nullptr;
    QString first;
    QString last;
    QString full;
    QString swapped;
    QString local;  ///< Folded local part of the email ("j.smith+x" → "jsmithx").
    QString domain; ///< Domain of the email, lower case.
};

namespace {

using Prepared = DuplicateFinder::Prepared;

Prepared prepare(const LeadProfile &lead)
{
    Prepared p;
    p.lead = &lead;
    p.first = Similarity::fold(lead.firstName);
    p.last = Similarity::fold(lead.lastName);
    p.full = p.first + QLatin1Char(' ') + p.last;
    p.swapped = p.last + QLatin1Char(' ') + p.first;
    const QString key = lead.emailKey.isEmpty() ? lead.email.toLower() : lead.emailKey;
    const qsizetype at = key.lastIndexOf(QLatin1Char('@'));
    if (at > 0) {
        p.local = Similarity::fold(key.left(at));
        p.domain = key.mid(at + 1);
    }
    return p;
}

/// "Jon" and "John", "Alex" and "Alexander", "J" and "John".
bool firstNamesCompatible(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (a.startsWith(b) || b.startsWith(a))
        return true;
    return Similarity::jaroWinkler(a, b) >= 0.85;
}

int percent(double similarity)
{
    return static_cast<int>(std::lround(similarity * 100.0));
}

} // namespace

Status DuplicateFinder::mayReview(const AccessScope &scope)
{
    if (scope.role == Role::Rep)
        return Status::failure(tr("Only managers and admins can review and merge duplicates."));
    return {};
}

DuplicateCandidate DuplicateFinder::score(const LeadProfile &a, const LeadProfile &b) const
{
    return scorePrepared(prepare(a), prepare(b), m_lists);
}

DuplicateCandidate DuplicateFinder::scorePrepared(const Prepared &pa, const Prepared &pb, const DomainLists &lists)
{
    const LeadProfile &a = *pa.lead;
    const LeadProfile &b = *pb.lead;
    DuplicateCandidate c;
    const bool aFirst = a.createdAt < b.createdAt || (a.createdAt == b.createdAt && a.id < b.id);
    c.first = aFirst ? a : b;
    c.second = aFirst ? b : a;

    const bool havenames = !pa.last.isEmpty() && !pb.last.isEmpty() && !pa.first.isEmpty() && !pb.first.isEmpty();
    const double nameSim =
        havenames ? std::max(Similarity::jaroWinkler(pa.full, pb.full), Similarity::jaroWinkler(pa.full, pb.swapped))
                  : 0.0;
    const bool sameName = havenames && (pa.full == pb.full || pa.full == pb.swapped);
    const bool samePhone = !a.phone.isEmpty() && a.phone == b.phone;
    const bool sameCompany = a.companyId && a.companyId == b.companyId;
    const bool similarNames =
        havenames && (nameSim >= 0.90 || (pa.last == pb.last && firstNamesCompatible(pa.first, pb.first)) ||
                      (pa.first == pb.first && Similarity::editDistance(pa.last, pb.last, 1) <= 1));
    const bool corporateEmail = !pa.domain.isEmpty() && pa.domain == pb.domain && !lists.isFreeMail(pa.domain);
    const bool similarEmails = corporateEmail && pa.local.size() >= 4 && pa.local != pb.local &&
                               Similarity::editDistance(pa.local, pb.local, 2) <= 2;

    QStringList reasons;
    int score = 0;
    if (samePhone) {
        reasons.append(tr("Same phone %1").arg(a.phone));
        if (sameName || similarNames) {
            score = 80 + static_cast<int>(std::lround(20.0 * std::clamp((nameSim - 0.8) / 0.2, 0.0, 1.0)));
        } else {
            score = kMinScore; // a shared line: worth a look, no more
            reasons.append(tr("different names"));
        }
    } else if (sameCompany && (sameName || similarNames || similarEmails)) {
        score = sameName ? 92 : (similarNames ? std::clamp(percent(nameSim) - 5, 70, 90) : 65);
        if (similarNames && similarEmails)
            score = std::min(95, score + 5);
        const QString company = a.companyDomain.isEmpty() ? a.companyName : a.companyDomain;
        reasons.append(tr("Same company %1").arg(company));
    } else {
        return c; // names alone across companies (or free-mail twins) are not evidence
    }
    if (sameName)
        reasons.append(tr("same name"));
    else if (similarNames)
        reasons.append(tr("similar names %1 / %2 (%3 %)").arg(a.fullName(), b.fullName()).arg(percent(nameSim)));
    if (similarEmails)
        reasons.append(tr("similar addresses %1 / %2").arg(a.email, b.email));
    c.score = score;
    c.reason = reasons.join(QStringLiteral("; "));
    return c;
}

Result<QList<DuplicateCandidate>> DuplicateFinder::find(const AccessScope &scope) const
{
    using R = Result<QList<DuplicateCandidate>>;
    if (const Status allowed = mayReview(scope); !allowed)
        return R::failure(allowed.error());

    const QSet<LeadPair> dismissed = m_store.duplicates.dismissed();
    QSet<LeadPair> seen;
    QList<DuplicateCandidate> out;
    auto consider = [&](const Prepared &a, const Prepared &b) {
        const LeadPair pair = LeadPair::of(a.lead->id, b.lead->id);
        if (seen.contains(pair) || dismissed.contains(pair))
            return;
        seen.insert(pair);
        DuplicateCandidate c = scorePrepared(a, b, m_lists);
        if (c.score >= kMinScore)
            out.append(std::move(c));
    };
    // All pairs of a small block; a sorted neighbourhood (by folded name) of a large one.
    auto compareBlock = [&](QList<const Prepared *> block) {
        if (block.size() <= kMaxBlock) {
            for (qsizetype i = 0; i < block.size(); ++i) {
                for (qsizetype j = i + 1; j < block.size(); ++j)
                    consider(*block.at(i), *block.at(j));
            }
            return;
        }
        std::sort(block.begin(), block.end(),
                  [](const Prepared *x, const Prepared *y) { return x->swapped < y->swapped; });
        constexpr qsizetype window = 8;
        for (qsizetype i = 0; i < block.size(); ++i) {
            for (qsizetype j = i + 1; j < std::min(block.size(), i + 1 + window); ++j)
                consider(*block.at(i), *block.at(j));
        }
    };
    auto prepareGroup = [](const QList<LeadProfile> &group) {
        QList<Prepared> prepared;
        prepared.reserve(group.size());
        for (const LeadProfile &p : group)
            prepared.append(prepare(p));
        return prepared;
    };
    auto pointers = [](const QList<Prepared> &prepared) {
        QList<const Prepared *> block;
        block.reserve(prepared.size());
        for (const Prepared &p : prepared)
            block.append(&p);
        return block;
    };

    Status status = m_store.duplicates.forEachPhoneGroup(scope, [&](const QList<LeadProfile> &group) {
        const QList<Prepared> prepared = prepareGroup(group);
        compareBlock(pointers(prepared));
    });
    if (!status)
        return R::failure(status.error());

    status = m_store.duplicates.forEachCompanyGroup(scope, [&](const QList<LeadProfile> &group) {
        const QList<Prepared> prepared = prepareGroup(group);
        if (prepared.size() <= kMaxBlock) {
            compareBlock(pointers(prepared));
            return;
        }
        // A big company: sub-block by last name, by first name + initial, and by email local part.
        QHash<QString, QList<const Prepared *>> blocks;
        for (const Prepared &k : prepared) {
            if (!k.last.isEmpty())
                blocks[QStringLiteral("L") + k.last.left(3)].append(&k);
            if (!k.first.isEmpty())
                blocks[QStringLiteral("F") + k.first.left(2) + k.last.left(1)].append(&k);
            if (k.local.size() >= 4)
                blocks[QStringLiteral("E") + k.local.left(3)].append(&k);
        }
        for (auto it = blocks.cbegin(); it != blocks.cend(); ++it) {
            if (it.value().size() > 1)
                compareBlock(it.value());
        }
    });
    if (!status)
        return R::failure(status.error());

    std::sort(out.begin(), out.end(), [](const DuplicateCandidate &x, const DuplicateCandidate &y) {
        if (x.score != y.score)
            return x.score > y.score;
        return x.second.createdAt > y.second.createdAt;
    });
    return out;
}

Status DuplicateFinder::dismiss(const AccessScope &scope, LeadPair pair, Instant at) const
{
    if (const Status allowed = mayReview(scope); !allowed)
        return allowed;
    if (!m_store.leads.find(scope, pair.a) || !m_store.leads.find(scope, pair.b))
        return Status::failure(tr("One of the two leads no longer exists or is not visible to you."));
    return m_store.duplicates.dismiss(pair, scope.userId, at);
}

} // namespace lr
