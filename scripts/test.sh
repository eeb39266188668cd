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

# ---- system packages the tests need ------------------------------------------------------------------
# chromium: browser tests (Playwright drives Debian's build; it cannot download one). postgresql: the hosted-mode
# database tests. haproxy: the proxy in front of two web nodes (TwoNodeTests). fonts-dejavu-core: PDF and chart text.
# poppler-utils: PDF pages rendered to images in tests.
packages="chromium postgresql haproxy fonts-dejavu-core poppler-utils"
missing=""
for package in $packages; do
  dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
done
if [ -n "$missing" ]; then
  say "Installing:$missing"
  if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
    echo "scripts/test.sh: need root (or sudo) to install:$missing" >&2
  else
    sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo_cmd apt-get update -q >/dev/null || echo "scripts/test.sh: apt-get update failed; trying the install anyway" >&2
    $sudo_cmd apt-get install -y -q --no-install-recommends $missing >/dev/null || echo "scripts/test.sh: could not install$missing; the tests that need them will fail or skip" >&2
  fi
fi

# python3 runs the real-document checker (../shared/realdocs/check.py) in the CLI tests.
if ! command -v python3 >/dev/null 2>&1; then
  say "Installing: python3"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q --no-install-recommends python3 >/dev/null || echo "scripts/test.sh: could not install python3; the real-document test will fail" >&2
fi

# ---- PostgreSQL for the database tests ---------------------------------------------------------------
started_postgres=""
stop_postgres() {
  if [ -n "$started_postgres" ]; then
    pg_ctlcluster $started_postgres stop >/dev/null 2>&1 || true
  fi
}
trap stop_postgres EXIT

start_postgres() {
  command -v pg_lsclusters >/dev/null 2>&1 || { echo "scripts/test.sh: PostgreSQL is not installed; its tests will be skipped" >&2; return; }
  local version cluster port status
  version=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1)
  [ -n "$version" ] || return
  if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
    pg_createcluster "$version" main >/dev/null
  fi
  read -r _ cluster port status _ < <(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main"')
  if [ "$status" != "online" ]; then
    pg_ctlcluster "$version" main start && started_postgres="$version main"
  fi
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$port" && break; sleep 1; done
  if ! pg_isready -q -h 127.0.0.1 -p "$port"; then
    echo "scripts/test.sh: PostgreSQL did not start; its tests will be skipped" >&2
    return
  fi
  su postgres -c "psql -q -p $port -tc \"SELECT 1 FROM pg_roles WHERE rolname='starcoach_test'\"" | grep -q 1 ||
    su postgres -c "psql -q -p $port -c \"CREATE ROLE starcoach_test LOGIN PASSWORD 'starcoach_test' CREATEDB\"" >/dev/null
  export STARCOACH_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=starcoach_test;Password=starcoach_test;Database=postgres"
}

say "Starting PostgreSQL"
start_postgres

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
# One run per project, as many at once as there are cores (as `dotnet test --solution` does), each writing its report
# under its own name: xUnit's default name is the user, the machine and the time, and two projects starting in the
# same instant overwrote each other's report.
parallel=$(nproc 2>/dev/null || echo 2)
running=0
test_exit=0
for project in $projects; do
  if [ "$running" -ge "$parallel" ]; then
    wait -n || test_exit=$?
    running=$((running - 1))
  fi
  dotnet test --project "$project" --no-build -c Debug --results-directory "$results" --report-xunit-xml --report-xunit-xml-filename "$(basename "$project" .csproj).xml" &
  running=$((running + 1))
done
while [ "$running" -gt 0 ]; do
  wait -n || test_exit=$?
  running=$((running - 1))
done

attr() { grep -o '<assembly [^>]*>' "$1" | head -n 1 | sed -nE "s/.* $2=\"([0-9]+)\".*/\1/p"; }

passed=0; failed=0; skipped=0; reports=0
for report in "$results"/*.xml; do
  [ -f "$report" ] || continue
  reports=$((reports + 1))
  # One <assembly …> element per test project: read its counters.
  p=$(attr "$report" passed); f=$(attr "$report" failed); e=$(attr "$report" errors); s=$(attr "$report" skipped)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0})); skipped=$((skipped + ${s:-0}))
done

# The failures again, one line each, just above the totals: a long run's log is often read from its end.
failures() {
  python3 - "$results" <<'PY' 2>/dev/null || true
import glob, sys, xml.etree.ElementTree as ET
for report in sorted(glob.glob(sys.argv[1] + "/*.xml")):
    try:
        root = ET.parse(report).getroot()
    except ET.ParseError:
        print(f"  {report}: unreadable report")
        continue
    for test in root.iter("test"):
        if test.get("result") == "Fail":
            message = (test.findtext("failure/message") or "").strip().splitlines()
            print(f"  FAILED {test.get('name')}: {message[0] if message else ''}"[:400])
    for error in root.iter("error"):
        message = (error.findtext("failure/message") or "").strip().splitlines()
        print(f"  ERROR {error.get('type')} {error.get('name')}: {' | '.join(message[:3])}"[:600])
PY
}
listed=$(failures)
if [ -n "$listed" ]; then
  echo
  echo "Failures:"
  echo "$listed"
fi

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
