#pragma once

#include "storage/StorageError.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace shiftlane {

// One open .shiftlane file. Opening checks what the file is before SQLite touches it, so
// a file that is refused is never modified. Writes go through Transaction.
class Database
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };

    static constexpr int CurrentSchemaVersion = 6;
    static constexpr qint32 ApplicationId = 0x53484C4E; // "SHLN"

    // Opens an existing file; migrates older schemas when writable. Throws StorageError.
    static std::unique_ptr<Database> open(const QString& path, Mode mode = Mode::ReadWrite);
    // Creates a new, empty file at the current schema. Refuses to overwrite. Throws.
    static std::unique_ptr<Database> create(const QString& path);
    // Creates a file at an older schema version; for migration tests.
    static std::unique_ptr<Database> createAtVersion(const QString& path, int version);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    Mode mode() const { return m_mode; }
    int schemaVersion() const;

    // A prepared statement; bind values, then call exec().
    QSqlQuery prepare(const QString& sql) const;
    // Runs a prepared query, throwing a StorageError that names the file on failure.
    void exec(QSqlQuery& query) const;
    void exec(const QString& sql) const;

    // The Qt connection, for what the Sql module does not wrap (the online backup API).
    QSqlDatabase connection() const;

    // How long a write waits for another connection's lock before failing with Busy. The CLI
    // waits long; the GUI waits briefly and retries from its event loop, so it never freezes.
    void setBusyTimeout(int milliseconds);
    // Changes whenever another connection (another Shiftlane, the CLI) commits to the file;
    // this connection's own commits leave it as it is.
    qint64 dataVersion() const;

    // Brings the schema to CurrentSchemaVersion, one migration per transaction.
    void migrate(int targetVersion = CurrentSchemaVersion);

    // Used by Transaction: the outermost begins an IMMEDIATE transaction (so a writer
    // waits for the lock up front instead of failing half-way), inner ones are savepoints.
    void begin();
    void commit();
    void rollback();

private:
    Database(QString path, Mode mode);
    void connect(bool create);
    StorageError errorFor(const QSqlError& error, const QString& what) const;
    void checkStillWritable() const;

    QString m_path;
    Mode m_mode;
    QString m_connectionName;
    int m_transactionDepth = 0;
};

// A user action's writes: all of them or none. Rolls back unless commit() is called.
class Transaction
{
public:
    explicit Transaction(Database& db) : m_db(db) { m_db.begin(); }
    ~Transaction()
    {
        if (!m_done)
            m_db.rollback();
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit()
    {
        m_db.commit();
        m_done = true;
    }

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace shiftlane
