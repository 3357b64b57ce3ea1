#include "core/common/Translate.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto plurals = lr::installEnglishPlurals(); // English, as the app and leadrelayctl read it
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
