// Lets Catch print a StorageError's message when a test fails with one.
#include "storage/StorageError.h"

#include <catch2/catch.hpp>

CATCH_TRANSLATE_EXCEPTION(const shiftlane::StorageError& error)
{
    return error.message().toStdString();
}
