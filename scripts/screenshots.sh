#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: starts the web app on a fresh data folder, imports the seed prep document
# and captures the main pages with headless Debian Chromium at laptop and phone sizes.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
port=${PORT:-5197}
out="$here/docs/screenshots"
seed="$here/../shared/seeds/behavioral-questions.txt"
mkdir -p "$out"

dotnet build src/StarCoach.Web -v quiet -nologo >/dev/null
data=$(mktemp -d)
XDG_DATA_HOME="$data" ASPNETCORE_ENVIRONMENT=Production \
  dotnet src/StarCoach.Web/bin/Debug/net10.0/StarCoach.Web.dll --urls "http://127.0.0.1:$port" >"$data/web.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do curl -fs "$base/" >/dev/null && break; sleep 0.5; done

bank=$(curl -fs -X POST -H 'Content-Type: application/octet-stream' --data-binary @"$seed" \
  "$base/api/banks?fileName=behavioral-questions.txt" | sed -E 's/.*"id":"([^"]+)".*/\1/')
questions=$(curl -fs "$base/api/banks/$bank/questions")
answer=$(printf '%s' "$questions" | python3 -c 'import json,sys; q=json.load(sys.stdin); print(next(x for x in q if x["text"].startswith("Tell me about a time you disagreed"))["answers"][0]["id"])')

# Wait until the story index is ready so the match page shows results.
for _ in $(seq 1 240); do
  curl -fs "$base/api/banks/$bank/match?q=test" | grep -q '"ready":true' && break; sleep 1
done

shot() { # name width height path
  timeout 90 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$data/chromium-$1" \
    --window-size="$2,$3" --screenshot="$out/$1.png" "$base$4" >/dev/null 2>&1
  echo "docs/screenshots/$1.png"
}
shot banks 1280 800 "/"
shot bank 1280 1400 "/banks/$bank"
shot answer 1280 2600 "/banks/$bank/answers/$answer"
shot coverage 1280 1900 "/banks/$bank/coverage?framework=amazon"
shot match 1280 1500 "/banks/$bank/match?q=Tell+me+about+a+time+you+convinced+people+to+adopt+a+new+tool"
shot bank-phone 390 1600 "/banks/$bank"
shot answer-phone 390 2400 "/banks/$bank/answers/$answer"
