#include "ui/Theme.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPalette>
#include <QStyleFactory>

namespace lr::ui {

void Theme::apply(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf6, 0xf7, 0xf9));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x29, 0x37));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf8, 0xfa, 0xfc));
    p.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x37));
    p.setColor(QPalette::Button, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x29, 0x37));
    p.setColor(QPalette::Highlight, QColor(0xdb, 0xea, 0xfe));
    p.setColor(QPalette::HighlightedText, QColor(0x1e, 0x3a, 0x8a));
    p.setColor(QPalette::ToolTipBase, QColor(0x1f, 0x29, 0x37));
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9c, 0xa3, 0xaf));
    p.setColor(QPalette::Link, accent());
    p.setColor(QPalette::Mid, border());
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9c, 0xa3, 0xaf));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9c, 0xa3, 0xaf));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9c, 0xa3, 0xaf));
    app.setPalette(p);

    QFile qss(QStringLiteral(":/styles/leadrelay.qss"));
    if (qss.open(QIODevice::ReadOnly | QIODevice::Text))
        app.setStyleSheet(QString::fromUtf8(qss.readAll()));
}

QColor Theme::accent()
{
    return {0x25, 0x63, 0xeb};
}

QColor Theme::mutedText()
{
    return {0x6b, 0x72, 0x80};
}

QColor Theme::border()
{
    return {0xe5, 0xe7, 0xeb};
}

QColor Theme::statusBackground(LeadStatus status)
{
    switch (status) {
    case LeadStatus::New:
        return {0xdb, 0xea, 0xfe};
    case LeadStatus::Attempting:
        return {0xfe, 0xf3, 0xc7};
    case LeadStatus::Connected:
        return {0xe0, 0xe7, 0xff};
    case LeadStatus::Qualified:
        return {0xdc, 0xfc, 0xe7};
    case LeadStatus::Nurture:
        return {0xf3, 0xe8, 0xff};
    case LeadStatus::Disqualified:
        return {0xf3, 0xf4, 0xf6};
    case LeadStatus::Converted:
        return {0xcc, 0xfb, 0xf1};
    }
    return {0xf3, 0xf4, 0xf6};
}

QColor Theme::statusForeground(LeadStatus status)
{
    switch (status) {
    case LeadStatus::New:
        return {0x1d, 0x4e, 0xd8};
    case LeadStatus::Attempting:
        return {0x92, 0x40, 0x0e};
    case LeadStatus::Connected:
        return {0x43, 0x38, 0xca};
    case LeadStatus::Qualified:
        return {0x15, 0x80, 0x3d};
    case LeadStatus::Nurture:
        return {0x7e, 0x22, 0xce};
    case LeadStatus::Disqualified:
        return {0x4b, 0x55, 0x63};
    case LeadStatus::Converted:
        return {0x0f, 0x76, 0x6e};
    }
    return {0x4b, 0x55, 0x63};
}

QColor Theme::scoreClassColour(const QString &key)
{
    if (key == QLatin1String("sql"))
        return QColor(0x15, 0x80, 0x3d);
    if (key == QLatin1String("mql"))
        return QColor(0x25, 0x63, 0xeb);
    if (key == QLatin1String("nurture"))
        return QColor(0xb4, 0x53, 0x09);
    return QColor(0x64, 0x74, 0x8b);
}

QLabel *Theme::errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

} // namespace lr::ui
