#!/usr/bin/env bash
# Runs every StarCoach test project and ends with one line: "N passed, N failed[, N skipped]".
#
# Installs what the tests need when it is missing, builds the solution, runs the tests of every test
# project (results totalled from their xUnit XML reports, not guessed), and exits non-zero when
# anything failed. Safe to run again; run from anywhere.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results="$here/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

say() { printf '\n==> %s\n' "$*"; }

finish() {
  local passed=$1 failed=$2 skipped=$3
  local line="$passed passed, $failed failed"
  [ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
  echo
  echo "$line"
  [ "$failed" -eq 0 ]
  exit $?
}

if ! command -v dotnet >/dev/null 2>&1; then
  echo "scripts/test.sh: the .NET SDK (dotnet) is not on PATH; install .NET SDK 10.0 (see global.json)." >&2
  finish 0 1 0
fi

if [ ! -d "$here/../shared/seeds" ]; then
  echo "scripts/test.sh: ../shared/seeds is missing beside the repository; the tests use the seed documents there." >&2
fi

say "Restoring NuGet packages"
if ! dotnet restore StarCoach.slnx; then
  echo "scripts/test.sh: NuGet restore failed (see above)." >&2
  finish 0 1 0
fi

say "Building"
if ! dotnet build StarCoach.slnx --no-restore -c Debug; then
  echo "scripts/test.sh: the build failed (see the errors above)." >&2
  finish 0 1 0
fi

say "Running tests"
projects=$(find tests -name '*.Tests.csproj' | sort)
dotnet test --solution StarCoach.slnx --no-build -c Debug --results-directory "$results" --report-xunit-xml
test_exit=$?

attr() { grep -o '<assembly [^>]*>' "$1" | head -n 1 | sed -nE "s/.* $2=\"([0-9]+)\".*/\1/p"; }

passed=0; failed=0; skipped=0; reports=0
for report in "$results"/*.xml; do
  [ -f "$report" ] || continue
  reports=$((reports + 1))
  # One <assembly …> element per test project: read its counters.
  p=$(attr "$report" passed); f=$(attr "$report" failed); e=$(attr "$report" errors); s=$(attr "$report" skipped)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0})); skipped=$((skipped + ${s:-0}))
done

expected=$(echo "$projects" | grep -c . || true)
if [ "$reports" -lt "$expected" ]; then
  echo "scripts/test.sh: $((expected - reports)) of $expected test projects produced no results (crashed or did not start)." >&2
  failed=$((failed + expected - reports))
fi
if [ "$test_exit" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "scripts/test.sh: dotnet test exited with $test_exit although no test failed; counting it as a failure." >&2
  failed=$((failed + 1))
fi

finish "$passed" "$failed" "$skipped"
