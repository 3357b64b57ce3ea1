#pragma once

#include "core/domain/Deal.h"

#include <QDialog>
#include <QMap>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace lr::ui {

/// Asks for exactly the fields a refused stage move lacks and retries the move with them. The
/// dialog stays open, showing core's message, until the move succeeds or the user cancels.
class ExitCriteriaDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExitCriteriaDialog)

public:
    /// Tries the move with the given field values; returns an empty string when it went through,
    /// else the message to show.
    using Submit = std::function<QString(const QMap<QString, QString> &fields)>;

    ExitCriteriaDialog(const Deal &deal, const QString &stageName, const QStringList &missingFields, Instant now,
                       Submit submit, QWidget *parent = nullptr);

    /// The values entered, by DealFields key.
    QMap<QString, QString> values() const;
    /// The editor of a field (a QLineEdit, QComboBox or QDateEdit named "field_<key>").
    QWidget *editor(const QString &key) const;
    QString error() const;

    void accept() override;

private:
    QWidget *createEditor(const QString &key, const Deal &deal, Instant now);

    Submit m_submit;
    QStringList m_fields;
    QMap<QString, QWidget *> m_editors;
    QLabel *m_error = nullptr;
};

} // namespace lr::ui
