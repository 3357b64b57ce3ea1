#include "ui/dialogs/AboutDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#ifndef LEADRELAY_VERSION
#define LEADRELAY_VERSION "0.0.0"
#endif

namespace lr::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About LeadRelay"));

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/logo.svg")).pixmap(64, 64));
    auto *title = new QLabel(tr("LeadRelay %1").arg(version()), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto *text = new QLabel(this);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextFormat(Qt::RichText);
    text->setText(
        QStringLiteral("<p>%1</p><p>%2</p><p style=\"color:#6b7280\">%3</p>")
            .arg(tr("A sales-ops console for inbound leads: capture, qualify, route and follow up, so that the "
                    "right rep answers every lead within minutes."),
                 tr("Built with Qt %1 (running on Qt %2).")
                     .arg(QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                 tr("LeadRelay uses the Qt toolkit under the GNU LGPL version 3 and SQLite, which is in the public "
                    "domain. Your data stays in a local database file that belongs to you.")));
    text->setMinimumWidth(380);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *texts = new QVBoxLayout;
    texts->addWidget(title);
    texts->addWidget(text, 1);
    auto *row = new QHBoxLayout;
    row->setSpacing(16);
    row->addWidget(logo, 0, Qt::AlignTop);
    row->addLayout(texts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 14);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::version()
{
    return QStringLiteral(LEADRELAY_VERSION);
}

} // namespace lr::ui
