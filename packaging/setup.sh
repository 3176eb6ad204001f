#!/usr/bin/env bash
# One-step set-up for a fresh Debian 12 machine, safe to run again.
#   packaging/setup.sh demo   install packages, build, create demo.shiftlane if missing, start the GUI
#   packaging/setup.sh test   install packages, build with warnings as errors, run the whole test
#                             suite, clang-tidy over core/, build + install + smoke-test the .deb,
#                             run the fuzzers for a bounded time, and the whole suite under
#                             ASan + UBSan (the last, so the output ends with ctest's summary)
set -euo pipefail

cd "$(dirname "$0")/.."

PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-charts-dev libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
    # Qt6Charts's CMake package needs Qt6OpenGL's, which qt6-charts-dev only recommends
    libqt6opengl6-dev
    catch2 tzdata fonts-dejavu-core poppler-utils
    # the SQLite online backup API (automatic backups); the same library Qt's SQLite plugin uses
    libsqlite3-dev
    # the MIP solver: its library re-solves neighbourhoods of the search exactly
    # (core/solver/ExactNeighbourhood); its command solves LpWriter's programs in
    # test_core_solver, whose exact optima check the scorer's reading of the rules
    coinor-libcbc-dev coinor-cbc
    # quality gates: clang-tidy, libFuzzer (clang + its runtime)
    clang clang-tidy libclang-rt-14-dev
    # packaging: dpkg-shlibdeps for the .deb's dependencies, validators for the desktop files,
    # the SVG icon engine the GUI draws its window icon with
    dpkg-dev appstream desktop-file-utils shared-mime-info libqt6svg6
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
    local missing=()
    for package in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" ||
            missing+=("$package")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    fi
}

build() {
    cmake --preset "$1"
    cmake --build --preset "$1"
}

# Runs a gate in a subshell with errexit on (a function called as `f || ...` would run with
# errexit silently off) and notes its name if it fails, so that later gates still run. Its
# output is kept too: a failed gate's last lines are repeated at the very end, where a reader
# of a long CI log (or of only its tail) looks first.
failed=()
gate_logs=$(mktemp -d)
gate() {
    local name=$1
    shift
    set +e
    (
        set -e
        "$@"
    ) 2>&1 | tee "$gate_logs/$name.log"
    local status=${PIPESTATUS[0]}
    set -e
    [ "$status" -eq 0 ] || failed+=("$name")
}

report_failed_gates() {
    local name
    for name in "${failed[@]}"; do
        printf '\n======== FAILED: %s (its last lines) ========\n' "$name"
        tail -n 40 "$gate_logs/$name.log"
    done
    printf '\nFAILED: %s\n' "${failed[*]}" >&2
}

section() {
    printf '\n======== %s ========\n' "$*"
}

# Every core/ source in the ci build's compile_commands.json, checked with the repo's
# .clang-tidy. Fails on any finding that is not listed in tests/clang-tidy-known.txt, and on
# any listed one that is gone (so the list only ever holds findings that still exist; it is
# for files their owners are changing right now, not a place to hide warnings).
clang_tidy_core() {
    local -x LC_ALL=C # one sort order for sort and comm
    local database=build/ci/compile_commands.json
    local known=tests/clang-tidy-known.txt
    local files
    files=$(grep -o '"file": *"[^"]*"' "$database" | sed 's/.*"\([^"]*\)"$/\1/' |
        grep "^$PWD/core/.*\.cpp\$" | sort -u)
    if [ -z "$files" ]; then
        echo "no core/ sources in $database" >&2
        return 1
    fi
    echo "$(wc -w <<<"$files") files"
    rm -rf build/ci/clang-tidy && mkdir -p build/ci/clang-tidy
    # One log per file: parallel runs writing to one pipe could interleave their lines.
    # clang-tidy's own exit code is ignored on purpose; the findings are compared below.
    xargs -P "$(nproc)" -n 1 sh -c \
        'clang-tidy -p build/ci --quiet "$1" >"build/ci/clang-tidy/$(echo "$1" | tr / _).log" 2>&1 || true' \
        sh <<<"$files"
    # "N warnings generated" counts suppressed warnings in system headers: noise.
    cat build/ci/clang-tidy/*.log | grep -v '^[0-9]* warnings\? generated\.$' || true
    # A finding is "file: message [check]"; a header's finding is reported once per .cpp that
    # includes it, so distinct file:line:col come first, then the count per finding.
    local found
    found=$(cat build/ci/clang-tidy/*.log | { grep -E '^/[^:]+:[0-9]+:[0-9]+: (warning|error): ' || true; } |
        sed 's/,-warnings-as-errors\]$/]/' | sort -u |
        sed -E "s|^$PWD/||; s/^([^:]+):[0-9]+:[0-9]+: (warning|error): /\\1: /" |
        sort | uniq -c | sed 's/^ *//' | sort)
    local new gone
    new=$(comm -23 <(echo "$found" | sed '/^$/d') <(grep -v '^#' "$known" | sed '/^$/d' | sort))
    gone=$(comm -13 <(echo "$found" | sed '/^$/d') <(grep -v '^#' "$known" | sed '/^$/d' | sort))
    if [ -n "$(grep -v '^#' "$known" | sed '/^$/d')" ]; then
        echo "Known findings still to fix ($known):"
        grep -v '^#' "$known" | sed '/^$/d; s/^/    /'
    fi
    if [ -n "$new" ]; then
        echo "clang-tidy: new findings (count: file: message [check]); fix them:" >&2
        echo "$new" | sed 's/^/    /' >&2
    fi
    # A fixed finding is good news, not a failure: several people change core/ at once, and
    # whoever fixes one may not be the one who listed it. It is reported so the line goes.
    if [ -n "$gone" ]; then
        echo "clang-tidy: fixed, so remove from $known:" >&2
        echo "$gone" | sed 's/^/    /' >&2
    fi
    [ -z "$new" ] || return 1
    echo "clang-tidy: no new findings"
}

# The .deb from the ci build (the binaries the tests just passed), installed into this
# machine with apt so that its dependencies are resolved the way a user's would be, then
# run from /usr/bin.
package_smoke_test() {
    rm -f build/ci/shiftlane_*.deb
    cpack --preset ci
    local deb
    deb=$(echo build/ci/shiftlane_*.deb)
    echo "$deb depends on: $(dpkg-deb --field "$deb" Depends)"
    dpkg-deb --field "$deb" Depends | grep -q libqt6core6 ||
        { echo "dpkg-shlibdeps found no Qt library" >&2; return 1; }
    # --reinstall: a second run installs the new build even when the version is unchanged.
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --reinstall "./$deb"

    local tmp instance
    tmp=$(mktemp -d)
    instance=${SHIFTLANE_SHARED_DIR:-../shared}/bench/instances/Instance1.txt
    (
        set -x
        test "$(command -v shiftlane-cli)" = /usr/bin/shiftlane-cli
        /usr/bin/shiftlane-cli --version
        /usr/bin/shiftlane-cli demo --out "$tmp/x.shiftlane"
        /usr/bin/shiftlane-cli info --db "$tmp/x.shiftlane"
        # The installed GUI opens the file (SQLite driver and platform plugin are there).
        QT_QPA_PLATFORM=offscreen /usr/bin/shiftlane --screenshot "$tmp/window.png" "$tmp/x.shiftlane"
        test -s "$tmp/window.png"
        appstreamcli validate --no-net /usr/share/metainfo/org.shiftlane.Shiftlane.metainfo.xml
        desktop-file-validate /usr/share/applications/org.shiftlane.Shiftlane.desktop
        test -f /usr/share/icons/hicolor/scalable/apps/org.shiftlane.Shiftlane.svg
        # The installed solver finds its cbc worker in /usr/libexec: exact neighbourhoods run.
        test -x /usr/libexec/shiftlane/shiftlane-cbc-worker
        /usr/bin/shiftlane-cli solve-instance "$instance" --max-moves 2000000 --seed 1 >"$tmp/solve.txt" 2>&1
        grep -Eq 'exact_improvements=[1-9]' "$tmp/solve.txt"
        # The dpkg trigger of shared-mime-info has compiled our type into the database.
        grep -q ':application/x-shiftlane:\*\.shiftlane' /usr/share/mime/globs2
    )
    rm -rf "$tmp"
}

# Each libFuzzer target for a bounded time on a scratch copy of its seed corpus (new inputs
# it finds stay out of the repository). A crash leaves its input in build/fuzz/.
run_fuzzers() {
    local seconds=${SHIFTLANE_FUZZ_SECONDS:-20}
    build fuzz
    for target in database benchmark csv; do
        local corpus
        corpus=$(mktemp -d)
        cp tests/fuzz/corpus/"$target"/* "$corpus"/
        local log=build/fuzz/fuzz_$target.log
        echo "fuzz_$target: ${seconds} s from $(ls "$corpus" | wc -l) seeds"
        if build/fuzz/tests/fuzz/fuzz_"$target" -max_total_time="$seconds" -timeout=25 \
            -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=build/fuzz/ "$corpus" \
            >"$log" 2>&1; then
            grep -E '^(Done|stat::number_of_executed_units|stat::new_units_added)' "$log"
        else
            tail -n 80 "$log"
            echo "fuzz_$target failed; the input is in build/fuzz/ (log: $log)" >&2
            rm -rf "$corpus"
            return 1
        fi
        rm -rf "$corpus"
    done
}

case "${1:-}" in
demo)
    install_packages
    build release
    if [ ! -f demo.shiftlane ]; then
        build/release/app/cli/shiftlane-cli demo --out demo.shiftlane
    fi
    exec build/release/app/gui/shiftlane demo.shiftlane
    ;;
test)
    section "Packages"
    install_packages
    section "Build: ci preset (warnings are errors)"
    build ci
    section "Tests: ci build"
    ctest --preset ci --parallel "$(nproc)"
    # The gates below run even when an earlier one failed, so one run shows every problem;
    # the script still fails at the end.
    section "clang-tidy over core/"
    gate clang-tidy clang_tidy_core
    section "Package: build the .deb, install it, run it from /usr/bin"
    gate package package_smoke_test
    section "Fuzzing: libFuzzer targets (clang, ASan + UBSan)"
    gate fuzzing run_fuzzers
    section "Build: asan preset (AddressSanitizer + UndefinedBehaviorSanitizer)"
    build asan
    section "Tests: under ASan + UBSan, LeakSanitizer on"
    gate "tests under ASan + UBSan" ctest --preset asan --parallel "$(nproc)"
    if [ "${#failed[@]}" -gt 0 ]; then
        report_failed_gates
        exit 1
    fi
    ;;
*)
    echo "usage: $0 demo|test" >&2
    exit 2
    ;;
esac
