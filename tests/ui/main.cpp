#include "core/common/Translate.h"

#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const auto plurals = lr::installEnglishPlurals(); // English, as the app reads it
    QApplication::setOrganizationName(QStringLiteral("LeadRelayTests"));
    QApplication::setApplicationName(QStringLiteral("LeadRelayTests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
