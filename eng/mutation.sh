#!/usr/bin/env bash
# Mutation testing of the SDK (src/CustomerIO) against tests/CustomerIO.Tests with Stryker.NET (a local tool, see
# .config/dotnet-tools.json). It measures whether the tests notice when the code is changed, not only that they pass.
# Takes minutes: not part of CI. See docs/testing.md for the scores and the mutants judged equivalent.
#
# Usage: eng/mutation.sh [PATH...]
#   PATH is a file or folder under src/CustomerIO (folders are mutated recursively). With no PATH: the five files
#   below. "core" stands for the whole Transport, Validation and Queue/Engine folders.
#   eng/mutation.sh                                  # the default five files
#   eng/mutation.sh Transport/RetryRules.cs          # one file
#   eng/mutation.sh core                             # Transport/ Validation/ Queue/Engine/
#   eng/mutation.sh Transport Queue/Engine/Lane.cs   # mix folders and files
# Environment:
#   STRYKER_CONCURRENCY  test sessions at once (default 2; the machine has 2 cores)
#   STRYKER_TEST_FILTER  a `dotnet test --filter` expression that limits which tests run (default: all; Stryker's
#                        per-test coverage already runs only the tests that reach each mutant)
#   STRYKER_BREAK        exit non-zero below this score (default 0: never)
# Reports: artifacts/mutation/<UTC time>/reports/mutation-report.{html,json} (artifacts/ is git-ignored).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
src="$root/src/CustomerIO"

defaults=(
  Transport/RetryRules.cs
  Transport/ApiErrorParser.cs
  Validation/Guard.cs
  Queue/Engine/ChunkedQueue.cs
  Queue/Engine/PauseGate.cs
)

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=("${defaults[@]}")
fi

mutate=()
for target in "${targets[@]}"; do
  if [ "$target" = core ]; then
    mutate+=(-m "**/Transport/**/*.cs" -m "**/Validation/**/*.cs" -m "**/Queue/Engine/**/*.cs")
    continue
  fi

  target=${target#src/CustomerIO/}
  target=${target%/}
  if [ -d "$src/$target" ]; then
    mutate+=(-m "**/$target/**/*.cs")
  elif [ -f "$src/$target" ]; then
    mutate+=(-m "**/$target")
  else
    echo "eng/mutation.sh: no file or folder src/CustomerIO/$target" >&2
    exit 2
  fi
done

out="$root/artifacts/mutation/$(date -u +%Y-%m-%dT%H-%M-%SZ)"
extra=()
if [ -n "${STRYKER_TEST_FILTER:-}" ]; then
  extra+=(--test-case-filter "$STRYKER_TEST_FILTER")
fi

cd "$root"
dotnet tool restore >/dev/null

# Stryker runs from the test project's folder; the settings that never change are in eng/stryker-config.json.
cd "$root/tests/CustomerIO.Tests"
dotnet stryker \
  --config-file "$root/eng/stryker-config.json" \
  --concurrency "${STRYKER_CONCURRENCY:-2}" \
  --break-at "${STRYKER_BREAK:-0}" \
  --output "$out" \
  --skip-version-check \
  "${mutate[@]}" "${extra[@]}"

report="$out/reports/mutation-report.json"
echo
echo "Per file (score = killed + timeout over all but ignored and compile errors):"
python3 - "$report" <<'PY'
import json, sys

report = json.load(open(sys.argv[1]))
rows, totals = [], {"Killed": 0, "Survived": 0, "Timeout": 0, "NoCoverage": 0}
survivors = []
for path, data in sorted(report["files"].items()):
    counts = {k: 0 for k in totals}
    for m in data["mutants"]:
        if m["status"] in counts:
            counts[m["status"]] += 1
            if m["status"] in ("Survived", "NoCoverage"):
                line = m["location"]["start"]["line"]
                survivors.append(f'  {path.split("/src/CustomerIO/")[-1]}:{line} {m["status"]} [{m["mutatorName"]}] {m.get("replacement", "")[:100]!r}')
    valid = sum(counts.values())
    if valid == 0:
        continue
    for k in totals:
        totals[k] += counts[k]
    tested = counts["Killed"] + counts["Survived"] + counts["Timeout"]
    score = 100 * (counts["Killed"] + counts["Timeout"]) / valid
    rows.append((path.split("/src/CustomerIO/")[-1], tested, counts["Killed"], counts["Survived"], counts["Timeout"], counts["NoCoverage"], score))

print(f'{"file":<40} {"tested":>6} {"killed":>6} {"surv.":>6} {"timeout":>7} {"no cov.":>7} {"score":>7}')
for r in rows:
    print(f"{r[0]:<40} {r[1]:>6} {r[2]:>6} {r[3]:>6} {r[4]:>7} {r[5]:>7} {r[6]:>6.2f}%")
valid = sum(totals.values())
tested = totals["Killed"] + totals["Survived"] + totals["Timeout"]
score = 100 * (totals["Killed"] + totals["Timeout"]) / valid if valid else 0
print(f'{"total":<40} {tested:>6} {totals["Killed"]:>6} {totals["Survived"]:>6} {totals["Timeout"]:>7} {totals["NoCoverage"]:>7} {score:>6.2f}%')
if survivors:
    print("\nSurvived or not covered (see docs/testing.md for those judged equivalent):")
    print("\n".join(survivors))
PY
echo
echo "Reports: $out/reports/mutation-report.html"
