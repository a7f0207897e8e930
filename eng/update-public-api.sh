#!/usr/bin/env bash
# Rewrites a library's PublicAPI.Unshipped.txt from what the compiler reports as undeclared (RS0016)
# or removed (RS0017). Run after a deliberate public API change, then review the diff.
# Usage: eng/update-public-api.sh src/CustomerIO
set -euo pipefail
project_dir=${1:?usage: eng/update-public-api.sh src/PROJECT}
unshipped="$project_dir/PublicAPI.Unshipped.txt"
log=$(mktemp)
dotnet build "$project_dir" -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= -f net10.0 >"$log" 2>&1 || true
python3 - "$log" "$unshipped" <<'PY'
import re, sys
log, path = sys.argv[1], sys.argv[2]
text = open(log).read()
added = set(re.findall(r"RS0016: Symbol '(.+?)' is not part of the declared public API", text))
removed = set(re.findall(r"RS0017: Symbol '(.+?)' is part of the declared API", text))
lines = [l.rstrip("\n") for l in open(path)]
body = {l for l in lines[1:] if l.strip()} | added
body -= removed
open(path, "w").write("#nullable enable\n" + "".join(sorted(body, key=lambda s: s.lower()) and [s + "\n" for s in sorted(body)]))
print(f"{len(added)} added, {len(removed)} removed -> {path}")
PY
rm -f "$log"
