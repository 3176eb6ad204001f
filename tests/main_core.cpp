// Test main for core tests: a QCoreApplication exists, as it does in the CLI.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
