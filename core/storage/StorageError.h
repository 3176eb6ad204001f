#pragma once

#include <QString>

#include <exception>

namespace shiftlane {

// Why a database could not be opened or written. The message names the file and says
// what to do; it is shown as is in dialogs and on stderr.
class StorageError : public std::exception
{
public:
    enum class Kind
    {
        NotFound,
        NotShiftlane, // some other file, or an SQLite database of another program
        NewerVersion, // written by a newer Shiftlane
        Corrupt,
        ReadOnly,
        Busy,       // locked by another program for longer than we wait
        Invalid,    // a value failed validation; the message lists the fields
        NotAllowed, // the acting person may not make this edit (see edit/Actor.h)
        Failed,
    };

    StorageError(Kind kind, QString message) : m_kind(kind), m_message(std::move(message)) {}

    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }
    const char* what() const noexcept override { return "shiftlane storage error"; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace shiftlane
