#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

/// Declares `static Words words(source, args)` in a class whose tr() context is `context`, as
/// Q_DECLARE_TR_FUNCTIONS declares tr(). Mark the source where it is written: words(QT_TR_NOOP("…")).
#define LR_DECLARE_WORDS(context)                                                                                      \
    static lr::Words words(const char *source, QStringList args = {})                                                  \
    {                                                                                                                  \
        return lr::Words(#context, source, std::move(args));                                                           \
    }

namespace lr {

/// Words for a person to read, kept untranslated until they are shown.
///
/// What the store keeps for later (why an entry was quarantined, what a row left out) is read by
/// someone else, often in another language: a Polish admin's import is reviewed by a Russian
/// colleague. So a reason is stored as the source text of its `tr()` context with its arguments,
/// and translated when it is shown. A plain part is text that has no translation (a database error,
/// or a reason stored before reasons were kept this way); it is shown as it is.
class Words final
{
public:
    Words() = default;
    /// `source` is marked for lupdate where it is written (QT_TR_NOOP in a member of `context`).
    Words(const char *context, const char *source, QStringList args = {});
    static Words plain(const QString &text);
    /// What toStored() gave; any other text (as stored before) is one plain part.
    static Words fromStored(const QString &stored);
    static Words fromJson(const QJsonValue &value);

    bool isEmpty() const { return m_parts.isEmpty(); }
    /// In the current language; the parts are sentences, joined by a space. An argument the
    /// words lack (as in a key()) reads "…".
    QString text() const;
    /// Plain text when every part is plain, else a JSON array for fromStored().
    QString toStored() const;
    QJsonValue toJson() const;
    /// The kind of the first part: its stored form without arguments ("… is a disposable mail
    /// domain" for every such address), to group and filter by. Plain text is its own kind.
    QString key() const;

    /// Appends the parts of `more` (a second sentence).
    Words &operator+=(const Words &more);
    bool operator==(const Words &other) const = default;

private:
    struct Part
    {
        QString context; ///< Empty for a plain part, whose text is in `source`.
        QString source;
        QStringList args;
        bool operator==(const Part &other) const = default;
    };
    QList<Part> m_parts;
};

} // namespace lr
