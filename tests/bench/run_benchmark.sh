#!/usr/bin/env bash
# Runs shiftlane-cli solve-instance on the 24 benchmark instances (shared/bench) one after
# the other on one thread and writes tests/bench/RESULTS.md.
#
#   tests/bench/run_benchmark.sh SECONDS [SEED]
#
# SHIFTLANE_CLI overrides the CLI (default: build/solver/app/cli/shiftlane-cli, then
# build/*/app/cli/shiftlane-cli); SHIFTLANE_SHARED the benchmark folder (default ../shared
# beside the clone); INSTANCES a space-separated subset of instance numbers;
# SHIFTLANE_SOLVER_TESTS the test binary whose hidden [evalrate] case measures evaluations/s;
# JOBS how many instances run at once (default 1; each solve uses one thread, so at most one
# per core); RESULTS where the table goes (default tests/bench/RESULTS.md).
set -euo pipefail

seconds=${1:?usage: run_benchmark.sh SECONDS [SEED]}
seed=${2:-1}
repo=$(cd "$(dirname "$0")/../.." && pwd)
shared=${SHIFTLANE_SHARED:-$repo/../shared}
cli=${SHIFTLANE_CLI:-}
if [[ -z $cli ]]; then
    for candidate in "$repo"/build/solver/app/cli/shiftlane-cli "$repo"/build/*/app/cli/shiftlane-cli; do
        if [[ -x $candidate ]]; then cli=$candidate; break; fi
    done
fi
[[ -x $cli ]] || { echo "shiftlane-cli not found; build it or set SHIFTLANE_CLI" >&2; exit 2; }
instances=${INSTANCES:-$(seq 1 24)}
jobs=${JOBS:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
results=${RESULTS:-$repo/tests/bench/RESULTS.md}

rows=$work/rows.tsv
tests=${SHIFTLANE_SOLVER_TESTS:-$(dirname "$(dirname "$(dirname "$cli")")")/tests/core/solver/test_core_solver}
# The machine's pace, measured alone before and after the runs: the same binary's figures move
# with the load of the host (a quarter slower in one afternoon), more than most solver changes.
speed_gauge() {
    if [[ -x $tests ]]; then
        SHIFTLANE_EVALRATE_INSTANCES=1 "$tests" "[evalrate]" 2>/dev/null |
            awk -F'\t' '/^Instance1\t/ {print $2}'
    fi
}
gauge_before=$(speed_gauge)
# One instance: its row of the table goes to $work/NAME.row.
run_one() {
    local n=$1
    local name=Instance$n
    echo "== $name (${seconds}s)" >&2
    "$cli" solve-instance "$shared/bench/instances/$name.txt" --time-limit "$seconds" \
        --seed "$seed" --threads 1 --out "$work/$name.solution" \
        > "$work/$name.out" 2> "$work/$name.err"
    local score hard soft sizes employees days summary feasible speed exact known
    score=$(cat "$work/$name.out")
    hard=$(sed -n 's/^hard=\([0-9-]*\) soft=.*/\1/p' <<<"$score")
    soft=$(sed -n 's/.* soft=\([0-9-]*\)$/\1/p' <<<"$score")
    sizes=$(head -1 "$work/$name.err")
    employees=$(awk '{print $1}' <<<"$sizes")
    days=$(awk '{print $3}' <<<"$sizes")
    summary=$(grep '^summary:' "$work/$name.err")
    feasible=$(sed -n 's/.*first_feasible_s=\([0-9.-]*\).*/\1/p' <<<"$summary")
    speed=$(sed -n 's/.*moves_per_s=\([0-9]*\).*/\1/p' <<<"$summary")
    exact=$(sed -n 's/.*exact_neighbourhoods=\([0-9]*\) exact_improvements=\([0-9]*\).*/\2 of \1/p' <<<"$summary")
    known=$(awk -F'\t' -v n="$name" '$1 == n {print $5 "\t" $6 "\t" $7}' "$shared/bench/best_known.tsv")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$employees" "$days" "$hard" "$soft" \
        "$known" "$feasible" "$speed" "$exact" > "$work/$name.row"
    echo "   $name: hard=$hard soft=$soft first feasible ${feasible}s" >&2
}
export -f run_one
export cli shared seconds seed work
# Each solve runs on one thread; JOBS of them at a time (one per free core).
printf '%s\n' $instances | xargs -P "$jobs" -I{} bash -c 'run_one {}'
for n in $instances; do
    cat "$work/Instance$n.row" >> "$rows"
done
gauge_after=$(speed_gauge)

{
    echo "# Benchmark results"
    echo
    echo "Curtois & Qu shift-scheduling benchmark, 24 instances, one thread each, written by"
    echo "\`tests/bench/run_benchmark.sh\`."
    echo
    echo "- Command: \`JOBS=$jobs tests/bench/run_benchmark.sh $seconds $seed\` (runs \`shiftlane-cli solve-instance FILE --time-limit $seconds --seed $seed --threads 1\`)"
    echo "- Solver commit: $(git -C "$repo" log -1 --format=%h -- core/solver app/cli/commands)$(git -C "$repo" diff --quiet -- core/solver app/cli/commands || echo ' (with uncommitted solver changes)')"
    echo "- Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(uname -sr); $jobs instance(s) at a time, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    if [[ -n $gauge_before ]]; then
        echo "- Machine's pace: Instance1's single-cell evaluations/s (below), measured alone: $gauge_before before the runs, $gauge_after after (compare tables only at a like pace)"
    fi
    echo
    echo "Ratio = soft / best known (only meaningful when hard = 0). First feasible = seconds"
    echo "until the best roster had hard = 0 (-1: never). Moves/s counts every move tried"
    echo "(single-cell changes, swaps, block swaps, row re-plans). Exact = neighbourhoods re-solved"
    echo "by cbc's branch and cut that improved the roster, of those tried."
    echo
    echo "| instance | employees | days | hard | soft | best known | lower bound | optimal | ratio | first feasible (s) | moves/s | exact |"
    echo "|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|"
    awk -F'\t' '{
        ratio = ($6 > 0) ? sprintf("%.3f", $5 / $6) : "";
        flag = ($4 == 0) ? "" : " (infeasible)";
        printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s%s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, ratio, flag, $9, $10, $11
    }' "$rows"
    echo
    awk -F'\t' '{
        n++; logsum += log($5 / $6);
        if ($4 == 0) feasible++;
        if ($8 == "yes") { proven++; if ($4 == 0 && $5 == $6) matched++ }
        if ($4 == 0 && $9 >= 0 && $9 <= 10) within10++;
    } END {
        printf "- Geometric mean of soft / best known over %d instances: **%.3f**", n, exp(logsum / n);
        printf " (infeasible ones included with their soft value)\n";
        printf "- Feasible (hard = 0): %d of %d; feasible within 10 s: %d\n", feasible, n, within10;
        printf "- Proven-optimal instances matched exactly: %d of %d\n", matched, proven;
    }' "$rows"
    if [[ -x $tests ]]; then
        echo
        echo "## Single-cell move evaluations per second (instances 1-12)"
        echo
        echo "\`test_core_solver \"[evalrate]\"\`: 5 million \`IncrementalScorer::deltaOfChange\` calls"
        echo "on a random roster, each on a random cell and a random value of its domain, one thread."
        echo
        echo "| instance | evaluations/s |"
        echo "|---|---:|"
        "$tests" "[evalrate]" 2>/dev/null | awk -F'\t' '/^Instance/ {printf "| %s | %s |\n", $1, $2}'
    fi
} > "$results"
echo "wrote $results" >&2
