#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

/// Declares `static Words words(source, args)` in a class whose tr() context is `context`, as
/// Q_DECLARE_TR_FUNCTIONS declares tr(). Mark the source where it is written: words(QT_TR_NOOP("…")).
#define LR_DECLARE_WORDS(context)                                                                                      \
    static lr::Words words(const char *source, QList<lr::Words::Arg> args = {})                                        \
    {                                                                                                                  \
        return lr::Words(#context, source, std::move(args));                                                           \
    }                                                                                                                  \
    static lr::Words words(const char *source, int n, QList<lr::Words::Arg> args = {})                                 \
    {                                                                                                                  \
        return lr::Words(#context, source, n, std::move(args));                                                        \
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
    /// An argument: text put in as it is (a name, an address), or words of their own, translated
    /// with the rest ("Call %1 – %2" with the SLA policy's "hot inbound").
    class Arg
    {
    public:
        Arg(const QString &text) : m_text(text) {}
        Arg(const char *text) : m_text(QString::fromUtf8(text)) {}
        Arg(const Words &words);
        Arg() = default;
        bool operator==(const Arg &other) const;

    private:
        friend class Words;
        QString m_text;
        std::shared_ptr<const Words> m_words; ///< Set for words of their own (shared, never changed).
    };

    Words() = default;
    /// `source` is marked for lupdate where it is written (QT_TR_NOOP in a member of `context`).
    Words(const char *context, const char *source, QList<Arg> args = {});
    /// Plural words: `source` holds %n, marked with QT_TRANSLATE_N_NOOP / QT_TR_N_NOOP.
    Words(const char *context, const char *source, int n, QList<Arg> args = {});
    static Words plain(const QString &text);
    /// "a, b, c" in the reader's language (the comma is translated too).
    static Words list(const QList<Words> &items);
    /// A shipped default kept as data (an SLA label, a rule or stage name): its words when `text`
    /// is still that default, in English or in this process's language (the app that saved it);
    /// otherwise `text`, which someone wrote, as plain text.
    static Words shipped(const char *context, const char *source, const QString &text, QList<Arg> args = {});
    /// What toStored() gave; any other text (as stored before) is one plain part.
    static Words fromStored(const QString &stored);
    static Words fromJson(const QJsonValue &value);

    bool isEmpty() const { return m_parts.isEmpty(); }
    /// Only plain text: nothing to translate.
    bool isPlain() const;
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
        QList<Arg> args;
        int n = -1; ///< The count of a plural (%n), or -1.
        bool operator==(const Part &other) const = default;
    };
    QList<Part> m_parts;
};

} // namespace lr
