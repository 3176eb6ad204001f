// `shiftlane FILE --as NAME`: the GUI binary itself, offscreen, as a user starts it.
#include <catch2/catch.hpp>

#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QString err;
};

Run run(const QString& program, const QStringList& args)
{
    QProcess process;
    process.start(program, args);
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("shiftlane --as opens the file as that freelancer and refuses a name nobody has")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.shiftlane"));
    REQUIRE(run(QStringLiteral(SHIFTLANE_CLI),
                {QStringLiteral("demo"), QStringLiteral("--out"), path, QStringLiteral("--start"),
                 QStringLiteral("2026-11-30"), QStringLiteral("--freelancers"), QStringLiteral("8"),
                 QStringLiteral("--weeks"), QStringLiteral("1")})
                .exitCode == 0);

    const QString picture = dir.filePath(QStringLiteral("nobody.png"));
    const Run nobody = run(QStringLiteral(SHIFTLANE_GUI),
                           {path, QStringLiteral("--as"), QStringLiteral("Nobody Here"),
                            QStringLiteral("--screenshot"), picture});
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.contains(QStringLiteral("No freelancer is called \"Nobody Here\"")));
    CHECK(nobody.err.contains(QStringLiteral("the team is:")));
    CHECK_FALSE(QFile::exists(picture));

    const Run noFile =
        run(QStringLiteral(SHIFTLANE_GUI), {QStringLiteral("--as"), QStringLiteral("Someone")});
    CHECK(noFile.exitCode == 2);
    CHECK(noFile.err.contains(QStringLiteral("--as needs the schedule file")));
}
