#!/usr/bin/env bash
# Bounded local load test of the web app's answer page with wrk, against 127.0.0.1 only.
# Not part of the test suite: run it by hand and copy the figures into docs/benchmarks.md.
#
#   bench/load/run.sh            # 50 connections, 2 threads, 30 s
#   DURATION=60s CONNECTIONS=100 bench/load/run.sh
#   SOAK=500000 bench/load/run.sh   # at least 500,000 requests on the answer page, server memory sampled every 10 s
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$here"
duration=${DURATION:-30s}; connections=${CONNECTIONS:-50}; threads=${THREADS:-2}; port=${PORT:-5199}
seed="$here/../shared/seeds/behavioral-questions.txt"

command -v wrk >/dev/null || { echo "installing wrk" >&2; DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null; }
dotnet build src/StarCoach.Web -c Release -v quiet -nologo >/dev/null

data=$(mktemp -d)
XDG_DATA_HOME="$data" ASPNETCORE_ENVIRONMENT=Production StarCoach__SampleBank=false \
  dotnet src/StarCoach.Web/bin/Release/net10.0/StarCoach.Web.dll --urls "http://127.0.0.1:$port" >"$data/web.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.5; done

bank=$(curl -fs -X POST -H 'Content-Type: application/octet-stream' --data-binary @"$seed" \
  "http://127.0.0.1:$port/api/banks?fileName=behavioral-questions.txt" | sed -E 's/.*"id":"([^"]+)".*/\1/')
answer=$(curl -fs "http://127.0.0.1:$port/api/banks/$bank/questions" | sed -E 's/^\[\{"id":"[^"]+","text":"[^"]*","category":[^,]*,"instruction":[^,]*,"answers":\[\{"id":"([^"]+)".*/\1/')
# Importing starts the story embeddings in the background; measure the steady state, once they are done.
echo "waiting for the bank's story index"
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$port/api/banks/$bank/match?q=leadership" | grep -q '"ready":true' && break; sleep 0.5
done
url="http://127.0.0.1:$port/banks/$bank/answers/$answer"
echo "target: $url"
curl -fs -o /dev/null "$url"

echo "warm-up (5 s)"
wrk -t"$threads" -c"$connections" -d5s "$url" >/dev/null

rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$server/status"; }
if [ -n "${SOAK:-}" ]; then
  # Requests until at least $SOAK are done, in 60-second rounds, with the server's resident memory after each round:
  # memory that keeps growing round after round is a leak; a flat line is the goal.
  total=0; errors=0; round=0
  echo "soak: at least $SOAK requests; server RSS after warm-up: $(rss) MB"
  while [ "$total" -lt "$SOAK" ]; do
    round=$((round + 1))
    out=$(wrk -t"$threads" -c"$connections" -d60s "$url")
    done_now=$(echo "$out" | awk '/requests in/ {print $1}')
    bad=$(echo "$out" | awk '/Non-2xx/ {print $NF} /Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' | paste -sd+ | bc 2>/dev/null || echo 0)
    total=$((total + done_now)); errors=$((errors + ${bad:-0}))
    echo "round $round: $done_now requests ($(echo "$out" | awk '/Requests\/sec/ {print $2}')/s), total $total, errors $errors, server RSS $(rss) MB"
  done
  exit 0
fi
echo "run: wrk -t$threads -c$connections -d$duration (answer page)"
wrk -t"$threads" -c"$connections" -d"$duration" -s bench/load/percentiles.lua "$url" | tail -n 3
echo "run: wrk -t$threads -c$connections -d$duration (bank page)"
wrk -t"$threads" -c"$connections" -d"$duration" -s bench/load/percentiles.lua "http://127.0.0.1:$port/banks/$bank" | tail -n 3
